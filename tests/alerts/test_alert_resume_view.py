import pytest
from django.urls import reverse

from alerts import mail
from alerts.models import DeadlineReminderStop, SavedSearch
from tests.factories import DeadlineReminderStopFactory


def resume_url(token: str) -> str:
    return reverse("alerts:alert_resume", args=[token])


@pytest.fixture
def paused(saved_search):
    SavedSearch.objects.filter(pk=saved_search.pk).update(active=False)
    return saved_search


def test_the_stop_pages_button_resumes_it(client, paused):
    token = mail.stop_token_for_saved_search(saved_search_id=paused.pk)
    response = client.post(resume_url(token))
    paused.refresh_from_db()
    assert paused.active and "again" in response.content.decode()


def test_resumes_deadline_reminders(client, member):
    stop = DeadlineReminderStopFactory(user=member)
    token = mail.stop_token_for_deadline_reminders(
        user_id=member.pk, opportunity_id=stop.opportunity.pk
    )
    client.post(resume_url(token))
    assert not DeadlineReminderStop.objects.exists()


def test_a_tampered_token_changes_nothing(client, paused):
    token = mail.stop_token_for_saved_search(saved_search_id=paused.pk) + "x"
    assert client.post(resume_url(token)).status_code == 400
    paused.refresh_from_db()
    assert not paused.active


def test_a_get_resumes_nothing(client, paused):
    token = mail.stop_token_for_saved_search(saved_search_id=paused.pk)
    assert client.get(resume_url(token)).status_code == 405


def test_the_resumed_page_stops_it_again_by_a_button_not_a_link(client, paused):
    token = mail.stop_token_for_saved_search(saved_search_id=paused.pk)
    page = client.post(resume_url(token)).content.decode()
    stop_url = reverse("alerts:alert_stop", args=[token])
    assert f'<form method="post" action="{stop_url}">' in page
    assert f'href="{stop_url}"' not in page
