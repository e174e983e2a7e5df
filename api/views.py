from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views import defaults
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.response import Response

from api import selectors, services
from api.models import ApiToken
from api.serializers import ApiTokenCreatedSerializer, ApiTokenCreateSerializer, ApiTokenSerializer


@extend_schema_view(
    list=extend_schema(summary="List your API tokens", description="Secrets are never shown."),
    create=extend_schema(
        summary="Create an API token",
        description="Answers with the secret, which is shown this once only.",
        request=ApiTokenCreateSerializer,
        responses={201: ApiTokenCreatedSerializer},
    ),
    destroy=extend_schema(
        summary="Revoke an API token",
        description="Requests using it are refused from now on.",
    ),
)
class ApiTokenViewSet(mixins.ListModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """The signed-in user's own API tokens."""

    queryset = ApiToken.objects.none()  # tells the schema the model; get_queryset does the work
    serializer_class = ApiTokenSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_value_regex = r"\d+"
    extra_error_statuses = {"create": [409]}

    def get_queryset(self):
        return selectors.api_token_list(user=self.request.user)

    def create(self, request):
        serializer = ApiTokenCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token, raw = services.api_token_create(
            user=request.user, name=serializer.validated_data["name"]
        )
        token.token = raw
        return Response(ApiTokenCreatedSerializer(token).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        services.api_token_revoke(token=instance)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def _error(status_code: int, code: str, message: str) -> JsonResponse:
    body = {"status": status_code, "code": code, "message": message, "fields": {}}
    return JsonResponse({"error": body}, status=status_code)


# Django's own error views, answering in the API's error shape under /api/ (an unknown URL,
# a request refused before it reaches DRF, a crash) and with the HTML pages elsewhere.


def bad_request(request, exception=None, **kwargs):
    if _is_api(request):
        return _error(400, "bad_request", gettext("The request could not be understood."))
    if isinstance(exception, DisallowedHost):
        # The request names a host the site does not serve: anything in the layout that asks
        # for the host would raise again, so the page is rendered without the request.
        return HttpResponse(render_to_string("400.html"), status=400)
    return defaults.bad_request(request, exception, **kwargs)


def csrf_failure(request, reason: str = "") -> HttpResponse:
    """settings.CSRF_FAILURE_VIEW: a form sent with an expired or missing token, most often
    from a page left open across a log-in or log-out. Django's own page is a developer's."""
    if _is_api(request):
        return _error(403, "csrf_failed", gettext("The request's CSRF token is missing or wrong."))
    referer = request.headers.get("referer", "")
    back = (
        referer
        if url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else ""
    )
    return render(request, "403_csrf.html", {"back": back}, status=403)


def permission_denied(request, exception=None, **kwargs):
    if _is_api(request):
        return _error(403, "permission_denied", gettext("You may not do this."))
    return defaults.permission_denied(request, exception, **kwargs)


def page_not_found(request, exception=None, **kwargs):
    if _is_api(request):
        return _error(404, "not_found", gettext("There is nothing at this address."))
    return defaults.page_not_found(request, exception, **kwargs)


def server_error(request, **kwargs):
    if _is_api(request):
        return _error(
            500, "server_error", gettext("Something went wrong on our side; it is logged.")
        )
    return defaults.server_error(request, **kwargs)


# Long enough for a database restart or fail-over; clients and crawlers wait before retrying.
RETRY_AFTER_SECONDS = 30


def service_unavailable(request) -> HttpResponse:
    """The database cannot be reached: a 503 to retry later, not a 500 to report. The page is
    rendered without the request, whose user and session would need the database."""
    if _is_api(request):
        response = _error(
            503,
            "service_unavailable",
            gettext("The service is briefly unavailable; try again shortly."),
        )
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
