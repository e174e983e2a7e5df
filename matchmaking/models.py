from django.conf import settings
from django.db import models
from django.db.models import F, Q

from opportunities.models import Opportunity
from organisations.models import Organisation


class Dismissal(models.Model):
    """A user's "not interested" in one suggestion, on behalf of one of their organisations.
    It removes that suggestion for good."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dismissals"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="dismissals",
        help_text="The organisation the suggestion was made for.",
    )
    dismissed_organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    dismissed_opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(dismissed_organisation__isnull=False, dismissed_opportunity__isnull=True)
                    | Q(dismissed_organisation__isnull=True, dismissed_opportunity__isnull=False)
                ),
                name="dismissal_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "organisation", "dismissed_organisation"],
                condition=Q(dismissed_organisation__isnull=False),
                name="dismissal_organisation_once",
            ),
            models.UniqueConstraint(
                fields=["user", "organisation", "dismissed_opportunity"],
                condition=Q(dismissed_opportunity__isnull=False),
                name="dismissal_opportunity_once",
            ),
        ]

    def __str__(self) -> str:
        target = self.dismissed_organisation or self.dismissed_opportunity
        return f"{self.user} not interested in {target} for {self.organisation}"


class IntroductionState(models.TextChoices):
    REQUESTED = "requested", "Requested"
    MORE_INFORMATION_NEEDED = "more_information_needed", "More information needed"
    FORWARDED = "forwarded", "Forwarded to the other organisation"
    DECLINED = "declined", "Declined by staff"
    DECLINED_BY_RECIPIENT = "declined_by_recipient", "Declined by the other organisation"
    INTRODUCED = "introduced", "Introduced"
    MEETING_HELD = "meeting_held", "Meeting held"
    PARTNERSHIP_FORMED = "partnership_formed", "Partnership formed"
    NO_FIT = "no_fit", "No fit"


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
    ENGLISH = "en", "English"
    KOREAN = "ko", "Korean"


class IntroductionRequest(models.Model):
    """A member's request, brokered by staff, to be introduced to another organisation.
    Its state changes only through matchmaking.introductions.introduction_transition."""

    requester_organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="introductions_requested"
    )
    requested_organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="introductions_received"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="introduction_requests",
    )
    message = models.TextField(help_text="What the requester proposes.")
    seeking = models.TextField(help_text="What the requester is looking for.")
    preferred_language = models.CharField(
        max_length=2, choices=IntroductionLanguage.choices, default=IntroductionLanguage.ENGLISH
    )
    state = models.CharField(
        max_length=32, choices=IntroductionState.choices, default=IntroductionState.REQUESTED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester_organisation=F("requested_organisation")),
                name="introduction_not_to_itself",
            ),
            models.CheckConstraint(
                condition=Q(state__in=IntroductionState.values), name="introduction_state_known"
            ),
            models.UniqueConstraint(
                fields=["requester_organisation", "requested_organisation"],
                condition=Q(state__in=OPEN_INTRODUCTION_STATES),
                name="introduction_one_open_per_pair",
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
        IntroductionRequest, on_delete=models.CASCADE, related_name="events"
    )
    from_state = models.CharField(
        max_length=32,
        choices=IntroductionState.choices,
        blank=True,
        help_text="Empty when created.",
    )
    to_state = models.CharField(max_length=32, choices=IntroductionState.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="introduction_events",
    )
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.request}: {self.from_state or 'new'} → {self.to_state}"
