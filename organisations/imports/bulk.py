"""What bulk writes of published records (imports, the demo) share beyond common.bulk,
which knows nothing of publication."""

import datetime

from django.db import models
from django.utils import timezone


def published_at_stamp(*, model: type[models.Model], changed_since: datetime.datetime) -> int:
    """Gives the rows a bulk write has just published (those it changed since it began) their
    first publication time, by which alerts tell what is new; earlier ones keep theirs."""
    return (
        model.objects.published()
        .filter(published_at__isnull=True, updated_at__gte=changed_since)
        .update(published_at=timezone.now())
    )
