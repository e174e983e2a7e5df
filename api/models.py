from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A secret a member gives a script so it can call the API as them. Only a SHA-256 digest
    is stored: the token itself is shown once, when it is created, and cannot be recovered."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
    )
    name = models.CharField(
        max_length=100,
        help_text=_("What the token is for, e.g. “CRM sync”."),
        verbose_name=_("name"),
    )
    prefix = models.CharField(
        max_length=12,
        help_text=_("The token's first characters, so its owner can tell it apart."),
        verbose_name=_("prefix"),
    )
    digest = models.CharField(max_length=64, unique=True, verbose_name=_("digest"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    last_used_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last used at"))

    class Meta:
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")

    def __str__(self) -> str:
        return gettext("%(name)s (%(prefix)s…) of %(user)s") % {
            "name": self.name,
            "prefix": self.prefix,
            "user": self.user,
        }
