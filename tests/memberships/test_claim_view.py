import pytest
from django.urls import reverse
from django.utils import translation

from memberships.models import MembershipClaim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim_url(organisation):
    return reverse("memberships:claim", args=[organisation.pk])


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 302), ("other_member", 200), ("staff", 200)],
)
def test_who_sees_the_claim_form(login_as, claim_url, role, status):
    assert login_as(role).get(claim_url).status_code == status


def test_anonymous_visitors_are_sent_to_log_in(login_as, claim_url):
    assert "/accounts/login/" in login_as("anonymous").get(claim_url)["Location"]


def test_a_member_is_sent_to_their_organisation(login_as, claim_url, organisation):
    response = login_as("member").get(claim_url)
    assert response["Location"] == reverse("organisations:manage", args=[organisation.pk])


def test_posting_records_a_claim_in_the_page_language(login_as, organisation, other_member):
    url = reverse("memberships:claim", args=[organisation.pk]).replace("/", "/ko/", 1)
    login_as("other_member").post(url, {"message": "CTO"})
    claim = MembershipClaim.objects.get(user=other_member)
    assert (claim.message, claim.language) == ("CTO", "ko")


def test_the_page_shows_a_waiting_claim_instead_of_the_form(client, owner_claim, claimant):
    client.force_login(claimant)
    response = client.get(reverse("memberships:claim", args=[owner_claim.organisation_id]))
    assert b"waiting for a decision" in response.content


def test_a_draft_cannot_be_claimed_by_outsiders(login_as, organisation):
    organisation.status = "draft"
    organisation.save()
    url = reverse("memberships:claim", args=[organisation.pk])
    assert login_as("other_member").get(url).status_code == 404


def test_the_organisation_page_offers_the_claim_to_signed_in_outsiders(login_as, organisation):
    response = login_as("other_member").get(reverse("organisations:detail", args=[organisation.pk]))
    assert reverse("memberships:claim", args=[organisation.pk]).encode() in response.content


def test_a_korean_reader_asks_to_join_the_korean_name(login_as, claim_url, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client = login_as("other_member")
    with translation.override("ko"):
        text = client.get(reverse("memberships:claim", args=[organisation.pk])).text
    assert 'lang="ko">베이즈 예시</a>' in text and "<h1>‘베이즈 예시’ 합류</h1>" in text
    assert '<p class="page-header__subtitle" lang="en">Bayes Example Ltd</p>' in text
