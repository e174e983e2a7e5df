import pytest
from django.urls import reverse


def verify(client, organisation, verified: str = "true"):
    url = reverse("staff:organisation_verify", args=[organisation.pk])
    return client.post(url, {"verified": verified})


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_verify(login_as, organisation, role, status):
    assert verify(login_as(role), organisation).status_code == status
    organisation.refresh_from_db()
    assert organisation.verified == (role == "staff")


def test_staff_can_remove_the_mark(client, staff_user, organisation):
    organisation.verified = True
    organisation.save()
    client.force_login(staff_user)
    verify(client, organisation, "false")
    organisation.refresh_from_db()
    assert not organisation.verified


@pytest.mark.parametrize(
    "verified, said", [("true", "is verified."), ("false", "is no longer marked as verified.")]
)
def test_staff_are_told_what_changed(client, staff_user, organisation, verified, said):
    client.force_login(staff_user)
    response = client.post(
        reverse("staff:organisation_verify", args=[organisation.pk]), {"verified": verified},
        follow=True,
    )  # fmt: skip
    assert f"“{organisation.name}” {said}" in response.text


def test_a_korean_reader_is_told_under_the_korean_name(client, staff_user, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client.force_login(staff_user)
    url = "/ko" + reverse("staff:organisation_verify", args=[organisation.pk])
    response = client.post(url, {"verified": "true"}, follow=True)
    assert "“베이즈 예시” 기관을 인증 처리했습니다." in response.text
