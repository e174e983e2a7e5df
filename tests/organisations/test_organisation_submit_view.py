import pytest
from django.urls import reverse


def submit(client, organisation):
    return client.post(reverse("organisations:submit", args=[organisation.pk]), follow=True)


@pytest.mark.parametrize(
    "role, status", [("anonymous", 200), ("member", 200), ("other_member", 404), ("staff", 404)]
)
def test_only_members_can_submit(login_as, organisation, role, status):
    organisation.status = "draft"
    organisation.save()
    assert submit(login_as(role), organisation).status_code == status
    organisation.refresh_from_db()
    assert (organisation.status == "submitted") == (role == "member")


def test_submitting_twice_explains_why_not(client, member, organisation):
    organisation.status = "submitted"
    organisation.save()
    client.force_login(member)
    assert "Cannot submit" in submit(client, organisation).text


def test_get_is_not_allowed(client, member, organisation):
    client.force_login(member)
    url = reverse("organisations:submit", args=[organisation.pk])
    assert client.get(url).status_code == 405


def test_submitting_twice_explains_why_not_in_korean(client, member, organisation):
    organisation.status = "submitted"
    organisation.save()
    client.force_login(member)
    url = "/ko" + reverse("organisations:submit", args=[organisation.pk])
    response = client.post(url, follow=True)
    assert (
        f"“{organisation.name}”의 검토를 요청할 수 없습니다. 현재 상태: 검토 요청됨."
        in response.text
    )
