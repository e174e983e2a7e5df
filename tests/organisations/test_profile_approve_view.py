import pytest
from django.urls import reverse


def approve(client, organisation):
    return client.post(reverse("staff:profile_approve", args=[organisation.pk]), follow=True)


@pytest.mark.parametrize(
    "role, status", [("anonymous", 200), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_publish(login_as, organisation, role, status):
    organisation.status = "submitted"
    organisation.save()
    assert approve(login_as(role), organisation).status_code == status
    organisation.refresh_from_db()
    assert (organisation.status == "published") == (role == "staff")


def test_a_refused_transition_is_explained(client, staff_user, organisation):
    organisation.status, organisation.rejection_reason = "rejected", "No website"
    organisation.save()
    client.force_login(staff_user)
    assert "Cannot publish" in approve(client, organisation).text


def test_returns_to_the_page_it_was_sent_from_but_never_off_site(client, staff_user, organisation):
    client.force_login(staff_user)
    url = reverse("staff:profile_approve", args=[organisation.pk])
    assert client.post(url, {"next": "/staff/organisations/"}).url == "/staff/organisations/"
    assert client.post(url, {"next": "https://evil.example/"}).url == reverse("staff:review_queue")


def test_a_korean_reader_is_refused_under_the_korean_name(client, staff_user, organisation):
    organisation.status, organisation.name_ko = "rejected", "베이즈 예시"
    organisation.rejection_reason = "No website"
    organisation.save()
    client.force_login(staff_user)
    url = "/ko" + reverse("staff:profile_approve", args=[organisation.pk])
    assert "“베이즈 예시”" in client.post(url, follow=True).text
