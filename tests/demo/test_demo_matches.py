"""The demo shows the product working: every published UK SME or start-up in it gets Korean
partner suggestions and open opportunities, through the same selectors as the pages and API.
The example calls move on with the day the demo is loaded, so this holds whatever the date (the
documents' own open opportunities have no deadline; the calls with one are the examples)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from matchmaking.selectors import opportunities_for_organisation, partners_for_organisation
from organisations.models import Organisation, OrganisationKind


def uk_smes_in_demo() -> list[Organisation]:
    return list(
        Organisation.objects.published_and_current().filter(
            country="GB", kind__in=[OrganisationKind.SME, OrganisationKind.STARTUP]
        )
    )


def with_too_few_partners(uk_smes: list[Organisation]) -> dict[str, int]:
    counts = {o.name: len(partners_for_organisation(organisation=o)) for o in uk_smes}
    return {name: count for name, count in counts.items() if count < 5}


def with_too_few_open_opportunities(uk_smes: list[Organisation]) -> dict[str, int]:
    counts = {o.name: len(opportunities_for_organisation(organisation=o)) for o in uk_smes}
    return {name: count for name, count in counts.items() if count < 2}


def with_too_few_open_calls_with_a_deadline(uk_smes: list[Organisation]) -> dict[str, int]:
    counts = {
        o.name: sum(
            s.target.deadline is not None for s in opportunities_for_organisation(organisation=o)
        )
        for o in uk_smes
    }
    return {name: count for name, count in counts.items() if count < 2}


@pytest.fixture
def uk_smes(demo_loaded):
    return uk_smes_in_demo()


def test_the_demo_has_uk_smes_to_check(uk_smes):
    assert len(uk_smes) >= 14


def test_every_uk_sme_gets_at_least_five_korean_partners(uk_smes):
    assert with_too_few_partners(uk_smes) == {}


def test_partner_suggestions_for_uk_smes_are_korean(uk_smes):
    countries = {
        str(s.target.country) for o in uk_smes for s in partners_for_organisation(organisation=o)
    }
    assert countries == {"KR"}


def test_every_uk_sme_gets_at_least_two_open_opportunities(uk_smes):
    assert with_too_few_open_opportunities(uk_smes) == {}


def test_every_uk_sme_gets_at_least_two_open_calls_with_a_deadline(uk_smes):
    assert with_too_few_open_calls_with_a_deadline(uk_smes) == {}


def test_the_demo_loaded_in_2030_still_gives_every_uk_sme_partners_and_open_calls(
    db, demo_password, monkeypatch
):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2030, 8, 20))
    call_command("load_demo", stdout=StringIO())
    uk_smes = uk_smes_in_demo()
    assert len(uk_smes) >= 14
    assert with_too_few_partners(uk_smes) == {}
    assert with_too_few_open_opportunities(uk_smes) == {}
    assert with_too_few_open_calls_with_a_deadline(uk_smes) == {}
