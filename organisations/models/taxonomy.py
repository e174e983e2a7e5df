from django.db import models
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field
from common.text_limits import MESSAGE_MAX_LENGTH, text_limit


class Sector(models.Model):
    slug = models.SlugField(max_length=80, unique=True, verbose_name=_("slug"))
    name = models.CharField(max_length=120, verbose_name=_("name"))
    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    description = models.TextField(
        blank=True, **text_limit(MESSAGE_MAX_LENGTH), verbose_name=_("description")
    )

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self) -> str:
        # Forms and the admin list the taxonomy by str(): in the reader's language.
        return localized_field(self, "name").text or self.name


class Capability(models.Model):
    slug = models.SlugField(max_length=80, unique=True, verbose_name=_("slug"))
    name = models.CharField(max_length=120, verbose_name=_("name"))
    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="capabilities", verbose_name=_("sector")
    )

    class Meta:
        verbose_name = _("capability")
        ordering = ["name"]
        verbose_name_plural = _("capabilities")

    def __str__(self) -> str:
        # Forms and the admin list the taxonomy by str(): in the reader's language.
        return localized_field(self, "name").text or self.name
