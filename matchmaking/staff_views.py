"""Staff pages of matchmaking: the matching weights in force and the fits behind them."""

from django.shortcuts import render

from matchmaking.selectors import matching_models_list
from organisations.permissions import staff_required


@staff_required
def matching_models(request):
    models = matching_models_list()
    return render(
        request,
        "matchmaking/staff/models.html",
        {"models": models, "in_force": models[0] if models else None},
    )
