import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from opportunities.models import Opportunity
from organisations.models import Organisation


class EventKind(models.TextChoices):
    EXPERT_MISSION = "expert_mission", _("Expert mission")
    POLICY_FORUM = "policy_forum", _("Policy forum")
    RESEARCHER_FORUM = "researcher_forum", _("Researcher forum")
    BROKERAGE_DAY = "brokerage_day", _("Brokerage day")
    TRADE_SHOW = "trade_show", _("Trade show")
    WEBINAR = "webinar", _("Webinar")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def time_zone_validate(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not an IANA time zone such as Asia/Seoul or Europe/London."),
            params={"value": value},
            code="invalid",
        )


ENDS_AFTER_IT_STARTS = _("The event must end after it starts.")
REGISTRATION_CLOSES_AFTER_IT_OPENS = _("Registration must close after it opens.")


def _not_after(start, end) -> bool:
    """True if both times are given and end is not after start (a missing one is reported by
    its own field)."""
    return start is not None and end is not None and end <= start


class Event(models.Model):
    slug = models.SlugField(max_length=120, unique=True, verbose_name=_("slug"))
    title = models.CharField(_("title"), max_length=200)
    # Korean versions; pages show the reader's language and fall back to the other. The
    # English title stays required, as an opportunity's does.
    title_ko = models.CharField(_("title in Korean"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=EventKind.choices)
    description = models.TextField(_("description"), blank=True)
    description_ko = models.TextField(_("description in Korean"), blank=True)
    # Stored in UTC like every datetime; shown in the event's own zone and the reader's.
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Seoul",
        validators=[time_zone_validate],
        help_text=_("IANA name of the event's time zone, e.g. Asia/Seoul or Europe/London."),
    )
    # Where, in both languages as the title (either may be the only one: a place has no
    # required language); the country is a code, named in the reader's language.
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    venue_ko = models.CharField(_("venue in Korean"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    city_ko = models.CharField(_("city in Korean"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), max_length=300, blank=True)
    organisers = models.ManyToManyField(
        Organisation, blank=True, related_name="organised_events", verbose_name=_("organisers")
    )
    opportunities = models.ManyToManyField(
        Opportunity,
        blank=True,
        related_name="events",
        verbose_name=_("opportunities it prepares"),
    )
    registration_opens_at = models.DateTimeField(_("registration opens at"))
    registration_closes_at = models.DateTimeField(_("registration closes at"))
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("How many organisations may take part; empty for no limit."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            # The messages are a safety net: clean() says the same by the field first.
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="event_ends_after_it_starts",
                violation_error_message=ENDS_AFTER_IT_STARTS,
            ),
            models.CheckConstraint(
                condition=Q(registration_closes_at__gt=F("registration_opens_at")),
                name="event_registration_closes_after_it_opens",
                violation_error_message=REGISTRATION_CLOSES_AFTER_IT_OPENS,
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gte=0),
                name="event_capacity_not_negative",
                violation_error_message=_("The capacity cannot be negative."),
            ),
        ]
        indexes = [models.Index(fields=["status", "ends_at"])]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        # Said by the field, before the database constraints would say it above the form.
        errors = {}
        if _not_after(self.starts_at, self.ends_at):
            errors["ends_at"] = ENDS_AFTER_IT_STARTS
        if _not_after(self.registration_opens_at, self.registration_closes_at):
            errors["registration_closes_at"] = REGISTRATION_CLOSES_AFTER_IT_OPENS
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_online(self) -> bool:
        # A venue or city in either language is a place to go to.
        return bool(self.online_url) and not any(
            (self.venue, self.venue_ko, self.city, self.city_ko)
        )

    def registration_open(self, *, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == EventStatus.PUBLISHED
            and self.registration_opens_at <= now < self.registration_closes_at
        )


class SessionKind(models.TextChoices):
    SITE_VISIT = "site_visit", _("Site visit")
    WORKSHOP = "workshop", _("Workshop")
    TALK = "talk", _("Talk")
    OTHER = "other", _("Other")


SESSION_ENDS_AFTER_IT_STARTS = _("The session must end after it starts.")


class Session(models.Model):
    """One item of the itinerary: a site visit, a workshop, a talk."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=200)
    title_ko = models.CharField(_("title in Korean"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=SessionKind.choices, default=SessionKind.OTHER
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    place_ko = models.CharField(_("place in Korean"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_ko = models.TextField(_("description in Korean"), blank=True)
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="event_sessions",
        verbose_name=_("organisations visited"),
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="session_ends_after_it_starts",
                violation_error_message=SESSION_ENDS_AFTER_IT_STARTS,
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if _not_after(self.starts_at, self.ends_at):
            raise ValidationError({"ends_at": SESSION_ENDS_AFTER_IT_STARTS})
