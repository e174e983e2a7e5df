"""Introduction requests and their audit trail. The tables keep the names they had in
matchmaking (db_table), so moving the models here moved no data."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.text_limits import MESSAGE_MAX_LENGTH, text_limit
from organisations.models import Organisation


class IntroductionState(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    MORE_INFORMATION_NEEDED = "more_information_needed", _("More information needed")
    FORWARDED = "forwarded", _("Forwarded to the other organisation")
    DECLINED = "declined", _("Declined by staff")
    DECLINED_BY_RECIPIENT = "declined_by_recipient", _("Declined by the other organisation")
    INTRODUCED = "introduced", _("Introduced")
    MEETING_HELD = "meeting_held", _("Meeting held")
    PARTNERSHIP_FORMED = "partnership_formed", _("Partnership formed")
    NO_FIT = "no_fit", _("No fit")


# Still waiting on someone: these count towards the limit and block a second request per pair.
OPEN_INTRODUCTION_STATES = (
    IntroductionState.REQUESTED,
    IntroductionState.MORE_INFORMATION_NEEDED,
    IntroductionState.FORWARDED,
)
# The other side has accepted: from here on both sides may see each other's contact details.
INTRODUCED_STATES = (
    IntroductionState.INTRODUCED,
    IntroductionState.MEETING_HELD,
    IntroductionState.PARTNERSHIP_FORMED,
    IntroductionState.NO_FIT,
)


class IntroductionLanguage(models.TextChoices):
    # "Korean" alone is the catalogue's adjective (한국); as a language it is 한국어.
    ENGLISH = "en", pgettext_lazy("language", "English")
    KOREAN = "ko", pgettext_lazy("language", "Korean")


class IntroductionRequest(models.Model):
    """A member's request, brokered by staff, to be introduced to another organisation.
    Its state changes only through introductions.services.introduction_transition."""

    requester_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="introductions_requested",
        verbose_name=_("requester organisation"),
    )
    requested_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="introductions_received",
        verbose_name=_("requested organisation"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="introduction_requests",
        verbose_name=_("requested by"),
    )
    message = models.TextField(
        help_text=_("What the requester proposes."),
        **text_limit(MESSAGE_MAX_LENGTH),
        verbose_name=_("message"),
    )
    seeking = models.TextField(
        help_text=_("What the requester is looking for."),
        **text_limit(MESSAGE_MAX_LENGTH),
        verbose_name=_("seeking"),
    )
    preferred_language = models.CharField(
        max_length=2,
        choices=IntroductionLanguage.choices,
        default=IntroductionLanguage.ENGLISH,
        verbose_name=_("preferred language"),
    )
    state = models.CharField(
        max_length=32,
        choices=IntroductionState.choices,
        default=IntroductionState.REQUESTED,
        verbose_name=_("state"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("introduction request")
        verbose_name_plural = _("introduction requests")
        db_table = "matchmaking_introductionrequest"
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester_organisation=F("requested_organisation")),
                name="introduction_not_to_itself",
                # The service refuses first; the message is for the admin or a bypass.
                violation_error_message=_("An organisation cannot be introduced to itself."),
            ),
            models.CheckConstraint(
                condition=Q(state__in=IntroductionState.values),
                name="introduction_state_known",
                violation_error_message=_("That is not a state an introduction request can be in."),
            ),
            # One open request per pair, whichever asked (the service refuses a crossed
            # request; this holds even if something bypasses it).
            models.UniqueConstraint(
                Least("requester_organisation", "requested_organisation"),
                Greatest("requester_organisation", "requested_organisation"),
                condition=Q(state__in=OPEN_INTRODUCTION_STATES),
                name="introduction_one_open_per_pair_either_way",
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self) -> str:
        return f"{self.requester_organisation} → {self.requested_organisation}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_INTRODUCTION_STATES

    @property
    def is_introduced(self) -> bool:
        return self.state in INTRODUCED_STATES


class IntroductionEvent(models.Model):
    """One step of an introduction request: the audit trail of who moved it, when and why."""

    request = models.ForeignKey(
        IntroductionRequest,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("request"),
    )
    from_state = models.CharField(
        max_length=32,
        choices=IntroductionState.choices,
        blank=True,
        help_text=_("Empty when created."),
        verbose_name=_("from state"),
    )
    to_state = models.CharField(
        max_length=32, choices=IntroductionState.choices, verbose_name=_("to state")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="introduction_events",
        verbose_name=_("actor"),
    )
    note = models.TextField(blank=True, **text_limit(MESSAGE_MAX_LENGTH), verbose_name=_("note"))
    at = models.DateTimeField(auto_now_add=True, verbose_name=_("at"))

    class Meta:
        verbose_name = _("introduction event")
        verbose_name_plural = _("introduction events")
        db_table = "matchmaking_introductionevent"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.request}: {self.from_state or 'new'} → {self.to_state}"


class IntroductionMessage(models.Model):
    """What one side of an accepted introduction wrote to the other inside the app. Kept with
    the request, beside its steps, as part of its record: who wrote, for which side, when."""

    request = models.ForeignKey(
        IntroductionRequest,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("request"),
    )
    from_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="introduction_messages_sent",
        verbose_name=_("from organisation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="introduction_messages",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"), **text_limit(MESSAGE_MAX_LENGTH))
    sent_at = models.DateTimeField(auto_now_add=True, verbose_name=_("sent at"))

    class Meta:
        ordering = ["sent_at", "id"]
        verbose_name = _("introduction message")
        verbose_name_plural = _("introduction messages")

    def __str__(self) -> str:
        return f"{self.from_organisation}, {self.sent_at:%Y-%m-%d %H:%M}"
