"""Applies a member's saved language and time zone at login (the session then carries them, so
pages read neither from the database)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts import time_zone
from accounts.language import SESSION_KEY
from accounts.selectors import language_preference_get, time_zone_preference_get


@receiver(user_logged_in, dispatch_uid="accounts_language_at_login")
def language_at_login(sender, request, user, **kwargs):
    language = language_preference_get(user=user)
    if request is not None and language:
        request.session[SESSION_KEY] = language


@receiver(user_logged_in, dispatch_uid="accounts_time_zone_at_login")
def time_zone_at_login(sender, request, user, **kwargs):
    zone = time_zone_preference_get(user=user)
    if request is not None and zone:
        request.session[time_zone.SESSION_KEY] = zone
