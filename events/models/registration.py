from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.models.event import Event
from organisations.models import Capability, Organisation


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Registration(models.Model):
    """An organisation taking part in an event: a participant, once staff approve it."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("organisation"),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
    )
    seeking = models.TextField(_("what it seeks at this event"), blank=True)
    seeks_capabilities = models.ManyToManyField(
        Capability,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("capabilities sought"),
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("registered by"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name=_("decided at"))

    class Meta:
        ordering = ["event", "organisation__name", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation"], name="registration_once_per_event"
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(organisation)s at %(event)s") % {
            "organisation": self.organisation,
            "event": self.event,
        }


class Delegate(models.Model):
    """A person the organisation sends."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="delegates",
        verbose_name=_("registration"),
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example: English, Korean."),
    )

    class Meta:
        ordering = ["registration", "pk"]
        verbose_name = _("delegate")
        verbose_name_plural = _("delegates")

    def __str__(self) -> str:
        return self.name
