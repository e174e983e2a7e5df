import pytest
from django.urls import reverse

from organisations.models import ConsortiumMembership, OrganisationKind
from tests.factories import ConsortiumMembershipFactory, MembershipFactory, OrganisationFactory

LIST = "api:consortium-membership-list"


@pytest.fixture
def consortium(organisation):
    """The member fixture's own organisation, made a consortium."""
    organisation.kind = OrganisationKind.CONSORTIUM
    organisation.save()
    return organisation


@pytest.fixture
def link(consortium, other_organisation):
    """other_member's organisation in member's consortium."""
    return ConsortiumMembershipFactory(consortium=consortium, member=other_organisation)


def detail(link) -> str:
    return reverse("api:consortium-membership-detail", args=[link.pk])


def test_list_filters_by_consortium(api_client, link):
    ConsortiumMembershipFactory()
    response = api_client.get(reverse(LIST), {"consortium": link.consortium_id})
    assert [row["member"]["name"] for row in response.json()["results"]] == ["Seoul Example Co"]


def test_links_to_a_draft_are_hidden(api_client, link):
    link.member.status = "draft"
    link.member.save()
    assert api_client.get(reverse(LIST)).json()["count"] == 0


def test_adding_twice_is_a_conflict(token_client, member, link):
    body = {"consortium": link.consortium_id, "member": link.member_id}
    assert token_client(member).post(reverse(LIST), body).status_code == 409


def test_only_a_consortium_takes_members(
    token_client, staff_user, organisation, other_organisation
):
    body = {"consortium": organisation.pk, "member": other_organisation.pk}
    response = token_client(staff_user).post(reverse(LIST), body)
    assert "is not a consortium" in response.json()["error"]["message"]


def test_a_draft_cannot_be_named_by_outsiders(token_client, member, consortium):
    draft = OrganisationFactory(status="draft")
    response = token_client(member).post(
        reverse(LIST), {"consortium": consortium.pk, "member": draft.pk}
    )
    assert list(response.json()["error"]["fields"]) == ["member"]


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 201), ("other_member", 403), ("staff_user", 201)],
)
def test_who_may_add_a_member(client_as, consortium, member, other_member, who, status):
    body = {"consortium": consortium.pk, "member": OrganisationFactory().pk, "role": "lead"}
    assert client_as(who).post(reverse(LIST), body).status_code == status


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 200), ("other_member", 403), ("staff_user", 200)],
)
def test_who_may_change_a_role(client_as, link, member, other_member, who, status):
    response = client_as(who).patch(detail(link), {"role": "lead"})
    assert response.status_code == status
    link.refresh_from_db()
    assert (link.role == "lead") == (status == 200)


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 204), ("other_member", 204), ("staff_user", 204)],
)
def test_who_may_remove_a_member(client_as, link, member, other_member, who, status):
    """The consortium's members remove, and the member organisation's members may leave."""
    assert client_as(who).delete(detail(link)).status_code == status


def test_a_third_party_cannot_remove_a_member(token_client, link):
    outsider = MembershipFactory().user
    assert token_client(outsider).delete(detail(link)).status_code == 403
    assert ConsortiumMembership.objects.filter(pk=link.pk).exists()


@pytest.mark.parametrize("path", ["list", "detail"])
def test_an_outsiders_change_is_refused_in_korean(
    token_client, consortium, link, other_member, path
):
    """Adding goes through the view's own check, changing through the permission class."""
    client = token_client(other_member)
    if path == "list":
        body = {"consortium": consortium.pk, "member": OrganisationFactory().pk, "role": "lead"}
        response = client.post(reverse(LIST), body, HTTP_ACCEPT_LANGUAGE="ko")
    else:
        response = client.patch(detail(link), {"role": "lead"}, HTTP_ACCEPT_LANGUAGE="ko")
    expected = "컨소시엄의 구성원이나 운영진만 컨소시엄 참여 기관을 변경할 수 있습니다."
    assert (response.status_code, response.json()["error"]["message"]) == (403, expected)
