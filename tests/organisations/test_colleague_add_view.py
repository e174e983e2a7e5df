import pytest
from django.urls import reverse

from tests.factories import UserFactory


def add(client, organisation, email: str):
    return client.post(
        reverse("organisations:colleague_add", args=[organisation.pk]), {"email": email}
    )


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 302), ("other_member", 404), ("staff", 404)]
)
def test_only_the_organisations_owner_adds_colleagues(login_as, organisation, role, status):
    colleague = UserFactory(email="jin@example.kr")
    assert add(login_as(role), organisation, "jin@example.kr").status_code == status
    assert organisation.memberships.filter(user=colleague).exists() == (role == "member")


def test_an_editor_is_refused(client, organisation, editor):
    UserFactory(email="jin@example.kr")
    client.force_login(editor)
    assert add(client, organisation, "jin@example.kr").status_code == 403


@pytest.mark.parametrize(
    "email, error",
    [("nobody@example.com", "Nobody has signed up"), ("not-an-email", "valid email")],
)
def test_errors_show_by_the_field_and_keep_what_was_typed(
    client, member, organisation, email, error
):
    client.force_login(member)
    response = add(client, organisation, email)
    assert error in response.context["colleague_form"].errors["email"][0]
    assert f'value="{email}"' in response.text
    assert organisation.memberships.count() == 1


def test_a_korean_owner_reads_the_error_in_korean(client, member, organisation):
    client.force_login(member)
    url = "/ko" + reverse("organisations:colleague_add", args=[organisation.pk])
    response = client.post(url, {"email": "nobody@example.com"})
    assert "nobody@example.com(으)로 가입한 사람이 아직 없습니다." in response.text
    assert organisation.memberships.count() == 1


def test_a_korean_owner_is_told_under_the_korean_name(client, member, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    colleague = UserFactory(email="colleague@example.com")
    client.force_login(member)
    url = "/ko" + reverse("organisations:colleague_add", args=[organisation.pk])
    response = client.post(url, {"email": colleague.email}, follow=True)
    assert "“베이즈 예시” 프로필을 편집할 수 있습니다." in response.text
