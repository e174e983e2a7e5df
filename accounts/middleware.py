"""Sends a visitor who prefers Korean from an unprefixed (English) page to its /ko/ twin.

Django's LocaleMiddleware serves every unprefixed page in English when the default language
has no prefix, so on its own it never follows the browser's Accept-Language or the saved
choice there. Only GET and HEAD are redirected: a form posted to an old address (the one-click
unsubscribe links already mailed, for one) is answered where it was sent."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

from accounts import time_zone
from accounts.language import SESSION_KEY
from accounts.selectors import language_preference_get
from accounts.services import language_preference_keep_first
from api.language import API_PREFIX
from common.time_zone import time_zone_for_reader


class PreferredLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        unprefixed = not translation.get_language_from_path(request.path_info)
        if request.method in ("GET", "HEAD") and unprefixed:
            wanted = self._wanted_language(request)
            if wanted != settings.LANGUAGE_CODE:
                current = request.get_full_path()
                # translate_url leaves the address as it is for pages outside i18n_patterns
                # (the API, the admin) and for addresses that do not resolve.
                translated = translate_url(current, wanted)
                if translated != current:
                    response = HttpResponseRedirect(translated)
                    patch_vary_headers(response, ("Accept-Language", "Cookie"))
                    return response
        response = self.get_response(request)
        if unprefixed:
            # Whether an unprefixed address redirects depends on the language cookie: a shared
            # cache must not hand one visitor's answer to another.
            patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def _wanted_language(request) -> str:
        # A member's saved choice first, then the visitor's cookie, then Accept-Language.
        chosen = request.session.get(SESSION_KEY) if request.user.is_authenticated else None
        if chosen in dict(settings.LANGUAGES):
            return chosen
        return translation.get_supported_language_variant(
            translation.get_language_from_request(request, check_path=False)
        )


class AdminLanguageMiddleware:
    """Serves the admin in the staff member's language: it keeps one address in every language,
    so LocaleMiddleware would always answer it in English. The language is the one the site's
    pages would use (saved choice, cookie, Accept-Language), for this request only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(reverse("admin:index")):
            return self.get_response(request)
        language = PreferredLanguageMiddleware._wanted_language(request)
        request.LANGUAGE_CODE = language
        # The response is rendered inside, so the language never outlives the request.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response


class ActingLanguageMiddleware:
    """A member who never chose a language and acts on a Korean page (saves a search, asks for
    an introduction: any form they post on /ko/) reads Korean: it becomes their language, so
    the mail that follows is Korean too. Reading alone stores nothing, so browsing a Korean
    page out of curiosity changes no one's mail; a saved choice is never replaced."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.user.is_authenticated
            # Staff work on both languages' pages by their role: what they post says nothing
            # of the language they read.
            and not request.user.is_staff
            and SESSION_KEY not in request.session
        ):
            language = translation.get_language_from_path(request.path_info)
            if language:
                language_preference_keep_first(user=request.user, language=language)
                chosen = language_preference_get(user=request.user)
                if chosen:
                    request.session[SESSION_KEY] = chosen
        return self.get_response(request)


class ReaderTimeZoneMiddleware:
    """Shows a page's times in the reader's zone: a member's from the session (filled at login,
    so pages ask the database nothing), else the one that goes with the page's language.
    The API keeps settings.TIME_ZONE: a script's answers must not depend on a browser's
    session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        chosen = language = None
        if request.user.is_authenticated:
            chosen = request.session.get(time_zone.SESSION_KEY)
            language = request.session.get(SESSION_KEY)
        # A member who chose no language reads the page's, as a visitor does.
        zone = time_zone_for_reader(chosen=chosen, language=language or translation.get_language())
        # Only a chosen zone: event pages then give "your time" in it; for anyone else they
        # ask the browser, which knows better than a zone guessed from the language.
        request.reader_time_zone_chosen = zone if chosen == zone else None
        timezone.activate(zone)
        try:
            return self.get_response(request)
        finally:
            # The zone must not outlive the request in this thread.
            timezone.deactivate()
