"""allauth's adapter for this site (settings.ACCOUNT_ADAPTER): the page's language becomes a
new member's language, and gives them its time zone; allauth's own mails follow the reader's
language."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url
from django.utils import translation

from accounts.selectors import language_preference_get, language_preference_of_address
from accounts.services import language_preference_keep_first, time_zone_preference_keep_first

# The links allauth puts in its mails, built in the language of the page that sent them.
_LINKS = ("activate_url", "password_reset_url", "signup_url")


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
