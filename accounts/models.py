from django.conf import settings
from django.db import models


class PrivacyConsent(models.Model):
    """A user accepted a version of the privacy notice (at sign-up): the record UK GDPR and
    PIPA ask us to be able to show."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="privacy_consents"
    )
    notice_version = models.CharField(max_length=20)
    accepted_at = models.DateTimeField()

    class Meta:
        ordering = ["accepted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notice_version"], name="privacy_consent_once_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} accepted notice {self.notice_version} at {self.accepted_at:%Y-%m-%d}"
