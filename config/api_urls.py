"""Everything under /api/, in the "api" namespace (reverse("api:organisation-list")).

The match endpoints (matchmaking/api/) sit under the same organisation and opportunity
prefixes: /api/organisations/<id>/partners/ and the like. The routers' detail routes only
match /api/organisations/<id>/ exactly, and their actions are submit, approve, reject,
publish and archive, so the two never shadow each other.
"""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from api.views import ApiTokenViewSet

app_name = "api"

tokens = SimpleRouter()
tokens.register("tokens", ApiTokenViewSet, basename="token")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view loads its start-up script as a file, which the Content-Security-Policy
    # allows; the template moves the page's inline style to a file too.
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api:schema", template_name="api/swagger_ui.html"
        ),
        name="docs",
    ),
    path("", include(tokens.urls)),
    path("", include("matchmaking.api.urls")),
    path("", include("organisations.api.urls")),
    path("", include("opportunities.api.urls")),
    path("", include("events.api.urls")),
]
