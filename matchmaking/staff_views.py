"""Staff pages of matchmaking: the matching weights in force and the fits behind them."""

from django.shortcuts import render

from matchmaking.engine.fitting import MIN_NEGATIVES, MIN_POSITIVES
from matchmaking.fits_shown import default_weights_shown, fit_shown
from matchmaking.selectors import matching_models_list
from organisations.permissions import staff_required


@staff_required
def matching_models(request):
    models = matching_models_list()
    partner_defaults, opportunity_defaults = default_weights_shown()
    return render(
        request,
        "matchmaking/staff/models.html",
        {
            "fits": [fit_shown(model) for model in models],
            "in_force": models[0] if models else None,
            "partner_defaults": partner_defaults,
            "opportunity_defaults": opportunity_defaults,
            "min_positives": MIN_POSITIVES,
            "min_negatives": MIN_NEGATIVES,
        },
    )
