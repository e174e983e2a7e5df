from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from matchmaking.engine import formula
from matchmaking.models import Dismissal, MatchingModel
from opportunities.models import Opportunity
from organisations.models import Organisation


def dismissal_create(
    *,
    user: AbstractBaseUser,
    organisation: Organisation,
    dismissed_organisation: Organisation | None = None,
    dismissed_opportunity: Opportunity | None = None,
) -> Dismissal:
    """Record "not interested" (until dismissal_delete undoes it). Dismissing the same
    suggestion twice is harmless."""
    if (dismissed_organisation is None) == (dismissed_opportunity is None):
        raise ValidationError(_("Dismiss either an organisation or an opportunity."))
    if dismissed_organisation is not None and dismissed_organisation.pk == organisation.pk:
        raise ValidationError(_("An organisation is never suggested to itself."))
    dismissal, _created = Dismissal.objects.get_or_create(
        user=user,
        organisation=organisation,
        dismissed_organisation=dismissed_organisation,
        dismissed_opportunity=dismissed_opportunity,
    )
    return dismissal


def dismissal_delete(*, dismissal: Dismissal) -> None:
    """Undo "not interested": the suggestion comes back, and similar ones no longer rank
    lower on its account."""
    dismissal.delete()


def matching_model_create(*, fit, data_seen: dict) -> MatchingModel:
    """Store a fit (matchmaking.engine.fitting.Fit): its weights, or the documented defaults
    when it kept none. Opportunity weights are not fitted yet (the history holds no outcome of
    an application): the defaults, said so in the note. The outcome is stored as its code and
    figures (worded on the staff page in the reader's language) and, in English, as the note."""
    is_fitted = fit.weights is not None
    partner_weights = fit.weights if is_fitted else dict(formula.PARTNER_WEIGHTS)
    note = fit.note or "Partner weights fitted."
    return MatchingModel.objects.create(
        is_fitted=is_fitted,
        partner_weights={name: round(value, 4) for name, value in partner_weights.items()},
        opportunity_weights=dict(formula.OPPORTUNITY_WEIGHTS),
        data_seen=data_seen,
        validation=fit.validation,
        outcome=fit.outcome,
        outcome_figures={
            "positives": fit.positives,
            "negatives": fit.negatives,
            "min_positives": fit.min_positives,
            "min_negatives": fit.min_negatives,
        },
        note=f"{note} Opportunity weights: the defaults.",
    )
