import pytest
from django.urls import reverse

from organisations.services import organisation_update
from tests.factories import MembershipFactory, OrganisationFactory

URL = reverse("staff:review_queue")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_the_queue(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_lists_submitted_profiles_only_with_their_members(client, staff_user):
    waiting = OrganisationFactory(name="Waiting Ltd", status="submitted")
    MembershipFactory(organisation=waiting, user__email="owner@waiting.example")
    OrganisationFactory(name="Draft Ltd", status="draft")
    client.force_login(staff_user)
    response = client.get(URL)
    assert [o.name for o in response.context["page"].object_list] == ["Waiting Ltd"]
    assert "owner@waiting.example" in response.text


@pytest.mark.parametrize("rows", [2, 12])
def test_query_count_does_not_grow_with_rows(
    client, staff_user, sector, django_assert_max_num_queries, rows
):
    for organisation in OrganisationFactory.create_batch(
        rows, status="submitted", sectors=[sector]
    ):
        MembershipFactory(organisation=organisation)
    client.force_login(staff_user)
    with django_assert_max_num_queries(10):
        client.get(URL)


def test_staff_see_why_a_published_profile_came_back(client, staff_user, organisation):
    organisation_update(organisation=organisation, values={"name": "Bayes (official)"})
    client.force_login(staff_user)
    assert "Back in review: its name changed." in client.get(URL).text


def test_staff_read_both_descriptions_each_labelled_with_its_language(client, staff_user):
    OrganisationFactory(status="submitted", description="Ports.", description_ko="항만 센서.")
    client.force_login(staff_user)
    text = client.get(URL).text
    assert 'English</span> <span lang="en">Ports.</span>' in text
    assert 'Korean</span> <span lang="ko">항만 센서.</span>' in text


def test_a_korean_description_alone_is_shown_not_called_missing(client, staff_user):
    OrganisationFactory(status="submitted", description="", description_ko="항만 센서.")
    client.force_login(staff_user)
    text = client.get("/ko" + URL).text
    assert '한국어</span> <span lang="ko">항만 센서.</span>' in text
    assert "소개가 없습니다." not in text


def test_the_korean_page_names_sectors_and_capabilities_in_korean(client, staff_user, capability):
    capability.name_ko = "디지털 트윈"
    capability.save()
    OrganisationFactory(status="submitted", sectors=[capability.sector], offers=[capability])
    client.force_login(staff_user)
    text = client.get("/ko" + URL).text
    assert "<dd>스마트시티</dd>" in text and "<dd>디지털 트윈</dd>" in text


def test_staff_read_the_city_in_their_language_and_the_other_beside_it(client, staff_user):
    OrganisationFactory(status="submitted", country="KR", city="Busan", city_ko="부산")
    client.force_login(staff_user)
    text = client.get(URL).text
    assert '<span lang="en">Busan</span>, South Korea (<span lang="ko">부산</span>)' in text
