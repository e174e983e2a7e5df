import pytest
from django.test import Client
from django.urls import reverse

from alerts import mail
from alerts.models import DeadlineReminderStop, SavedSearch
from tests.factories import OpportunityFactory


@pytest.fixture
def stop_url(saved_search):
    token = mail.stop_token_for_saved_search(saved_search_id=saved_search.pk)
    return reverse("alerts:alert_stop", args=[token])


def is_active(saved_search) -> bool:
    saved_search.refresh_from_db()
    return saved_search.active


def test_one_click_on_the_link_stops_it_and_offers_to_resume(client, saved_search, stop_url):
    response = client.get(stop_url)
    assert not is_active(saved_search)
    assert "no more mail for your saved search" in response.content.decode()
    assert (
        reverse("alerts:alert_resume", args=[stop_url.split("/")[-2]]) in response.content.decode()
    )


def test_the_mail_programs_one_click_post_needs_no_session_or_csrf(saved_search, stop_url):
    response = Client(enforce_csrf_checks=True).post(stop_url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not is_active(saved_search)


def test_stopping_twice_is_harmless(client, saved_search, stop_url):
    client.get(stop_url)
    assert client.get(stop_url).status_code == 200
    assert not is_active(saved_search)


@pytest.mark.parametrize(
    "change", [lambda t: t[:-2] + "xx", lambda t: "x" + t, lambda t: "nonsense"]
)
def test_a_tampered_token_is_refused_and_changes_nothing(client, saved_search, change):
    token = change(mail.stop_token_for_saved_search(saved_search_id=saved_search.pk))
    response = client.get(reverse("alerts:alert_stop", args=[token]))
    assert response.status_code == 400 and "not valid" in response.content.decode()
    assert is_active(saved_search)


def test_a_token_signed_for_another_purpose_is_refused(client, saved_search):
    token = mail.confirm_token(organisation_id=saved_search.pk)
    assert client.get(reverse("alerts:alert_stop", args=[token])).status_code == 400
    assert is_active(saved_search)


def test_a_deleted_alert_is_not_found(client, saved_search, stop_url):
    SavedSearch.objects.all().delete()
    assert client.get(stop_url).status_code == 404


def test_a_deadline_reminder_link_stops_that_opportunitys_reminders_for_that_member(client, member):
    opportunity = OpportunityFactory()
    token = mail.stop_token_for_deadline_reminders(user_id=member.pk, opportunity_id=opportunity.pk)
    client.get(reverse("alerts:alert_stop", args=[token]))
    assert DeadlineReminderStop.objects.get().opportunity == opportunity
