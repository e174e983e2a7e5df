from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from opportunities.models import Opportunity
from organisations.models import Organisation

# The models moved here from matchmaking keep its table names (and so their rows, constraint
# and index names): the move changed no schema, see migrations/0001_initial.py.


class SavedSearchScope(models.TextChoices):
    ORGANISATIONS = "organisations", _("Organisations")
    OPPORTUNITIES = "opportunities", _("Opportunities")


class AlertFrequency(models.TextChoices):
    INSTANT = "instant", _("As soon as they are published")
    DAILY = "daily", _("Once a day at most")
    WEEKLY = "weekly", _("Once a week at most")


class SavedSearch(models.Model):
    """A list filter a member saved, to be mailed what newly matches it. Only what is first
    published after created_at is ever mailed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_searches",
        verbose_name=_("user"),
    )
    scope = models.CharField(
        max_length=16, choices=SavedSearchScope.choices, verbose_name=_("scope")
    )
    query = models.CharField(
        max_length=1000,
        blank=True,
        help_text=_("The list's filters as a normalised query string."),
        verbose_name=_("query"),
    )
    name = models.CharField(max_length=200, verbose_name=_("name"))
    frequency = models.CharField(
        max_length=8,
        choices=AlertFrequency.choices,
        default=AlertFrequency.DAILY,
        verbose_name=_("frequency"),
    )
    active = models.BooleanField(default=True, verbose_name=_("active"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    last_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last sent at"))

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        db_table = "matchmaking_savedsearch"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scope", "query"], name="saved_search_once_per_user"
            )
        ]

    def __str__(self) -> str:
        return self.name


class AlertKind(models.TextChoices):
    SAVED_SEARCH = "saved_search", _("New for a saved search")
    DEADLINE_14 = "deadline_14", _("Deadline in two weeks")
    DEADLINE_3 = "deadline_3", _("Deadline in three days")
    PROFILE_STALE = "profile_stale", _("Profile to confirm")


class AlertDelivery(models.Model):
    """What has been mailed, one row per thing announced. Its unique keys are what make
    send_alerts idempotent: a second run, or two runs at once, cannot mail it again.
    period: the deadline a reminder was for, or the confirmation a stale-profile mail was
    about, so a moved deadline or a new confirmation year is announced afresh."""

    kind = models.CharField(max_length=16, choices=AlertKind.choices, verbose_name=_("kind"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="alert_deliveries",
        verbose_name=_("recipient"),
    )
    saved_search = models.ForeignKey(
        SavedSearch,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="deliveries",
        verbose_name=_("saved search"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    opportunity = models.ForeignKey(
        Opportunity,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("opportunity"),
    )
    period = models.CharField(max_length=40, blank=True, verbose_name=_("period"))
    sent_at = models.DateTimeField(verbose_name=_("sent at"))

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        db_table = "matchmaking_alertdelivery"
        ordering = ["sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "organisation"],
                condition=Q(kind="saved_search", organisation__isnull=False),
                name="alert_delivery_search_organisation_once",
            ),
            models.UniqueConstraint(
                fields=["saved_search", "opportunity"],
                condition=Q(kind="saved_search", opportunity__isnull=False),
                name="alert_delivery_search_opportunity_once",
            ),
            models.UniqueConstraint(
                fields=["kind", "recipient", "opportunity", "period"],
                condition=Q(kind__in=["deadline_14", "deadline_3"]),
                name="alert_delivery_deadline_once",
            ),
            models.UniqueConstraint(
                fields=["recipient", "organisation", "period"],
                condition=Q(kind="profile_stale"),
                name="alert_delivery_profile_stale_once",
            ),
        ]
        indexes = [models.Index(fields=["kind", "organisation", "sent_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.recipient} at {self.sent_at:%Y-%m-%d %H:%M}"


class DeadlineReminderStop(models.Model):
    """A member stopped the deadline reminders of one opportunity (the mail's one-click link)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="deadline_reminder_stops",
        verbose_name=_("user"),
    )
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="+", verbose_name=_("opportunity")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("deadline reminder stop")
        verbose_name_plural = _("deadline reminder stops")
        db_table = "matchmaking_deadlinereminderstop"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "opportunity"], name="deadline_reminder_stop_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user}: no deadline reminders for {self.opportunity}"
