import pytest

from events.models import Registration
from tests.events.factories import RegistrationFactory
from tests.events.staff_roles import WRITE_ROLES


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_approve_matrix(login_as, event, role, status):
    pending = RegistrationFactory(event=event, status="pending")
    url = f"/staff/events/seoul-5g/registrations/{pending.pk}/approve/"
    assert login_as(role).post(url).status_code == status
    assert Registration.objects.get().status == ("approved" if role == "staff" else "pending")


def test_approving_over_capacity_says_the_event_is_full(login_as, event, registration):
    event.capacity = 1
    event.save()
    pending = RegistrationFactory(event=event, status="pending")
    client = login_as("staff")
    response = client.post(
        f"/staff/events/seoul-5g/registrations/{pending.pk}/approve/", follow=True
    )
    assert "The event is full" in response.content.decode()


def test_korean_staff_are_told_by_the_korean_name(login_as, event):
    pending = RegistrationFactory(
        event=event, status="pending", organisation__name="Port Ltd", organisation__name_ko="포트"
    )
    url = f"/ko/staff/events/seoul-5g/registrations/{pending.pk}/approve/"
    assert "포트의 참가 등록을 승인했습니다." in login_as("staff").post(url, follow=True).text


@pytest.mark.parametrize("decision, said", [("approve", "approved"), ("reject", "rejected")])
def test_staff_are_told_what_was_decided(login_as, event, decision, said):
    pending = RegistrationFactory(event=event, status="pending", organisation__name="Port Ltd")
    url = f"/staff/events/seoul-5g/registrations/{pending.pk}/{decision}/"
    page = login_as("staff").post(url, follow=True).text
    assert f"Registration of Port Ltd {said}." in page
