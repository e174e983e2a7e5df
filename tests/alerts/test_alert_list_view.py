import datetime

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import DeadlineReminderStopFactory, SavedSearchFactory

URL = reverse("alerts:alert_list")


def test_anonymous_visitors_are_sent_to_log_in(client):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_lists_the_members_own_saved_searches(login_as, saved_search, other_member):
    SavedSearchFactory(user=other_member, name="Someone else’s search")
    response = login_as("member").get(URL)
    assert list(response.context["saved_searches"]) == [saved_search]
    assert "Someone else’s search" not in response.content.decode()


def test_staff_see_only_their_own(login_as, saved_search):
    assert login_as("staff").get(URL).context["saved_searches"] == []


def test_lists_the_stopped_deadline_reminders_with_a_resume_button(login_as, member):
    stop = DeadlineReminderStopFactory(user=member, opportunity__title="Port call")
    page = login_as("member").get(URL).content.decode()
    assert "Port call" in page
    assert reverse("alerts:alert_deadline_resume", args=[stop.opportunity.pk]) in page


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_alerts(login_as, member):
    client = login_as("member")
    SavedSearchFactory(user=member)
    DeadlineReminderStopFactory(user=member)
    few = count_queries(client)
    for kind in ("sme", "startup", "university", "other", "consortium"):
        SavedSearchFactory(user=member, query=f"kind={kind}")
    DeadlineReminderStopFactory.create_batch(5, user=member)
    assert count_queries(client) == few


def test_the_time_last_mailed_names_its_zone(login_as, saved_search):
    saved_search.last_sent_at = datetime.datetime(2026, 1, 15, 6, 45, tzinfo=datetime.UTC)
    saved_search.save()
    assert "last mailed 15 Jan 2026, 06:45 GMT" in login_as("member").get(URL).text


def test_delete_leads_to_a_confirm_page_rather_than_deleting_at_once(login_as, saved_search):
    page = login_as("member").get(URL).text
    delete_url = reverse("alerts:alert_search_delete", args=[saved_search.pk])
    assert f'<a href="{delete_url}" class="button button--quiet">' in page
    assert f'action="{delete_url}"' not in page


def test_the_frequency_select_has_the_sites_select_styling():
    css = (settings.BASE_DIR / "static/css/app.css").read_text()
    assert ".answer-form select,\n.alert-actions select {" in css
