"""Site-wide behaviour no installed library provides: a header, and a database outage."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError

from api.views import service_unavailable

logger = logging.getLogger(__name__)


class PermissionsPolicyMiddleware:
    """Tells browsers the site never uses the camera, microphone, location and the like, so an
    injected script or a framed page cannot ask for them either."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class DatabaseUnavailableMiddleware:
    """A lost database connection (server down, restarting, out of connections) answers 503
    with Retry-After, as a page or under /api/ in the API's error shape, instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable: %s", exception, exc_info=exception)
        return service_unavailable(request)
