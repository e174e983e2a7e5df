"""Sends a visitor who prefers Korean from an unprefixed (English) page to its /ko/ twin.

Django's LocaleMiddleware serves every unprefixed page in English when the default language
has no prefix, so on its own it never follows the browser's Accept-Language or the saved
choice there. Only GET and HEAD are redirected: a form posted to an old address (the one-click
unsubscribe links already mailed, for one) is answered where it was sent."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers

from accounts.language import SESSION_KEY


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
