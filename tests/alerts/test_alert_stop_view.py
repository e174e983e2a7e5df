import pytest
from django.test import Client
from django.urls import reverse

from alerts import mail
from alerts.models import DeadlineReminderStop, SavedSearch
from tests.factories import OpportunityFactory, SavedSearchFactory

ONE_CLICK = {"List-Unsubscribe": "One-Click"}


@pytest.fixture
def token(saved_search):
    return mail.stop_token_for_saved_search(saved_search_id=saved_search.pk)


@pytest.fixture
def stop_url(token):
    return reverse("alerts:alert_stop", args=[token])


@pytest.fixture
def browser():
    """A browser with no session that enforces CSRF, as a real one would."""
    return Client(enforce_csrf_checks=True)


def is_active(saved_search) -> bool:
    saved_search.refresh_from_db()
    return saved_search.active


def test_opening_the_link_stops_nothing_so_a_mail_scanner_cannot(client, saved_search, stop_url):
    response = client.get(stop_url)
    assert response.status_code == 200 and is_active(saved_search)


def test_opening_the_link_shows_a_button_that_posts_back_to_it(client, saved_search, stop_url):
    page = client.get(stop_url).content.decode()
    assert "Stop mail for your saved search" in page
    assert f'<form method="post" action="{stop_url}">' in page


def test_the_pages_button_stops_it_and_offers_to_resume(browser, saved_search, token, stop_url):
    response = browser.post(stop_url)
    assert response.status_code == 200 and not is_active(saved_search)
    assert "no more mail for your saved search" in response.content.decode()
    assert reverse("alerts:alert_resume", args=[token]) in response.content.decode()


def test_the_mail_programs_one_click_post_needs_no_session_or_csrf(browser, saved_search, stop_url):
    response = browser.post(stop_url, ONE_CLICK)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert not is_active(saved_search)


def test_opening_the_link_of_a_stopped_alert_says_so_and_offers_to_resume(
    client, saved_search, token, stop_url
):
    client.post(stop_url)
    page = client.get(stop_url).content.decode()
    assert "Already stopped" in page and reverse("alerts:alert_resume", args=[token]) in page


def test_stopping_twice_is_harmless(client, saved_search, stop_url):
    client.post(stop_url)
    assert client.post(stop_url).status_code == 200
    assert not is_active(saved_search)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(
    "change", [lambda t: t[:-2] + "xx", lambda t: "x" + t, lambda t: "nonsense"]
)
def test_a_tampered_token_is_refused_and_changes_nothing(client, saved_search, change, method):
    token = change(mail.stop_token_for_saved_search(saved_search_id=saved_search.pk))
    response = getattr(client, method)(reverse("alerts:alert_stop", args=[token]))
    assert response.status_code == 400 and "not valid" in response.content.decode()
    assert is_active(saved_search)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_token_signed_for_another_purpose_is_refused(client, saved_search, method):
    token = mail.confirm_token(organisation_id=saved_search.pk)
    response = getattr(client, method)(reverse("alerts:alert_stop", args=[token]), ONE_CLICK)
    assert response.status_code == 400 and is_active(saved_search)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_deleted_alert_is_not_found(client, saved_search, stop_url, method):
    SavedSearch.objects.all().delete()
    assert getattr(client, method)(stop_url).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
def test_there_is_no_stop_link_without_a_token(client, saved_search, token, stop_url, method):
    response = getattr(client, method)(stop_url.replace(f"{token}/", ""), ONE_CLICK)
    assert response.status_code == 404 and is_active(saved_search)


def test_a_link_stops_only_the_alert_it_names(client, saved_search, member, stop_url):
    other = SavedSearchFactory(user=member, query="country=GB")
    client.post(stop_url)
    assert not is_active(saved_search) and is_active(other)


@pytest.mark.parametrize("who", ["anonymous", "member", "other_member", "staff"])
def test_the_token_is_the_proof_whoever_opens_it(login_as, saved_search, stop_url, who):
    client = login_as(who)
    assert "your saved search" in client.get(stop_url).content.decode()
    assert client.post(stop_url).status_code == 200 and not is_active(saved_search)


@pytest.fixture
def deadline_url(member):
    opportunity = OpportunityFactory(title="Port pilot")
    token = mail.stop_token_for_deadline_reminders(user_id=member.pk, opportunity_id=opportunity.pk)
    return reverse("alerts:alert_stop", args=[token])


def test_opening_a_deadline_reminder_link_stops_nothing(client, deadline_url):
    assert "deadline reminders for Port pilot" in client.get(deadline_url).content.decode()
    assert not DeadlineReminderStop.objects.exists()


def test_a_deadline_reminder_link_stops_that_opportunitys_reminders_for_that_member(
    client, member, deadline_url
):
    client.post(deadline_url)
    stop = DeadlineReminderStop.objects.get()
    assert (stop.user, stop.opportunity.title) == (member, "Port pilot")


def test_the_korean_page_uses_the_particle_that_fits_mail(client, saved_search, stop_url):
    page = client.get("/ko" + stop_url).text
    assert "에 대한 메일을 중지하시겠습니까?" in page and "을(를)" not in page
