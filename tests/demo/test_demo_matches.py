"""The demo shows the product working: every published UK SME or start-up in it gets Korean
partner suggestions and open opportunities, through the same selectors as the pages and API."""

import datetime

import pytest
from django.utils import timezone

from matchmaking.selectors import opportunities_for_organisation, partners_for_organisation
from organisations.models import Organisation, OrganisationKind

# The example calls close from mid-2027 on; the demo is checked as on the day it was written, so
# that these tests do not start failing as the calendar moves past them.
DEMO_CHECKED_ON = datetime.date(2026, 12, 3)


@pytest.fixture
def uk_smes(demo_loaded, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: DEMO_CHECKED_ON)
    return list(
        Organisation.objects.published_and_current().filter(
            country="GB", kind__in=[OrganisationKind.SME, OrganisationKind.STARTUP]
        )
    )


def test_the_demo_has_uk_smes_to_check(uk_smes):
    assert len(uk_smes) >= 14


def test_every_uk_sme_gets_at_least_five_korean_partners(uk_smes):
    counts = {o.name: len(partners_for_organisation(organisation=o)) for o in uk_smes}
    assert {name: count for name, count in counts.items() if count < 5} == {}


def test_partner_suggestions_for_uk_smes_are_korean(uk_smes):
    countries = {
        str(s.target.country) for o in uk_smes for s in partners_for_organisation(organisation=o)
    }
    assert countries == {"KR"}


def test_every_uk_sme_gets_at_least_two_open_opportunities(uk_smes):
    counts = {o.name: len(opportunities_for_organisation(organisation=o)) for o in uk_smes}
    assert {name: count for name, count in counts.items() if count < 2} == {}
