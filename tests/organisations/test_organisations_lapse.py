import datetime

import pytest
from django.utils import timezone

from organisations.models import Organisation
from organisations.services import organisations_lapse

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


@pytest.fixture
def stale(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(updated_at=LONG_AGO)
    return Organisation.objects.filter(pk=organisation.pk)


def test_lapses_them_at_the_given_time_and_tells_the_matching_index(stale):
    assert organisations_lapse(organisations=stale, now=LONG_AGO) == 1
    lapsed = stale.get()
    assert lapsed.lapsed_at == LONG_AGO and lapsed.updated_at > LONG_AGO


def test_one_already_lapsed_keeps_its_date(stale):
    organisations_lapse(organisations=stale, now=LONG_AGO)
    assert organisations_lapse(organisations=stale, now=timezone.now()) == 0
    assert stale.get().lapsed_at == LONG_AGO
