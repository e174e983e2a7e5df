"""Links for a list's rows without a reverse() per row (it cost more than the rest of a card)."""

from django.urls import reverse

# Stands for the pk while the URL's text around it is worked out: no real pk is this large.
_PK = 2_147_483_647


def url_around_pk(name: str) -> tuple[str, str]:
    """The text before and after the pk in the URL called name, in the active language's
    prefix: a row's link is before + str(pk) + after."""
    before, _pk, after = reverse(name, args=[_PK]).partition(str(_PK))
    return before, after
