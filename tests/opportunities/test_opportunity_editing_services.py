import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from opportunities.models import Opportunity, OpportunityStatus
from opportunities.services import opportunity_create, opportunity_update

VALUES = {"title": "Sejong pilot", "kind": "testbed", "country": "KR"}


def test_create_makes_a_draft_with_its_links(organisation, capability):
    opportunity = opportunity_create(
        values={**VALUES, "hosts": [organisation], "required_capabilities": [capability]}
    )
    assert opportunity.status == OpportunityStatus.DRAFT
    assert list(opportunity.hosts.all()) == [organisation]
    assert list(opportunity.required_capabilities.all()) == [capability]


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"eligible_kinds": ["alien"]}, "organisation kinds"),
        (
            {"opens_on": datetime.date(2030, 2, 1), "deadline": datetime.date(2030, 1, 1)},
            "cannot be before the opening date",
        ),
        ({"status": "published"}, "no editable field status"),
    ],
)
def test_create_refuses_bad_values_and_writes_nothing(db, extra, message):
    with pytest.raises(ValidationError, match=message):
        opportunity_create(values={**VALUES, **extra})
    assert not Opportunity.objects.exists()


def test_update_keeps_the_status_and_bumps_updated_at(digital_twin_challenge):
    before = digital_twin_challenge.updated_at
    opportunity_update(opportunity=digital_twin_challenge, values={"title": "Renamed"})
    digital_twin_challenge.refresh_from_db()
    assert digital_twin_challenge.title == "Renamed"
    assert digital_twin_challenge.status == OpportunityStatus.PUBLISHED
    assert digital_twin_challenge.updated_at > before


def test_update_refuses_a_negative_budget_and_changes_nothing(digital_twin_challenge):
    with pytest.raises(ValidationError):
        opportunity_update(
            opportunity=digital_twin_challenge, values={"budget_amount": -5, "title": "X"}
        )
    assert Opportunity.objects.get(pk=digital_twin_challenge.pk).title == "Digital twin challenge"


def test_the_database_rules_are_worded_for_people_in_their_language(digital_twin_challenge):
    with translation.override("ko"), pytest.raises(ValidationError) as refused:
        opportunity_update(opportunity=digital_twin_challenge, values={"budget_amount": -5})
    assert refused.value.messages == ["예산은 음수일 수 없습니다."]
