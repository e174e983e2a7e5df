"""Suggestion pieces for templates: a suggestion's points as bars, and the matches shown on
pages other apps render. The opportunities app must not import this one, so its opportunity
page asks for suggested organisations and a team through opportunity_matches."""

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import date_format, get_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.labels import choice_label, country_name
from matchmaking import selectors
from matchmaking.engine.formula import OPPORTUNITY_WEIGHTS, PARTNER_WEIGHTS
from opportunities.models import Opportunity
from organisations.models import Organisation

register = template.Library()

OPPORTUNITY_PAGE_LIMIT = 10

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
# The kinds of suggestion list: partners (organisations for an organisation), opportunities
# (for an organisation) and candidates (organisations for an opportunity). Candidates are
# organisations scored the opportunity way.
SCORED_AS_OPPORTUNITY = {"opportunity", "candidate"}


@dataclass(frozen=True)
class FactorBar:
    name: str
    label: str
    points: float
    maximum: float
    # What the bar says ("12.0 of 50", or why it was not counted) and its width (0 to 100),
    # worked out here: a page shows some 120 bars, and formatting each in the template (a
    # translation block and three number filters) cost a third of the dashboard's rendering.
    text: str = ""
    width: str = "0"

    @property
    def percent(self) -> float:
        return 0.0 if self.maximum <= 0 else max(0.0, min(100.0, 100 * self.points / self.maximum))


_PLACES = {0: Decimal("1"), 1: Decimal("0.1")}


def _rounded(value: float, places: int, separator: str) -> str:
    """What floatformat(value, places) shows for a plain number (rounded half up, the
    language's decimal separator), at a fraction of its cost: a dashboard formats some 240."""
    text = str(Decimal(repr(value)).quantize(_PLACES[places], rounding=ROUND_HALF_UP))
    if text.startswith("-") and not any(digit in "123456789" for digit in text):
        text = text[1:]  # floatformat shows no "-0"
    return text.replace(".", separator)


@register.filter
def factor_bars(suggestion, kind: str) -> list[FactorBar]:
    """kind is "partner", "opportunity" or "candidate": the same factor name weighs
    differently in each."""
    weights = OPPORTUNITY_WEIGHTS if kind in SCORED_AS_OPPORTUNITY else PARTNER_WEIGHTS
    # Out of the factor's most points for this pair; 0 when the pair gives it no evidence, and
    # the bar then says it was not counted.
    maxima = getattr(suggestion, "maxima", None) or weights
    out_of = gettext("%(points)s of %(maximum)s")
    separator = get_format("DECIMAL_SEPARATOR")
    bars = []
    for name in weights:
        points, maximum = float(suggestion.points.get(name, 0.0)), maxima.get(name, 0.0)
        if maximum > 0:
            text = out_of % {
                "points": _rounded(points, 1, separator),
                "maximum": _rounded(maximum, 0, separator),
            }
        else:
            text = gettext("not counted: no evidence on one side")
        bar = FactorBar(
            name=name,
            label=str(FACTOR_LABELS.get(name, name.replace("_", " ").capitalize())),
            points=points,
            maximum=maximum,
            text=text,
        )
        # Half up, as the floatformat filter rounds (round() would take 12.5 to 12).
        bars.append(replace(bar, width=str(int(bar.percent + 0.5))))
    return bars


# One factor bar: an SVG bar, since its width is an attribute, which the Content-Security-Policy
# allows where style="" is not.
_BAR_HTML = (
    '<div class="factor-bar">\n'
    '<dt class="factor-bar__label">{label}</dt>\n'
    '<dd class="factor-bar__value">\n'
    '<svg class="factor-bar__track" viewBox="0 0 100 1" preserveAspectRatio="none" '
    'aria-hidden="true" focusable="false"><rect class="factor-bar__fill" width="{width}" '
    'height="1"/></svg>\n'
    '<span class="factor-bar__points">{text}</span>\n'
    "</dd>\n"
    "</div>"
)


@register.filter
def factor_bars_html(suggestion, kind: str) -> str:
    """The factor bars' markup (the items of a <dl class="factor-bars">), written in Python:
    a dashboard shows some 120 bars, and a template loop over them was an eighth of the
    page's time. Every text is escaped."""
    return mark_safe(  # noqa: S308 - label and text are escaped, width is a number
        "\n".join(
            _BAR_HTML.format(label=escape(bar.label), width=bar.width, text=escape(bar.text))
            for bar in factor_bars(suggestion, kind)
        )
    )


@register.filter
def suggestion_meta(target, kind: str) -> str:
    """The line under a suggestion's name: an opportunity's type, country and deadline, or an
    organisation's kind and place. Plain text (the template escapes it)."""
    parts = [choice_label(target, "kind")]
    if kind == "opportunity":
        if target.country:
            parts.append(country_name(target.country))
        if target.deadline:
            parts.append(
                gettext("Deadline %(date)s")
                % {"date": date_format(target.deadline, "SHORT_DATE_FORMAT")}
            )
        else:
            parts.append(gettext("No fixed deadline"))
        return " · ".join(parts)
    place = country_name(target.country)
    if target.city:
        place = f"{place}, {target.city}"
    return " · ".join([*parts, place])


@dataclass(frozen=True)
class OpportunityMatches:
    organisations: list[selectors.Suggestion]
    team: selectors.Team
    team_max_size: int = selectors.TEAM_MAX_SIZE


@register.simple_tag(takes_context=True)
def opportunity_matches(
    context, opportunity: Opportunity, starting_with: Organisation | None = None
) -> OpportunityMatches | None:
    """Suggested organisations and a suggested team, for signed-in users and open
    opportunities only (None otherwise). starting_with: an organisation the team is built
    around, such as one looking for partners for the opportunity."""
    user = context["request"].user
    if not user.is_authenticated or not opportunity.is_open():
        return None
    return OpportunityMatches(
        organisations=selectors.organisations_for_opportunity(
            opportunity=opportunity, user=user, limit=OPPORTUNITY_PAGE_LIMIT
        ),
        team=selectors.team_for_opportunity(
            opportunity=opportunity,
            user=user,
            starting_with=[starting_with] if starting_with is not None else [],
        ),
    )


@register.filter
def request_sent_to(open_introductions, organisation_id):
    """The open introduction request already sent to this organisation, if the page knows of
    one (only the dashboard passes them)."""
    return open_introductions.get(organisation_id) if open_introductions else None
