import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def people_url(organisation):
    return reverse("memberships:people", args=[organisation.pk])


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 200), ("other_member", 404), ("staff", 200)],
)
def test_who_sees_the_people_page(login_as, people_url, role, status):
    assert login_as(role).get(people_url).status_code == status


def test_an_editor_is_told_only_owners_manage_people(client, editor, people_url):
    client.force_login(editor)
    assert client.get(people_url).status_code == 403


def test_it_lists_waiting_claims_with_the_domain_check(login_as, owner_claim, people_url):
    response = login_as("member").get(people_url)
    assert owner_claim.user.email.encode() in response.content
    assert b"No website to compare" in response.content


def test_it_lists_invitations_with_their_state(login_as, invitation, people_url):
    response = login_as("member").get(people_url)
    assert b"mina@newcomer.example.kr" in response.content
    assert b"Waiting for an answer" in response.content


def test_a_korean_owner_sees_the_korean_name(login_as, organisation, people_url):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client = login_as("member")
    assert "People of “Bayes Example Ltd”" in client.get(people_url).text
    with translation.override("ko"):
        text = client.get(reverse("memberships:people", args=[organisation.pk])).text
    assert "<h1>‘베이즈 예시’ 구성원</h1>" in text and 'lang="ko">베이즈 예시</a>' in text
