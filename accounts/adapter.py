"""allauth's adapter for this site (settings.ACCOUNT_ADAPTER): the page's language becomes a
new member's language, and gives them its time zone; allauth's own mails follow the reader's
language and, like every other mail, link to and name settings.SITE_URL."""

from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from accounts.selectors import language_preference_get, language_preference_of_address
from accounts.services import language_preference_keep_first, time_zone_preference_keep_first
from common.mail import mail_absolute_url

# The links allauth puts in its mails, built in the language of the page that sent them.
_LINKS = ("activate_url", "password_reset_url", "signup_url")


def _on_site(url: str) -> str:
    # allauth builds its links on the request's host, which behind a proxy or on an internal
    # address is not the one members reach the site at.
    bits = urlsplit(url)
    return mail_absolute_url(bits.path + (f"?{bits.query}" if bits.query else ""))


def _page_language(request) -> str | None:
    # The address, not the cookie: "on a /ko/ page" is what the member saw.
    return translation.get_language_from_path(request.path_info) if request else None


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        language = _page_language(request)
        if commit and language:
            language_preference_keep_first(user=user, language=language)
        if commit:
            time_zone_preference_keep_first(user=user, language=language)
        return user

    def login(self, request, user) -> None:
        language = _page_language(request)
        if language:
            # Before Django's login, whose signal applies the saved language to the session.
            language_preference_keep_first(user=user, language=language)
        super().login(request, user)

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """In the reader's saved language when they have one; otherwise in the page's."""
        host = urlsplit(settings.SITE_URL).netloc
        context = {
            **context,
            **{key: _on_site(context[key]) for key in _LINKS if key in context},
            # The footer's name for the site (allauth would give the request's host).
            "current_site": SimpleNamespace(domain=host, name=host),
        }
        language = self._reader_language(email=email, user=context.get("user"))
        if not language:
            super().send_mail(template_prefix, email, context)
            return
        context = {
            **context,
            **{key: translate_url(context[key], language) for key in _LINKS if key in context},
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    @staticmethod
    def _reader_language(*, email: str, user) -> str | None:
        if user is not None and getattr(user, "pk", None):
            return language_preference_get(user=user)
        return language_preference_of_address(email=email)
