import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts.models import AlertDelivery
from organisations.models import Organisation
from tests.factories import OpportunityFactory, OpportunityInterestFactory, OrganisationFactory


@pytest.fixture
def everything_due(saved_search, publish_after, organisation, member):
    """One mail of each kind due for `member`, owner of `organisation`."""
    publish_after(OrganisationFactory, country="KR", name="New Korean Co")
    deadline = timezone.localdate() + datetime.timedelta(days=10)
    opportunity = OpportunityFactory(deadline=deadline, opens_on=None)
    OpportunityInterestFactory(opportunity=opportunity, organisation=organisation)
    Organisation.objects.filter(pk=organisation.pk).update(
        profile_confirmed_at=timezone.now() - datetime.timedelta(days=400)
    )


def run(*args) -> str:
    output = StringIO()
    call_command("send_alerts", *args, stdout=output)
    return output.getvalue()


def test_running_it_twice_mails_each_alert_once(everything_due, mailoutbox):
    run()
    run()
    assert len(mailoutbox) == 3
    assert len({message.subject for message in mailoutbox}) == 3


def test_prints_what_it_sent_per_kind(everything_due):
    assert run().splitlines() == [
        "Sent: 1 new for a saved search, 1 deadline in two weeks, 0 deadline in three days, "
        "1 profile to confirm.",
        "Lapsed: 0 profiles.",
    ]


def test_a_dry_run_lists_the_mails_and_sends_and_writes_nothing(everything_due, mailoutbox):
    output = run("--dry-run")
    assert "would send saved_search to" in output and "Would send: 1 new for" in output
    assert mailoutbox == [] and not AlertDelivery.objects.exists()
