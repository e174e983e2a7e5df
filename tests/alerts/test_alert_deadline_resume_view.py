import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from alerts.models import DeadlineReminderStop
from opportunities.models import Opportunity
from tests.factories import DeadlineReminderStopFactory


@pytest.fixture
def stop(member):
    return DeadlineReminderStopFactory(user=member)


def resume(client, stop):
    url = reverse("alerts:alert_deadline_resume", args=[stop.opportunity.pk])
    return client.post(url)


def test_anonymous_visitors_are_sent_to_log_in(client, stop):
    assert resume(client, stop).url.startswith(reverse("account_login"))
    assert DeadlineReminderStop.objects.exists()


def test_the_member_resumes_their_reminders(login_as, stop):
    assert resume(login_as("member"), stop).url == reverse("alerts:alert_list")
    assert not DeadlineReminderStop.objects.exists()


@pytest.mark.parametrize("role", ["other_member", "staff"])
def test_nobody_else_can_resume_them(login_as, stop, role):
    assert resume(login_as(role), stop).status_code == 404
    assert DeadlineReminderStop.objects.exists()


def test_a_korean_reader_is_told_with_the_korean_title(login_as, stop):
    Opportunity.objects.filter(pk=stop.opportunity.pk).update(title_ko="항만 공모")
    with translation.override("ko"):
        response = resume(login_as("member"), stop)
    [message] = get_messages(response.wsgi_request)
    assert "항만 공모" in str(message)
