import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import OpportunityFactory, OpportunityInterestFactory

URL = reverse("staff:opportunities")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_drafts(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


@pytest.mark.parametrize(
    "deadline, titles", [("passed", ["Passed"]), ("open", ["Open", "Rolling"])]
)
def test_lists_by_whether_the_deadline_has_passed(client, staff_user, deadline, titles):
    today = timezone.localdate()
    OpportunityFactory(title="Passed", deadline=today - datetime.timedelta(days=1), opens_on=None)
    OpportunityFactory(title="Open", deadline=today, opens_on=None)
    OpportunityFactory(title="Rolling", deadline=None)
    client.force_login(staff_user)
    listed = client.get(URL, {"deadline": deadline}).context["page"].object_list
    assert sorted(o.title for o in listed) == titles


def test_drafts_come_first(client, staff_user):
    OpportunityFactory(title="Published call")
    OpportunityFactory(title="Draft call", status="draft")
    client.force_login(staff_user)
    titles = [o.title for o in client.get(URL).context["page"].object_list]
    assert titles == ["Draft call", "Published call"]


@pytest.mark.parametrize("rows", [3, 25])
def test_query_count_does_not_grow_with_rows(
    client, staff_user, organisation, django_assert_max_num_queries, rows
):
    OpportunityFactory.create_batch(rows, hosts=[organisation])
    client.force_login(staff_user)
    with django_assert_max_num_queries(7):
        client.get(URL)


def test_shows_interest_counts_per_opportunity(client, staff_user, open_call, partner_seeker):
    OpportunityInterestFactory.create_batch(2, opportunity=open_call)
    OpportunityFactory(title="Quiet call")
    client.force_login(staff_user)
    rows = {o.title: o for o in client.get(URL).context["page"].object_list}
    assert (rows["Smart city testbed"].interested_count, rows["Quiet call"].interested_count) == (
        3,
        0,
    )
    assert rows["Smart city testbed"].looking_for_partners_count == 1


def test_query_count_does_not_grow_with_interest(client, staff_user, django_assert_max_num_queries):
    for opportunity in OpportunityFactory.create_batch(5):
        OpportunityInterestFactory.create_batch(3, opportunity=opportunity)
    client.force_login(staff_user)
    with django_assert_max_num_queries(7):
        assert "<td>3</td>" in client.get(URL).text


def test_a_korean_reader_sees_korean_titles_and_filter_words(client, staff_user):
    OpportunityFactory(title="Port call", title_ko="항만 공모")
    client.force_login(staff_user)
    with translation.override("ko"):
        text = client.get(reverse("staff:opportunities")).text
    assert '<a href="/ko/opportunities/' in text and 'lang="ko">항만 공모</a>' in text
    assert "모든 상태" in text and "Any status" not in text and "Any type" not in text


def test_the_search_finds_an_opportunity_by_its_korean_title(client, staff_user):
    OpportunityFactory(title="Port call", title_ko="항만 공모")
    OpportunityFactory(title="Rail call", title_ko="철도 공모")
    client.force_login(staff_user)
    titles = [o.title for o in client.get(URL, {"q": "항만"}).context["page"].object_list]
    assert titles == ["Port call"]


def test_a_korean_reader_sees_the_hosts_korean_names(client, staff_user, korean_university):
    OpportunityFactory(title="Port call", hosts=[korean_university])
    client.force_login(staff_user)
    assert "Hanbit University" in client.get(reverse("staff:opportunities")).text
    with translation.override("ko"):
        text = client.get(reverse("staff:opportunities")).text
    assert "한빛대학교" in text and "Hanbit University" not in text
