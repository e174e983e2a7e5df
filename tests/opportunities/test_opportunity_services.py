import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from opportunities.models import Opportunity, OpportunityStatus
from opportunities.services import opportunity_archive, opportunity_publish
from tests.factories import OpportunityFactory

DRAFT = OpportunityStatus.DRAFT
PUBLISHED = OpportunityStatus.PUBLISHED
ARCHIVED = OpportunityStatus.ARCHIVED


@pytest.mark.parametrize("status", [DRAFT, ARCHIVED])
def test_publish_makes_drafts_and_archived_public(db, status):
    opportunity = OpportunityFactory(status=status)
    opportunity_publish(opportunity=opportunity)
    assert Opportunity.objects.get(pk=opportunity.pk).status == PUBLISHED
    assert opportunity.status == PUBLISHED


def test_publish_refuses_what_is_already_published(db):
    opportunity = OpportunityFactory(status=PUBLISHED)
    with pytest.raises(ValidationError, match="Cannot publish"):
        opportunity_publish(opportunity=opportunity)


def test_a_refusal_is_worded_in_the_language_it_is_read_in(db):
    opportunity = OpportunityFactory(title="Busan testbed", status=ARCHIVED)
    with pytest.raises(ValidationError) as refused:
        opportunity_archive(opportunity=opportunity)
    with translation.override("ko"):
        assert refused.value.messages[0].startswith(
            "“Busan testbed” 사업 기회를 보관 처리할 수 없습니다. 현재 상태: 보관됨."
        )


def test_archive_retires_a_published_opportunity(db):
    opportunity = OpportunityFactory(status=PUBLISHED)
    opportunity_archive(opportunity=opportunity)
    assert Opportunity.objects.get(pk=opportunity.pk).status == ARCHIVED


@pytest.mark.parametrize("status", [DRAFT, ARCHIVED])
def test_archive_refuses_drafts_and_archived(db, status):
    opportunity = OpportunityFactory(status=status)
    with pytest.raises(ValidationError, match="Cannot archive"):
        opportunity_archive(opportunity=opportunity)
    assert Opportunity.objects.get(pk=opportunity.pk).status == status


def test_publish_saves_updated_at_for_the_matching_engine(db):
    opportunity = OpportunityFactory(status=DRAFT)
    long_ago = timezone.now() - datetime.timedelta(days=365)
    Opportunity.objects.filter(pk=opportunity.pk).update(updated_at=long_ago)
    opportunity_publish(opportunity=opportunity)
    assert Opportunity.objects.get(pk=opportunity.pk).updated_at > long_ago
