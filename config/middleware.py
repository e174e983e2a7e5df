"""Site-wide response headers that no installed library sets."""

from django.conf import settings


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
