import datetime

from django.urls import reverse
from django.utils import timezone

from opportunities.selectors import CLOSING_SOON_DAYS
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
    OpportunityFactory(title="Later call", deadline=days_from_now(20))
    OpportunityFactory(title="Sooner call", deadline=days_from_now(3))
    OpportunityFactory(title="Past call", deadline=days_from_now(-1))
    OpportunityFactory(title="Draft call", status="draft")
    text = client.get(reverse("organisations:home")).text
    assert text.index("Sooner call") < text.index("Later call")
    assert "Past call" not in text and "Draft call" not in text


def test_closing_soon_lists_only_deadlines_within_30_days(client, db):
    OpportunityFactory(title="Last day call", deadline=days_from_now(CLOSING_SOON_DAYS))
    OpportunityFactory(title="Far call", deadline=days_from_now(CLOSING_SOON_DAYS + 1))
    OpportunityFactory(title="Rolling call", deadline=None)
    text = client.get(reverse("organisations:home")).text
    assert "Last day call" in text
    assert "Far call" not in text and "Rolling call" not in text


def test_when_none_closes_soon_the_next_deadlines_are_listed_as_such(client, db):
    OpportunityFactory(title="Far call", deadline=days_from_now(200))
    english = client.get(reverse("organisations:home")).text
    korean = client.get("/ko" + reverse("organisations:home")).text
    assert "Next deadlines" in english and "None closes in the next 30 days." in english
    assert "Far call" in english and "Closing soon" not in english
    assert "다가오는 마감" in korean and "앞으로 30일 안에 마감되는 사업 기회는 없습니다." in korean


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
