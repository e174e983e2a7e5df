from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from opportunities.models import Opportunity
from organisations.models import Organisation


class Dismissal(models.Model):
    """A user's "not interested" in one suggestion, on behalf of one of their organisations.
    It removes that suggestion until the user shows it again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="dismissals",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="dismissals",
        help_text=_("The organisation the suggestion was made for."),
        verbose_name=_("organisation"),
    )
    dismissed_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dismissed organisation"),
    )
    dismissed_opportunity = models.ForeignKey(
        Opportunity,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dismissed opportunity"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("dismissal")
        verbose_name_plural = _("dismissals")
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
        return gettext("%(user)s not interested in %(target)s for %(organisation)s") % {
            "user": self.user,
            "target": target,
            "organisation": self.organisation,
        }


class FitOutcome(models.TextChoices):
    """What came of a fit (matchmaking.engine.fitting's codes)."""

    FITTED = "fitted", _("Weights fitted")
    TOO_LITTLE_HISTORY = "too_little_history", _("Too little history")
    NO_SEPARATION = "no_separation", _("No factor separated the pairs")
    NO_BETTER = "no_better", _("No better than the defaults")


class MatchingModel(models.Model):
    """Weights for the matching formula, fitted by `manage.py fit_matching_weights` to the
    app's own history, with what it saw and how it did on held-out pairs. The newest one is in
    force (matchmaking.index_store reads it at each full build). One that saw too little
    history, or did no better than the defaults on validation, holds the defaults
    (is_fitted False) and says why."""

    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    is_fitted = models.BooleanField(
        default=False,
        help_text=_("False: the documented default weights are in force."),
        verbose_name=_("is fitted"),
    )
    # A score scales the weights of the factors that apply to its pair to 100 points, or to
    # less when they weigh under formula.EVIDENCE_FLOOR (formula.evidence_weights): only the
    # proportions matter. Fitted partner weights and the partner defaults sum to 100, the
    # opportunity defaults to 150.
    partner_weights = models.JSONField(
        help_text=_(
            "Points per partner factor (sum 100); each score scales those of the factors that "
            "apply to it to 100."
        ),
        verbose_name=_("partner weights"),
    )
    opportunity_weights = models.JSONField(
        help_text=_(
            "Points per opportunity factor, in proportion (they need not sum to 100); each "
            "score scales those of the factors that apply to it to 100."
        ),
        verbose_name=_("opportunity weights"),
    )
    data_seen = models.JSONField(
        default=dict,
        help_text=_("How many pairs of each kind it saw."),
        verbose_name=_("data seen"),
    )
    validation = models.JSONField(
        default=dict,
        help_text=_("Figures on held-out pairs: fitted and default weights."),
        verbose_name=_("validation"),
    )
    # What came of the fit, worded on the staff page in the reader's language with
    # outcome_figures; empty on rows written before (their note says it, in English).
    outcome = models.CharField(
        _("outcome"), max_length=32, choices=FitOutcome.choices, blank=True, default=""
    )
    outcome_figures = models.JSONField(
        default=dict,
        blank=True,
        help_text=_(
            "The labelled pairs the fit had (positives, negatives) and the least of each it "
            "asks for (min_positives, min_negatives)."
        ),
        verbose_name=_("outcome figures"),
    )
    # The outcome in English, for the admin and logs.
    note = models.TextField(blank=True, verbose_name=_("note"))

    class Meta:
        verbose_name = _("matching model")
        verbose_name_plural = _("matching models")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        kind = "fitted" if self.is_fitted else "defaults"
        return f"Matching weights of {self.created_at:%Y-%m-%d %H:%M} ({kind})"


class Deletion(models.Model):
    """One row per deleted row of a table the matching index reads (organisations, past
    projects and their participants, opportunities, capabilities, sectors), written by database
    triggers (migration 0011), so that every way of deleting one (the admin, a bulk delete, a
    cascade, plain SQL) moves the index's deletion mark: a deletion moves no updated_at and,
    unless it was the newest row, no MAX(id) either. The withdraw path reads the organisations'
    row ids (never suggested from the next request on), the rebuild path the tables
    (matchmaking.index_store)."""

    # The table the row was deleted from and the row's id; no foreign key: the row is gone.
    table = models.CharField(_("table"), max_length=63)
    # NULL only for the deletions of other tables logged before row ids were (migration 0011).
    row_id = models.BigIntegerField(_("row id"), null=True)

    class Meta:
        verbose_name = _("deleted record")
        verbose_name_plural = _("deleted records")

    def __str__(self) -> str:
        return f"Row {self.row_id} of {self.table} deleted"
