from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.text_limits import MESSAGE_MAX_LENGTH, text_limit
from events.models.meetings import MeetingRequest
from events.models.registration import Registration


class MeetingMessage(models.Model):
    """What one side of an accepted meeting wrote to the other, inside the app. Kept, with
    who wrote it and when, as the meeting's record."""

    meeting_request = models.ForeignKey(
        MeetingRequest,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("meeting request"),
    )
    from_registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="messages_sent",
        verbose_name=_("from registration"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="event_messages",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"), **text_limit(MESSAGE_MAX_LENGTH))
    sent_at = models.DateTimeField(auto_now_add=True, verbose_name=_("sent at"))

    class Meta:
        ordering = ["meeting_request", "sent_at", "pk"]
        verbose_name = _("meeting message")
        verbose_name_plural = _("meeting messages")

    def __str__(self) -> str:
        return f"{self.from_registration.organisation}, {self.sent_at:%Y-%m-%d %H:%M}"


class MeetingOutcome(models.Model):
    """One side's account of a meeting after the event: did it take place, and does it
    want to follow it up. When both sides want to, the meeting continues as an introduction."""

    meeting_request = models.ForeignKey(
        MeetingRequest,
        on_delete=models.CASCADE,
        related_name="outcomes",
        verbose_name=_("meeting request"),
    )
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="meeting_outcomes",
        verbose_name=_("registration"),
    )
    held = models.BooleanField(_("the meeting took place"))
    follow_up = models.BooleanField(_("we want to follow it up"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(auto_now=True, verbose_name=_("recorded at"))

    class Meta:
        verbose_name = _("meeting outcome")
        verbose_name_plural = _("meeting outcomes")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting_request", "registration"], name="meeting_outcome_once_per_side"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.registration.organisation}: held={self.held}, follow up={self.follow_up}"
