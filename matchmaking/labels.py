"""The names of the matching formula's factors and of the figures a fit stores, in the
reader's language: one place for the suggestion cards' factor bars and the staff page of
matching weights. A key with no label here (a factor added later, a figure an older fit
stored) is shown as it is stored."""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

# Partner and opportunity factors (matchmaking.engine.formula's PARTNER_WEIGHTS and
# OPPORTUNITY_WEIGHTS; "sectors" and "text" are in both).
FACTOR_LABELS = {
    "complementarity": _("Complementary capabilities"),
    "network": _("Collaboration track record"),
    "sectors": _("Shared sectors"),
    "text": _("Similar description"),
    "shared_capabilities": _("Capabilities in common"),
    "coverage": _("Required capabilities covered"),
    "track_record": _("Track record in past projects"),
    "past_projects": _("Similar past projects"),
}
# What a fit saw (matchmaking.fitting.labelled_pairs' counts).
DATA_SEEN_LABELS = {
    "project_pairs": _("Partners in the newest projects (positive)"),
    "held_out_projects": _("Newest projects set aside"),
    "accepted_introductions": _("Accepted introductions (positive)"),
    "declined_or_dismissed": _("Declined introductions and dismissals (negative)"),
    "random_pairs": _("Random pairs (negative)"),
    "organisations": _("Organisations"),
}
# How it did on held-out pairs (matchmaking.engine.fitting.fit_weights' validation).
VALIDATION_LABELS = {
    "held_out_pairs": _("Held-out pairs"),
    "auc_fitted": _("AUC of the fitted weights"),
    "auc_defaults": _("AUC of the default weights"),
}


def label_of(labels: Mapping[str, object], key: str) -> str:
    """The key's label in the active language, or the key itself when it has none."""
    label = labels.get(key)
    return key if label is None else str(label)
