import pytest
from django.urls import reverse
from django.utils import translation


def reject_url(organisation) -> str:
    return reverse("staff:profile_reject", args=[organisation.pk])


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_reject(login_as, organisation, role, status):
    organisation.status = "submitted"
    organisation.save()
    response = login_as(role).post(reject_url(organisation), {"reason": "Add a website."})
    assert response.status_code == status
    organisation.refresh_from_db()
    assert (organisation.rejection_reason == "Add a website.") == (role == "staff")


def test_a_reason_is_required_and_shown_by_the_field(client, staff_user, organisation):
    client.force_login(staff_user)
    response = client.post(reject_url(organisation), {"reason": "   "})
    assert "This field is required." in response.context["form"].errors["reason"]
    assert 'id="id_reason_error"' in response.text
    organisation.refresh_from_db()
    assert organisation.status == "published"


def test_the_owner_then_sees_the_reason(client, staff_user, member, organisation):
    client.force_login(staff_user)
    client.post(reject_url(organisation), {"reason": "Describe what you make."})
    client.force_login(member)
    page = client.get(reverse("organisations:manage", args=[organisation.pk]))
    assert "Describe what you make." in page.text


def test_a_korean_reader_rejects_it_under_its_korean_name(client, staff_user, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client.force_login(staff_user)
    assert "<h1>Reject “Bayes Example Ltd”</h1>" in client.get(reject_url(organisation)).text
    with translation.override("ko"):
        assert "<h1>“베이즈 예시” 반려</h1>" in client.get(reject_url(organisation)).text
