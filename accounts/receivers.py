"""Applies a member's saved language at login (the session then carries it)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts.language import SESSION_KEY
from accounts.selectors import language_preference_get


@receiver(user_logged_in, dispatch_uid="accounts_language_at_login")
def language_at_login(sender, request, user, **kwargs):
    language = language_preference_get(user=user)
    if request is not None and language:
        request.session[SESSION_KEY] = language
