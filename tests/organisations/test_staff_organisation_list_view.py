import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import OrganisationFactory

URL = reverse("staff:organisations")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_every_organisation(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


@pytest.mark.parametrize(
    "query, expected", [("status=draft", ["Draft Ltd"]), ("verified=yes", ["Checked Ltd"])]
)
def test_filters_by_status_and_verification(client, staff_user, query, expected):
    OrganisationFactory(name="Draft Ltd", status="draft")
    OrganisationFactory(name="Checked Ltd", verified=True)
    client.force_login(staff_user)
    response = client.get(f"{URL}?{query}")
    assert [o.name for o in response.context["page"].object_list] == expected


def test_an_unknown_filter_value_is_ignored_with_a_message(client, staff_user, organisation):
    client.force_login(staff_user)
    response = client.get(f"{URL}?status=alien")
    assert response.status_code == 200
    assert "Some filters were not understood" in response.text


@pytest.mark.parametrize("rows", [3, 25])
def test_query_count_does_not_grow_with_rows(
    client, staff_user, django_assert_max_num_queries, rows
):
    OrganisationFactory.create_batch(rows)
    client.force_login(staff_user)
    with django_assert_max_num_queries(6):
        client.get(URL)


def test_a_korean_reader_sees_the_filters_in_korean(client, staff_user):
    client.force_login(staff_user)
    with translation.override("ko"):
        text = client.get(reverse("staff:organisations")).text
    assert "인증 여부 무관" in text and "모든 국가" in text
    assert "Verified or not" not in text and "Any country" not in text


def test_the_search_finds_an_organisation_by_its_korean_description(client, staff_user):
    OrganisationFactory(name="Port Ltd", description_ko="항만 자동화 전문 기업")
    OrganisationFactory(name="Rail Ltd", description_ko="철도 신호 전문 기업")
    client.force_login(staff_user)
    response = client.get(URL, {"q": "항만"})
    assert [o.name for o in response.context["page"].object_list] == ["Port Ltd"]


def test_a_korean_reader_sees_the_korean_name_first_and_the_english_one_beside(client, staff_user):
    OrganisationFactory(name="Port Ltd", name_ko="포트")
    client.force_login(staff_user)
    english = client.get(URL).text
    assert 'lang="en">Port Ltd</a> <span lang="ko" class="muted">포트</span>' in english
    korean = client.get("/ko" + URL).text
    assert 'lang="ko">포트</a> <span lang="en" class="muted">Port Ltd</span>' in korean
    assert '<span class="visually-hidden">포트 </span>게시 중단' in korean


def test_an_english_name_in_a_korean_sentence_carries_its_lang(client, staff_user):
    OrganisationFactory(name="Port Ltd", name_ko="")
    client.force_login(staff_user)
    korean = client.get("/ko" + URL).text
    hidden = '<span class="visually-hidden"><span lang="en">Port Ltd</span> </span>'
    assert hidden + "인증 표시" in korean
