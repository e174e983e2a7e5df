"""Amounts of money written the Korean way: in units of 만 (10⁴), 억 (10⁸) and 조 (10¹²), so
2,500,000,000,000 reads "2조 5천억 원" rather than a row of digits. Plain Python."""

from decimal import Decimal

# The currency's name as Korean writes it after an amount; unknown codes stay as they are.
CURRENCY_NAMES_KO = {"KRW": "원", "GBP": "파운드", "EUR": "유로", "USD": "달러"}
UNITS = ((10**12, "조"), (10**8, "억"), (10**4, "만"), (1, ""))


def korean_amount(amount: Decimal | int | float, currency: str = "") -> str:
    """E.g. korean_amount(2_500_000_000_000, "KRW") == "2조 5천억 원"."""
    amount = Decimal(str(amount))
    name = CURRENCY_NAMES_KO.get(currency, currency)
    whole = int(amount)
    if whole != amount or whole < 0:
        # Pence and cents (and refunds) have no natural unit form: digits, grouped.
        return f"{amount:,.2f} {name}".strip()
    if whole == 0:
        return f"0 {name}".strip()
    parts = []
    for size, unit in UNITS:
        group, whole = divmod(whole, size)
        if group:
            parts.append(_group(group) + unit)
    return " ".join(parts + [name]).strip()


def _group(number: int) -> str:
    # 5000 reads as "5천" before a unit; anything less round keeps its digits ("3,456").
    if number % 1000 == 0 and number < 10_000:
        return f"{number // 1000}천"
    return f"{number:,}"
