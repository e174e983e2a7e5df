"""Request rates per client, set by API_THROTTLE_ANON and API_THROTTLE_USER.

DRF's throttles read their rates once, at import; these read them on every request so a
changed REST_FRAMEWORK setting (in tests, say) takes effect. The counts live in the default
cache, which is per process unless CACHES points at a shared cache.
"""

from rest_framework import throttling
from rest_framework.settings import api_settings


class _LiveRateMixin:
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonRateThrottle(_LiveRateMixin, throttling.AnonRateThrottle):
    """Anonymous clients, counted by IP address."""


class UserRateThrottle(_LiveRateMixin, throttling.UserRateThrottle):
    """Signed-in clients, counted by user whether they use a token or a session."""
