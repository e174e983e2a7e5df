from django.utils import timezone

from matchmaking.index_store import organisation_records_read
from organisations.models import Organisation
from tests.factories import OrganisationFactory


def test_store_suggests_exactly_the_published_and_current_organisations(db):
    OrganisationFactory(status="published", lapsed_at=timezone.now())
    OrganisationFactory(status="draft")
    OrganisationFactory(status="published")
    records, _ = organisation_records_read()
    suggested = {pk for pk, flag in zip(records.ids, records.published, strict=True) if flag}
    current = set(Organisation.objects.published_and_current().values_list("pk", flat=True))
    assert len(records) == 3
    assert suggested == current
    assert len(current) == 1
