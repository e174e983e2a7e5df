"""The markup of a suggestion list (partners, opportunities or candidates), written in Python.

The dashboard shows 20 suggestions. As a template, each card cost some 40 variable look-ups,
two or three `{% url %}` calls and a dozen translation look-ups: about 60% of the page's CPU.
Here the words every card repeats are translated once per list, each URL is a prefix and a
suffix worked out once around the pk, labels come from common.labels (once per value and
language), and every value from the database is escaped (common.escaping.escape, what
conditional_escape gives). The words every list repeats are translated once per language and
process (_ListWords.current). The markup,
whitespace included, is what the template matchmaking/_suggestions.html wrote (a test
rendered both for every kind of card, in English and Korean, before the template went)."""

import functools
import secrets
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.formats import date_format, get_format
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import get_language, gettext

from common.bilingual import localized_field
from common.escaping import escape
from common.labels import choice_label, country_name
from common.places import where_text
from common.urls import url_around_pk
from matchmaking.engine.formula import OPPORTUNITY_WEIGHTS, PARTNER_WEIGHTS
from matchmaking.labels import FACTOR_LABELS
from organisations.templatetags.bilingual_tags import fallback_badge

# The kinds of suggestion list: partners (organisations for an organisation), opportunities
# (for an organisation) and candidates (organisations for an opportunity). Candidates are
# organisations scored the opportunity way.
KINDS = ("partner", "opportunity", "candidate")
SCORED_AS_OPPORTUNITY = {"opportunity", "candidate"}


_PLACES = {0: Decimal("1"), 1: Decimal("0.1")}


@functools.lru_cache(maxsize=4096)
def _rounded(value: float, places: int, separator: str) -> str:
    """What floatformat(value, places) shows for a plain number (rounded half up, the
    language's decimal separator), at a fraction of its cost: a dashboard formats some 200,
    most of them the same few maxima."""
    text = str(Decimal(repr(float(value))).quantize(_PLACES[places], rounding=ROUND_HALF_UP))
    if text.startswith("-") and not any(digit in "123456789" for digit in text):
        text = text[1:]  # floatformat shows no "-0"
    return text.replace(".", separator)


def _maximum_text(maximum: float, separator: str) -> str:
    """A whole maximum as a whole number ("of 25"), another to the points' one decimal, so
    that full points never read as more than the maximum ("13.3 of 13")."""
    return _rounded(maximum, 0 if abs(maximum - round(maximum)) < 0.05 else 1, separator)


@dataclass(frozen=True)
class _BarWords:
    """What every bar of a list repeats, in the reader's language and escaped: worked out once
    per language and process (a dashboard shows 100 bars, and resolving the lazy labels cost
    more than the bars' markup)."""

    out_of: str
    not_counted: str
    separator: str
    labels: dict[str, str]

    @classmethod
    def current(cls) -> "_BarWords":
        # The catalogues and formats are loaded once per process, so a language's words
        # never change while it runs.
        language = get_language() or ""
        words = _BAR_WORDS.get(language)
        if words is None:
            words = _BAR_WORDS[language] = cls(
                out_of=gettext("%(points)s of %(maximum)s"),
                not_counted=escape(gettext("not counted: no evidence on one side")),
                separator=get_format("DECIMAL_SEPARATOR"),
                labels={name: escape(str(label)) for name, label in FACTOR_LABELS.items()},
            )
        return words


_BAR_WORDS: dict[str, _BarWords] = {}


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


def factor_bars_html(suggestion, kind: str, *, words: _BarWords | None = None) -> SafeString:
    """The factor bars' markup (the items of a <dl class="factor-bars">): a bar per factor of
    kind ("partner", "opportunity" or "candidate": the same factor name weighs differently in
    each). Every text is escaped; the width is a number."""
    words = words or _BarWords.current()
    weights = OPPORTUNITY_WEIGHTS if kind in SCORED_AS_OPPORTUNITY else PARTNER_WEIGHTS
    # Out of the factor's most points for this pair; 0 when the pair gives it no evidence, and
    # the bar then says it was not counted.
    maxima = getattr(suggestion, "maxima", None) or weights
    bars = []
    for name in weights:
        points, maximum = float(suggestion.points.get(name, 0.0)), maxima.get(name, 0.0)
        if maximum > 0:
            text = escape(
                words.out_of
                % {
                    "points": _rounded(points, 1, words.separator),
                    "maximum": _maximum_text(maximum, words.separator),
                }
            )
            # Half up, as the floatformat filter rounds (round() would take 12.5 to 12).
            width = int(max(0.0, min(100.0, 100 * points / maximum)) + 0.5)
        else:
            text, width = words.not_counted, 0
        label = words.labels.get(name) or escape(name.replace("_", " ").capitalize())
        bars.append(_BAR_HTML.format(label=label, width=width, text=text))
    return mark_safe("\n".join(bars))  # noqa: S308 - label and text are escaped, width a number


@functools.lru_cache(maxsize=1024)
def _deadline_text(deadline, language: str) -> str:
    """ "Deadline <short date>" in the language (date_format and the translation cost more
    than the rest of the line; a dashboard shows the same few deadlines every time)."""
    return gettext("Deadline %(date)s") % {"date": date_format(deadline, "SHORT_DATE_FORMAT")}


@functools.lru_cache(maxsize=16)
def _no_deadline_text(language: str) -> str:
    return gettext("No fixed deadline")


def _country_code(target) -> object:
    # The stored code, without the Country object CountryField's descriptor builds on each
    # read; a deferred field is read through the descriptor.
    code = target.__dict__.get("country")
    return target.country if code is None else code


def suggestion_meta(target, kind: str) -> str:
    """The line under a suggestion's name: an opportunity's type, country and deadline, or an
    organisation's kind and place. Plain text (to be escaped)."""
    language = get_language() or ""
    parts = [choice_label(target, "kind")]
    country = _country_code(target)
    if kind == "opportunity":
        if country:
            parts.append(country_name(country))
        if target.deadline:
            parts.append(_deadline_text(target.deadline, language))
        else:
            parts.append(_no_deadline_text(language))
        return " · ".join(parts)
    city = localized_field(target, "city").text
    return " · ".join([*parts, where_text(city=city, country=country_name(country))])


@dataclass(frozen=True)
class _ListWords:
    """What every list repeats (its texts and the URLs around each card's pk) in the reader's
    language, escaped: worked out once per language, URL prefix and URLconf and kept for the
    process; nothing in it depends on the request (the CSRF token, names, ids are not kept)."""

    no_suggestions: str
    match_score: str
    weak_badge: str
    no_reason: dict[str, str]
    requested: str
    ask: str
    not_interested_in: str
    dismiss_url: str
    urls: dict[str, tuple[str, str]]

    @classmethod
    def current(cls) -> "_ListWords":
        key = (get_language() or "", get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
        words = _LIST_WORDS.get(key)
        if words is None:
            no_partner_reason = gettext(
                "A weak match: no capability, sector or past partner in common."
            )
            no_reason = gettext(
                "A weak match: none of the capabilities needed and no sector in common."
            )
            words = _LIST_WORDS[key] = cls(
                no_suggestions=gettext("No suggestions yet."),
                match_score=escape(gettext("match score")),
                weak_badge=' <span class="badge badge--weak">{}</span>'.format(
                    escape(gettext("Weak match"))
                ),
                no_reason={
                    kind: escape(no_partner_reason if kind == "partner" else no_reason)
                    for kind in KINDS
                },
                requested=gettext(
                    'Introduction requested<span class="visually-hidden"> from %(name)s</span>:'
                    " see its progress"
                ),
                ask=gettext(
                    'Ask for an introduction<span class="visually-hidden"> to %(name)s</span>'
                ),
                not_interested_in=gettext(
                    'Not interested<span class="visually-hidden"> in %(name)s</span>'
                ),
                dismiss_url=escape(reverse("matchmaking:dismiss")),
                urls={name: _url_around_pk(name) for name in _CARD_URLS},
            )
        return words


_CARD_URLS = (
    "opportunities:detail",
    "organisations:detail",
    "introductions:ask",
    "introductions:detail",
)
_LIST_WORDS: dict[tuple, _ListWords] = {}


def _url_around_pk(name: str) -> tuple[str, str]:
    """common.urls.url_around_pk, escaped for the cards' markup."""
    before, after = url_around_pk(name)
    return escape(before), escape(after)


def _filled(message: str, name: object) -> str:
    """A translated message with %(name)s filled in escaped, as {% blocktranslate %} does: the
    message is the catalogue's own markup."""
    return message % {"name": escape(name)}


# Rendered lists kept per process, keyed by everything their markup is made from, so that a
# kept list can never be stale: the words' language, URL prefix and URLconf, the kind, the
# member's organisation, the page to come back to, whether there is a CSRF token, the empty
# message, and for each suggestion its score, points, maxima, reasons, strength, hint, the
# open introduction it links to, and every field of its target that the markup reads
# (_TARGET_READS, by kind; tests/matchmaking/test_suggestion_cards_kept.py fails if the markup reads
# another). The CSRF token is never kept: the markup is kept with a per-process stand-in and
# each request's own token is put in its place.
_ORGANISATION_READS = ("pk", "name", "name_ko", "kind", "city", "city_ko")
_TARGET_READS = {
    "opportunity": ("pk", "title", "title_ko", "kind", "deadline"),
    "partner": _ORGANISATION_READS,
    "candidate": _ORGANISATION_READS,
}
_KEPT_MAX = 32  # a list is some 35-40 kB of text: at most 1-2 MB a process
_kept: OrderedDict[tuple, str] = OrderedDict()
_kept_lock = threading.Lock()
_CSRF_STAND_IN = secrets.token_hex(16)


def _target_key(target, reads: tuple[str, ...]) -> tuple:
    country = _country_code(target)
    return (
        type(target),
        str(getattr(country, "code", country) or ""),
        *(getattr(target, name, None) for name in reads),
    )


def _kept_key(
    suggestions, kind, for_organisation, open_introductions, next_path, has_csrf, empty_message,
    id_prefix,
) -> tuple:  # fmt: skip
    with_requests = bool(for_organisation) and kind == "partner"
    open_introductions = open_introductions or {}
    reads = _TARGET_READS[kind]
    return (
        get_language() or "",
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
        kind,
        for_organisation.pk if for_organisation else None,
        next_path,
        has_csrf,
        isinstance(empty_message, SafeData),
        str(empty_message),
        id_prefix,
        tuple(
            (
                _target_key(suggestion.target, reads),
                suggestion.score,
                tuple(suggestion.points.items()),
                tuple((getattr(suggestion, "maxima", None) or {}).items()),
                tuple(suggestion.reasons),
                suggestion.strength,
                suggestion.hint,
                open_introductions.get(suggestion.target.pk) if with_requests else None,
            )
            for suggestion in suggestions
        ),
    )


def forget_kept_cards() -> None:
    """Drop every kept list (tests; nothing needs it for correctness)."""
    with _kept_lock:
        _kept.clear()


def suggestion_cards_html(
    *,
    suggestions: Sequence,
    kind: str,
    for_organisation=None,
    open_introductions: Mapping[int, int] | None = None,
    next_path: str = "",
    csrf_token: str = "",
    empty_message: str = "",
    id_prefix: str = "",
) -> SafeString:
    """A list of matchmaking.selectors Suggestion objects (see _suggestion_cards_html), the
    same list rendered once and kept (see _kept above)."""
    has_csrf = bool(csrf_token) and csrf_token != "NOTPROVIDED"
    arguments = {
        "suggestions": suggestions,
        "kind": kind,
        "for_organisation": for_organisation,
        "open_introductions": open_introductions,
        "next_path": next_path,
        "csrf_token": _CSRF_STAND_IN if has_csrf else "",
        "empty_message": empty_message,
        "id_prefix": id_prefix,
    }
    try:
        key = _kept_key(
            suggestions, kind, for_organisation, open_introductions, next_path, has_csrf,
            empty_message, id_prefix,
        )  # fmt: skip
        hash(key)
    except TypeError:  # a value that cannot be a key: render, keep nothing
        key = None
    markup = None
    if key is not None:
        with _kept_lock:
            markup = _kept.get(key)
            if markup is not None:
                _kept.move_to_end(key)
    if markup is None:
        markup = str(_suggestion_cards_html(**arguments))
        if key is not None:
            with _kept_lock:
                _kept[key] = markup
                if len(_kept) > _KEPT_MAX:
                    _kept.popitem(last=False)
    if has_csrf:
        markup = markup.replace(_CSRF_STAND_IN, escape(csrf_token))
    return mark_safe(markup)  # noqa: S308 - _suggestion_cards_html escapes every value


def _suggestion_cards_html(
    *,
    suggestions: Sequence,
    kind: str,
    for_organisation=None,
    open_introductions: Mapping[int, int] | None = None,
    next_path: str = "",
    csrf_token: str = "",
    empty_message: str = "",
    id_prefix: str = "",
) -> SafeString:
    """A list of matchmaking.selectors Suggestion objects.

    kind: "partner", "opportunity" or "candidate" (see KINDS). for_organisation: the member's
    organisation they were suggested for; only then does each card get its "Not interested"
    button (posting organisation, dismissed_organisation or dismissed_opportunity and next to
    matchmaking:dismiss; dismissals belong to a member's organisation) and, for partners, a
    link to ask for an introduction or to the open request already sent
    (open_introductions: organisation id -> request id). next_path: the page to come back to.
    csrf_token: the form's token (the page's context has it). id_prefix: the cards' ids start
    with it (suggestion-<kind> unless given), for two lists of one kind on a page."""
    esc = escape
    id_prefix = esc(id_prefix or f"suggestion-{kind}")
    words = _ListWords.current()
    if not suggestions:
        return mark_safe(  # noqa: S308 - the message is escaped
            f'\n\n\n\n  <p class="empty" id="{id_prefix}-list">'
            f"{esc(empty_message or words.no_suggestions)}</p>\n\n"
        )
    bar_words = _BarWords.current()
    match_score = words.match_score
    weak_badge = words.weak_badge
    no_reason = words.no_reason[kind]
    is_opportunity = kind == "opportunity"
    target_url = words.urls["opportunities:detail" if is_opportunity else "organisations:detail"]
    with_actions = bool(for_organisation)
    if with_actions:
        organisation_pk = esc(for_organisation.pk)
        dismiss_url = words.dismiss_url
        ask_url = words.urls["introductions:ask"]
        request_url = words.urls["introductions:detail"]
        csrf_input = (
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{esc(csrf_token)}">'
            if csrf_token and csrf_token != "NOTPROVIDED"
            else ""
        )
        next_value = esc(next_path)
        list_id = f"{id_prefix}-list"
        dismissed_field = "dismissed_opportunity" if is_opportunity else "dismissed_organisation"
        open_introductions = open_introductions or {}
        requested = words.requested
        ask = words.ask
        not_interested_in = words.not_interested_in
    # "Not interested" brings the reader back to where they were: the next card (the previous
    # one after the last), or the list, which is then empty. The card takes the focus.
    card_ids = [f"{id_prefix}-{esc(suggestion.target.pk)}" for suggestion in suggestions]
    cards = []
    for index, suggestion in enumerate(suggestions):
        target = suggestion.target
        pk = esc(target.pk)
        url = f"{target_url[0]}{pk}{target_url[1]}"
        if is_opportunity:
            title = localized_field(target, "title")
            shown = title.text  # the name the buttons' hidden words repeat, as the heading has it
            heading = (
                f'\n            \n            <a href="{url}" lang="{esc(title.language)}">'
                f"{esc(title.text)}</a> {fallback_badge(title)}\n          "
            )
        else:
            name = localized_field(target, "name")
            shown = name.text
            other = (
                f'<span class="card__subtitle" lang="{esc(name.other_language)}">'
                f"{esc(name.other)}</span>"
                if name.other
                else ""
            )
            heading = (
                f'\n            \n            <a href="{url}" lang="{esc(name.language)}">'
                f"{esc(name.text)}</a>\n            {other}\n          "
            )
        if suggestion.reasons:
            items = "".join(f"<li>{esc(reason)}</li>" for reason in suggestion.reasons)
            reasons = (
                f'\n        <ul class="suggestion__reasons">\n          {items}'
                "\n        </ul>\n      "
            )
        else:
            # No reason means nothing in common that the formula names: say so rather than
            # stay silent.
            reasons = (
                "\n        \n        "
                f'<p class="suggestion__reasons suggestion__reasons--weak">{no_reason}</p>\n      '
            )
        hint = f'<p class="suggestion__hint">{esc(suggestion.hint)}</p>' if suggestion.hint else ""
        actions = ""
        if with_actions:
            introduction = ""
            if kind == "partner":
                open_request = open_introductions.get(target.pk)
                if open_request:
                    link = (
                        '<a class="button button--secondary" '
                        f'href="{request_url[0]}{esc(open_request)}{request_url[1]}">'
                        f"{_filled(requested, shown)}</a>"
                    )
                else:
                    link = (
                        '<a class="button button--secondary" '
                        f'href="{ask_url[0]}{pk}{ask_url[1]}?organisation={organisation_pk}">'
                        f"{_filled(ask, shown)}</a>"
                    )
                # The whitespace the template's nested blocks left around the link.
                introduction = (
                    f"\n          \n          \n            {link}"
                    "\n          \n          \n        "
                )
            not_interested = _filled(not_interested_in, shown)
            if index + 1 < len(card_ids):
                back_to = card_ids[index + 1]
            else:
                back_to = card_ids[index - 1] if index else list_id
            actions = (
                f'\n      <div class="suggestion__actions">\n        {introduction}\n'
                f'        <form method="post" action="{dismiss_url}" class="suggestion__dismiss">\n'
                f"          {csrf_input}\n"
                f'          <input type="hidden" name="organisation" value="{organisation_pk}">\n'
                f'          <input type="hidden" name="{dismissed_field}" value="{pk}">\n'
                f'          <input type="hidden" name="next" value="{next_value}#{back_to}">\n'
                '          <button type="submit" class="button button--quiet">'
                f"{not_interested}</button>\n"
                "        </form>\n      </div>\n      "
            )
        score = _rounded(suggestion.score, 0, bar_words.separator)
        weak = weak_badge if suggestion.strength == "weak" else ""
        cards.append(
            "\n    \n"
            f'    <li class="suggestion" data-strength="{esc(suggestion.strength)}" '
            f'id="{id_prefix}-{pk}" tabindex="-1">\n'
            '      <div class="suggestion__head">\n'
            f'        <h3 class="suggestion__title">\n          {heading}\n        </h3>\n'
            '        <p class="suggestion__score"><span class="suggestion__score-value">'
            f'{score}</span><span class="suggestion__score-max">/100</span>'
            f'<span class="visually-hidden"> {match_score}</span>{weak}</p>\n'
            "      </div>\n"
            '      <p class="card__meta">\n'
            f"        {esc(suggestion_meta(target, kind))}\n      </p>\n"
            '      <div class="suggestion__body">\n'
            '      <dl class="factor-bars">\n'
            f"        {factor_bars_html(suggestion, kind, words=bar_words)}\n"
            "      </dl>\n"
            f"      {reasons}\n"
            f"      {hint}\n"
            "      </div>\n"
            f"      {actions}\n"
            "    </li>\n    \n  "
        )
    return mark_safe(  # noqa: S308 - every value above is escaped
        f'\n\n\n\n<ol class="suggestions" id="{id_prefix}-list">\n  '
        + "".join(cards)
        + "\n</ol>\n\n"
    )
