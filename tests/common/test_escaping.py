import pytest
from django.utils.functional import lazy
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from common.escaping import escape
from matchmaking.reasons import ReasonText

lazy_text = lazy(lambda: "Tom & <Jerry>", str)


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        'Tom & "Jerry" <b>\'s</b>',
        mark_safe("<b>kept</b> &amp;"),
        SafeString("<i>safe</i>"),
        lazy_text(),
        ReasonText("A & B <c>", code="both_offer"),
        42,
        -7,
        True,
        None,
        3.5,
        "",
    ],
)
def test_escape_gives_what_conditional_escape_gives(value):
    assert escape(value) == conditional_escape(value)


def test_safe_markup_is_kept_as_it_is():
    markup = mark_safe("<b>&amp;</b>")
    assert escape(markup) is markup


def test_quotes_and_ampersands_are_escaped():
    assert escape("a'b\"c&d") == "a&#x27;b&quot;c&amp;d"
