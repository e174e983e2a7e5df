"""Turns a suggestion's points into bars the template can draw: each factor's points out of the
most it can give, with its name in words."""

from dataclasses import dataclass

from django import template

from matchmaking.formula import OPPORTUNITY_WEIGHTS, PARTNER_WEIGHTS

register = template.Library()

FACTOR_LABELS = {
    "complementarity": "Complementary capabilities",
    "network": "Collaboration track record",
    "sectors": "Shared sectors",
    "text": "Similar description",
    "shared_capabilities": "Capabilities in common",
    "coverage": "Required capabilities covered",
}


@dataclass(frozen=True)
class FactorBar:
    name: str
    label: str
    points: float
    maximum: float

    @property
    def percent(self) -> float:
        return 0.0 if self.maximum <= 0 else max(0.0, min(100.0, 100 * self.points / self.maximum))


@register.filter
def factor_bars(suggestion, kind: str) -> list[FactorBar]:
    """kind is "partner" or "opportunity": the same factor name weighs differently in each."""
    weights = OPPORTUNITY_WEIGHTS if kind == "opportunity" else PARTNER_WEIGHTS
    return [
        FactorBar(
            name=name,
            label=FACTOR_LABELS.get(name, name.replace("_", " ").capitalize()),
            points=float(suggestion.points.get(name, 0.0)),
            maximum=maximum,
        )
        for name, maximum in weights.items()
    ]
