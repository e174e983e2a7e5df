from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

TEMPLATE = Template("{% load opportunity_tags %}{{ amount|money:currency }}")


def _render(language: str, amount, currency: str) -> str:
    with translation.override(language):
        return TEMPLATE.render(Context({"amount": amount, "currency": currency}))


def test_budget_in_korean_uses_korean_units():
    assert _render("ko", Decimal("2500000000000"), "KRW") == "2조 5천억 원"


def test_budget_in_english_keeps_grouped_digits():
    assert _render("en", Decimal("2500000.00"), "GBP") == "2,500,000 GBP"
