from decimal import Decimal

import pytest

from common.money import korean_amount


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (2_500_000_000_000, "KRW", "2조 5천억 원"),
        (1_234_567_890, "KRW", "12억 3,456만 7,890 원"),
        (3_000_000, "GBP", "300만 파운드"),
        (Decimal("500"), "EUR", "500 유로"),
        (0, "USD", "0 달러"),
    ],
)
def test_korean_amount_reads_in_korean_units(amount, currency, expected):
    assert korean_amount(amount, currency) == expected


def test_korean_amount_keeps_pence_as_digits():
    assert korean_amount(Decimal("1234.50"), "GBP") == "1,234.50 파운드"
