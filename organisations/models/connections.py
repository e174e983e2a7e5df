from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from organisations.models.organisation import Organisation


class ConnectionSource(models.TextChoices):
    """What put two organisations in touch. Each source lets both see the other's contact
    details."""

    INTRODUCTION = "introduction", _("Accepted introduction")
    EVENT_MEETING = "event_meeting", _("Accepted event meeting")


class OrganisationConnection(models.Model):
    """Two organisations that have been put in touch, so each may see the other's contact
    details. The pair is unordered: organisation_a always has the lower id, which makes one row
    per pair whichever side the connection came from."""

    organisation_a = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="connections_as_a",
        verbose_name=_("organisation a"),
    )
    organisation_b = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="connections_as_b",
        verbose_name=_("organisation b"),
    )
    source = models.CharField(
        max_length=32, choices=ConnectionSource.choices, verbose_name=_("source")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("organisation connection")
        verbose_name_plural = _("organisation connections")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation_a", "organisation_b"], name="organisation_connection_pair"
            ),
            models.CheckConstraint(
                condition=Q(organisation_a__lt=F("organisation_b")),
                name="organisation_connection_ordered_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_a} ↔ {self.organisation_b} ({self.get_source_display()})"
