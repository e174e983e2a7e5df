"""Profiles whose owners did not confirm them drop out of suggestions until they do (the
alerts decide which and when; confirming brings them back, see profiles.py)."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from organisations.models import Organisation


def organisations_lapse(*, organisations: QuerySet[Organisation], now: datetime.datetime) -> int:
    """Marks those not lapsed yet as lapsed at `now` and returns how many. updated_at is saved
    too: it is how every server process's matching index notices the change on its next
    request."""
    # The real time, not `now`: the index looks for the newest updated_at, which a `now` in
    # the past (a test, a catch-up run) would not move.
    return organisations.filter(lapsed_at__isnull=True).update(
        lapsed_at=now, updated_at=timezone.now()
    )
