from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class PrivacyConsent(models.Model):
    """A user accepted a version of the privacy notice (at sign-up): the record UK GDPR and
    PIPA ask us to be able to show."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="privacy_consents",
        verbose_name=_("user"),
    )
    notice_version = models.CharField(max_length=20, verbose_name=_("notice version"))
    accepted_at = models.DateTimeField(verbose_name=_("accepted at"))

    class Meta:
        verbose_name = _("privacy consent")
        verbose_name_plural = _("privacy consents")
        ordering = ["accepted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notice_version"], name="privacy_consent_once_per_version"
            )
        ]

    def __str__(self) -> str:
        return gettext("%(user)s accepted notice %(version)s at %(date)s") % {
            "user": self.user,
            "version": self.notice_version,
            "date": f"{self.accepted_at:%Y-%m-%d}",
        }


class LanguagePreference(models.Model):
    """The language a member chose with the switcher: applied again at every login, on any
    device, where a visitor's choice lives only in the browser's cookie."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="language_preference",
        verbose_name=_("user"),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("language preference")
        verbose_name_plural = _("language preferences")

    def __str__(self) -> str:
        return f"{self.user}: {self.language}"


class TimeZonePreference(models.Model):
    """The time zone a member reads times in, an IANA name: given at sign-up from the page's
    language, changed on My data. Without one, the zone follows the member's language
    (common.time_zone)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="time_zone_preference",
        verbose_name=_("user"),
    )
    time_zone = models.CharField(_("time zone"), max_length=64)

    class Meta:
        verbose_name = _("time zone preference")
        verbose_name_plural = _("time zone preferences")

    def __str__(self) -> str:
        return f"{self.user}: {self.time_zone}"
