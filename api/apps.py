from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """What every part of the REST API shares: API tokens, errors, paging, throttling and
    the schema. Each domain app keeps its own endpoints in <app>/api/."""

    name = "api"
    verbose_name = _("REST API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the token scheme with drf-spectacular.
        from api import authentication  # noqa: F401
