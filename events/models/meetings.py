from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field
from events.models.event import Event
from events.models.registration import Registration


class MeetingSlot(models.Model):
    """A time for one-to-one meetings, e.g. 20 minutes."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="slots", verbose_name=_("event")
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        ordering = ["event", "starts_at", "pk"]
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        constraints = [
            models.UniqueConstraint(fields=["event", "starts_at"], name="slot_start_unique"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="slot_ends_after_it_starts",
                violation_error_message=_("The end must come after the start."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M} UTC"


class Table(models.Model):
    """A place for one meeting at a time: a table in the hall or a video link."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="tables", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=60)
    # Optional; pages, the agenda's .ics and the API show the reader's language (common.bilingual).
    name_ko = models.CharField(_("name in Korean"), max_length=60, blank=True)
    video_url = models.URLField(_("video link"), max_length=300, blank=True)

    class Meta:
        ordering = ["event", "pk"]
        verbose_name = _("table")
        verbose_name_plural = _("tables")
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="table_name_unique"),
        ]

    def __str__(self) -> str:
        # The admin lists tables by str(): in the reader's language.
        return localized_field(self, "name").text


class Availability(models.Model):
    """A slot in which a participant is free. A participant with none recorded is free in all
    of them (it registered before the slots were set)."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="availabilities",
        verbose_name=_("registration"),
    )
    slot = models.ForeignKey(
        MeetingSlot, on_delete=models.CASCADE, related_name="+", verbose_name=_("slot")
    )

    class Meta:
        verbose_name = _("availability")
        verbose_name_plural = _("availabilities")
        constraints = [
            models.UniqueConstraint(fields=["registration", "slot"], name="availability_unique"),
        ]

    def __str__(self) -> str:
        return gettext("%(registration)s free at %(slot)s") % {
            "registration": self.registration,
            "slot": self.slot,
        }


class MeetingRequestStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_MEETING_STATUSES = (MeetingRequestStatus.REQUESTED, MeetingRequestStatus.ACCEPTED)


class MeetingRequest(models.Model):
    """One participant asks another for a meeting; or staff propose one (brokered)."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="meeting_requests", verbose_name=_("event")
    )
    from_registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="requests_sent",
        verbose_name=_("from registration"),
    )
    to_registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="requests_received",
        verbose_name=_("to registration"),
    )
    message = models.TextField(_("message"), max_length=500, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=MeetingRequestStatus.choices,
        default=MeetingRequestStatus.REQUESTED,
    )
    brokered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed by staff"),
    )
    # Who wrote the request and its message, so "Download my data" can hand it to them; kept
    # (unattributed) for the other side when the account is deleted.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    # How much each side wants it (1 low to 3 high); the scheduler weighs them.
    requester_priority = models.PositiveSmallIntegerField(_("requester's priority"), default=2)
    recipient_priority = models.PositiveSmallIntegerField(_("recipient's priority"), default=2)
    score = models.FloatField(_("match score"), default=0.0)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name=_("decided at"))

    class Meta:
        ordering = ["event", "-created_at", "-pk"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_registration=F("to_registration")),
                name="meeting_request_not_with_itself",
                violation_error_message=_("A participant cannot meet itself."),
            ),
            models.UniqueConstraint(
                "event",
                Least("from_registration", "to_registration"),
                Greatest("from_registration", "to_registration"),
                condition=Q(status__in=OPEN_MEETING_STATUSES),
                name="meeting_request_one_open_per_pair",
            ),
            models.CheckConstraint(
                condition=Q(requester_priority__range=(1, 3)) & Q(recipient_priority__range=(1, 3)),
                name="meeting_request_priorities_1_to_3",
                violation_error_message=_("Priority is 1 (low), 2 or 3 (high)."),
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1),
                name="meeting_request_score_0_to_1",
                violation_error_message=_("The match score is between 0 and 1."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_registration.organisation} → {self.to_registration.organisation}"


class ScheduledMeeting(models.Model):
    """Where and when an accepted meeting takes place. Published ones stay put on a re-run."""

    meeting_request = models.OneToOneField(
        MeetingRequest,
        on_delete=models.CASCADE,
        related_name="scheduled",
        verbose_name=_("meeting request"),
    )
    slot = models.ForeignKey(
        MeetingSlot, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("slot")
    )
    table = models.ForeignKey(
        Table, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("table")
    )
    published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))

    class Meta:
        ordering = ["slot__starts_at", "table", "pk"]
        verbose_name = _("scheduled meeting")
        verbose_name_plural = _("scheduled meetings")
        constraints = [
            models.UniqueConstraint(fields=["slot", "table"], name="scheduled_table_once_a_slot"),
        ]

    def __str__(self) -> str:
        return gettext("%(meeting)s at %(table)s, %(slot)s") % {
            "meeting": self.meeting_request,
            "table": self.table,
            "slot": self.slot,
        }


class UnplacedMeeting(models.Model):
    """An accepted meeting the last scheduler run could not place, and why."""

    meeting_request = models.OneToOneField(
        MeetingRequest,
        on_delete=models.CASCADE,
        related_name="unplaced",
        verbose_name=_("meeting request"),
    )
    reason = models.CharField(_("reason"), max_length=32)

    class Meta:
        verbose_name = _("unplaced meeting")
        verbose_name_plural = _("unplaced meetings")

    def __str__(self) -> str:
        return f"{self.meeting_request}: {self.reason}"
