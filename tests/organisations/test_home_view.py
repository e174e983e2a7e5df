import datetime

from django.urls import reverse
from django.utils import timezone

from tests.factories import OpportunityFactory, OrganisationFactory


def days_from_now(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def test_home_counts_published_organisations_by_country(client, db):
    OrganisationFactory.create_batch(2, country="GB")
    OrganisationFactory(country="KR")
    OrganisationFactory(country="KR", status="draft")
    counts = client.get(reverse("organisations:home")).context["counts"]
    assert (counts["total"], counts["uk"], counts["korea"]) == (3, 2, 1)


def test_home_lists_open_opportunities_closing_soonest_first(client, db):
    OpportunityFactory(title="Later call", deadline=days_from_now(40))
    OpportunityFactory(title="Sooner call", deadline=days_from_now(3))
    OpportunityFactory(title="Past call", deadline=days_from_now(-1))
    OpportunityFactory(title="Draft call", status="draft")
    text = client.get(reverse("organisations:home")).text
    assert text.index("Sooner call") < text.index("Later call")
    assert "Past call" not in text and "Draft call" not in text


def test_home_links_to_both_lists(client, db):
    text = client.get(reverse("organisations:home")).text
    assert reverse("organisations:list") in text
    assert reverse("opportunities:list") in text


def test_home_says_so_when_nothing_is_open(client, db):
    OpportunityFactory(deadline=days_from_now(-1), opens_on=None)
    response = client.get(reverse("organisations:home"))
    assert "No opportunities are open right now" in response.text


def test_home_names_the_hosts_in_the_readers_language(client, korean_university):
    OpportunityFactory(title="Port call", deadline=days_from_now(5), hosts=[korean_university])
    assert " · Hanbit University" in client.get(reverse("organisations:home")).text
    text = client.get("/ko" + reverse("organisations:home")).text
    assert " · 한빛대학교" in text and "Hanbit University" not in text
