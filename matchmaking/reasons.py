"""The engine's reasons (formula.Reason: a code and what it names) put into the reader's words.

The engine stays plain Python and never words anything; this is the one place that does, in the
active language (a page's, the API request's, or a mail recipient's under
translation.override), with capability, sector and organisation names in that language too.
Each text keeps its code (ReasonText.code), which the API serves next to it so that clients
need not parse it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import replace

from django.db.models import IntegerField, Value
from django.utils.translation import get_language, gettext, ngettext

from common.compiled import CompiledQuery
from matchmaking.engine import formula
from organisations.models import Capability, Organisation, Sector


class ReasonText(str):
    """A reason in words that still knows its code: a plain string everywhere else."""

    code: str

    def __new__(cls, text: str, *, code: str) -> "ReasonText":
        reason = super().__new__(cls, text)
        reason.code = code
        return reason


def name_list(names: Iterable[str], *, limit: int = 3) -> str:
    """ "A, B and C" (in Korean "A, B 및 C"). Names that contain "and" themselves are set apart
    by semicolons, so that "5G/6G and Open RAN" and "Mobility" do not read as three things."""
    names = sorted(names)
    separator = "; " if any(" and " in name for name in names) else ", "
    if len(names) > limit:
        more = len(names) - limit
        return ngettext("%(names)s and %(count)d more", "%(names)s and %(count)d more", more) % {
            "names": separator.join(names[:limit]),
            "count": more,
        }
    if len(names) <= 1:
        return "".join(names)
    if separator == "; ":
        return separator.join(names)
    return gettext("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


# Both tables' Korean names in one query (one round trip), compiled once per process: every
# Korean page with suggestions reads them (the names can change at any time, so they are read,
# not kept). Each row: the model's place in _KOREAN_MODELS, the id, the Korean name.
_KOREAN_MODELS = (Capability, Sector)


def _korean_names_query():
    named = [
        model.objects.exclude(name_ko="")
        .order_by()
        .values_list(Value(number, output_field=IntegerField()), "id", "name_ko")
        for number, model in enumerate(_KOREAN_MODELS)
    ]
    return named[0].union(*named[1:], all=True)


_KOREAN_NAMES = CompiledQuery(_korean_names_query)


def _korean_names() -> dict[type, dict[int, str]]:
    names: dict[type, dict[int, str]] = {model: {} for model in _KOREAN_MODELS}
    for number, pk, name in _KOREAN_NAMES.rows():
        names[_KOREAN_MODELS[number]][pk] = name
    return names


def names_in_reader_language(names: formula.Names) -> formula.Names:
    """The engine's display names with capabilities and sectors named in the active language
    (the Korean name where one is recorded, the English one otherwise)."""
    if not (get_language() or "").startswith("ko"):
        return names
    korean = _korean_names()
    return formula.Names(
        capabilities={**names.capabilities, **korean[Capability]},
        sectors={**names.sectors, **korean[Sector]},
        organisations=names.organisations,
        projects=names.projects,
    )


class _FirstOf(dict):
    """Names looked up here first, then in `then` (the index's English names by id)."""

    def __init__(self, first: Mapping[int, str], then: Mapping[int, str]):
        super().__init__(first)
        self._then = then

    def get(self, key, default=None):
        found = super().get(key)
        return found if found is not None else self._then.get(key, default)


def organisation_names_in_reader_language(
    names: formula.Names, organisation_ids: Iterable[int]
) -> formula.Names:
    """names with these organisations (those a list's reasons name) in the active language:
    for a Korean reader, their Korean names where recorded, read in one query for just these
    (the index keeps no Korean names: 100,000 organisations' would cost every worker)."""
    wanted = set(organisation_ids)
    if not wanted or not (get_language() or "").startswith("ko"):
        return names
    korean = dict(
        Organisation.objects.filter(pk__in=wanted).exclude(name_ko="").values_list("id", "name_ko")
    )
    return replace(names, organisations=_FirstOf(korean, names.organisations)) if korean else names


def _organisation_names(reason: formula.Reason, names: formula.Names) -> list[str]:
    """The organisations a reason names, by id in the reader's language where known, else as
    the engine recorded them."""
    if not reason.organisation_ids:
        return list(reason.organisations)
    return [
        names.organisations.get(pk) or recorded
        for pk, recorded in zip(reason.organisation_ids, reason.organisations, strict=True)
    ]


def _listed(ids: Iterable[int], names: Mapping[int, str]) -> str:
    return name_list([names.get(i, f"#{i}") for i in ids])


# Each reason's wording, looked up when it is worded (so in the active language).
_WORDING = {
    "they_offer": lambda reason: gettext("They offer %(capabilities)s, which you seek"),
    "you_offer": lambda reason: gettext("You offer %(capabilities)s, which they seek"),
    "they_offer_related": lambda reason: gettext(
        "They offer %(offered)s, close to %(sought)s, which you seek"
    ),
    "you_offer_related": lambda reason: gettext(
        "You offer %(offered)s, close to %(sought)s, which they seek"
    ),
    "both_work_in": lambda reason: gettext("Both work in %(sectors)s"),
    "both_offer": lambda reason: gettext("Both offer %(capabilities)s"),
    "worked_together": lambda reason: ngettext(
        "You have worked together on %(count)d past project",
        "You have worked together on %(count)d past projects",
        reason.count,
    ),
    "common_partners": lambda reason: gettext(
        "They have worked with your past partners %(organisations)s"
    ),
    "similar_descriptions": lambda reason: gettext("Your descriptions are similar"),
    "active": lambda reason: ngettext(
        "Active in %(count)d past project", "Active in %(count)d past projects", reason.count
    ),
    "covers_required": lambda reason: gettext(
        "Covers %(count)d of the %(total)d required capabilities: %(capabilities)s"
    ),
    "needs_partner_for": lambda reason: gettext("Would need a partner for %(capabilities)s"),
    "in_its_sectors": lambda reason: gettext("In its sectors: %(sectors)s"),
    "description_matches": lambda reason: gettext("The description matches the opportunity's"),
    "similar_past_project": lambda reason: gettext(
        "Took part in a similar past project: %(title)s"
    ),
    "related_past_project": lambda reason: gettext(
        "Took part in a past project on related topics: %(title)s"
    ),
    "ranked_lower_declined": lambda reason: gettext(
        "Ranked lower: much like %(organisation)s, which declined an introduction"
    ),
    "ranked_lower_not_interested": lambda reason: gettext(
        "Ranked lower: much like %(organisation)s, which you marked not interested"
    ),
}

# The values a wording may name; only those its text names are worked out (a suggestion
# page words hundreds of reasons, and each list of names costs a sort and a translation).
_VALUES = {
    "capabilities": lambda reason, names: _listed(reason.capabilities, names.capabilities),
    "offered": lambda reason, names: _listed(reason.capabilities, names.capabilities),
    "sought": lambda reason, names: _listed(reason.sought, names.capabilities),
    "sectors": lambda reason, names: _listed(reason.sectors, names.sectors),
    "organisations": lambda reason, names: name_list(_organisation_names(reason, names)),
    "organisation": lambda reason, names: ", ".join(_organisation_names(reason, names)),
    "title": lambda reason, names: ", ".join(reason.projects),
    "count": lambda reason, names: reason.count,
    "total": lambda reason, names: reason.total,
}
# What each value is made from: the same ids give the same text, so a list of suggestions
# (where the same capabilities recur from one partner to the next) words each list once.
_SOURCE = {
    "capabilities": "capabilities", "offered": "capabilities", "sought": "sought",
    "sectors": "sectors", "organisations": "organisations", "organisation": "organisations",
    "title": "projects",
}  # fmt: skip


def reason_text(
    reason: formula.Reason, names: formula.Names, wordings: dict | None = None
) -> ReasonText:
    """One reason in the active language; names must come from names_in_reader_language.
    wordings: a dict kept by the caller across the reasons it words at once in one language
    with the same names (a list of suggestions has some 70), so that each wording and each
    list of names is translated once."""
    key = (reason.code, reason.count)  # a plural's form depends on the count only
    wording = None if wordings is None else wordings.get(key)
    if wording is None:
        wording = _WORDING[reason.code](reason)
        if wordings is not None:
            wordings[key] = wording
    values = {}
    for name, value in _VALUES.items():
        if f"%({name})" not in wording:
            continue
        source = _SOURCE.get(name)
        if wordings is None or source is None:
            values[name] = value(reason, names)
            continue
        memo = (name, getattr(reason, source))
        text = wordings.get(memo)
        if text is None:
            text = wordings[memo] = value(reason, names)
        values[name] = text
    return ReasonText(wording % values, code=reason.code)


def reason_texts(
    reasons: Iterable[formula.Reason], names: formula.Names, wordings: dict | None = None
) -> tuple[ReasonText, ...]:
    return tuple(reason_text(reason, names, wordings) for reason in reasons)


def contribution_text(*, only: Iterable[str], shared: Iterable[str], started: bool) -> ReasonText:
    """What a team member brings of the capabilities required (names already in the reader's
    language)."""
    only, shared = list(only), list(shared)
    if only:
        return ReasonText(
            gettext("Brings %(capabilities)s, which no one else in the team covers")
            % {"capabilities": name_list(only, limit=4)},
            code="brings_only",
        )
    if shared:
        return ReasonText(
            gettext("Brings %(capabilities)s, also offered by another member")
            % {"capabilities": name_list(shared, limit=4)},
            code="brings_shared",
        )
    if started:
        return ReasonText(gettext("The team is built around it"), code="built_around")
    return ReasonText(gettext("Brings none of the capabilities required"), code="brings_none")
