import statistics
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone

from opportunities.models import Opportunity
from organisations.models import Capability, Organisation, Origin, Project, Sector


def generate(*args: str, organisations: int = 400, opportunities: int = 60) -> str:
    output = StringIO()
    counts = ["--organisations", str(organisations), "--opportunities", str(opportunities)]
    call_command("generate_synthetic", *counts, *args, stdout=output)
    return output.getvalue()


def snapshot() -> list:
    organisations = [
        (o.external_id, o.name, o.country.code, o.description, [c.slug for c in o.offers.all()])
        for o in Organisation.objects.order_by("external_id").prefetch_related("offers")
    ]
    opportunities = Opportunity.objects.order_by("external_id", "hosts__external_id").values_list(
        "external_id", "title", "deadline", "eligible_kinds", "hosts__external_id"
    )
    projects = Project.objects.order_by("external_id", "participations__organisation__external_id")
    participants = projects.values_list("external_id", "participations__organisation__external_id")
    return [organisations, list(opportunities), list(participants)]


@pytest.fixture
def generated(db):
    return generate("--seed", "7")


def test_prints_counts_and_time(generated):
    assert "400 organisations" in generated
    assert "60 opportunities" in generated
    assert " s." in generated


def test_creates_the_requested_numbers(generated):
    assert Organisation.objects.count() == 400
    assert Opportunity.objects.count() == 60
    assert Project.objects.count() == 100
    assert (Sector.objects.count(), Capability.objects.count()) == (20, 300)


def test_same_seed_gives_the_same_data(generated):
    first = snapshot()
    generate("--seed", "7", "--clear")
    assert snapshot() == first


def test_another_seed_gives_other_data(generated):
    first = snapshot()
    generate("--seed", "8", "--clear")
    assert snapshot() != first


def test_capability_popularity_is_skewed(generated):
    uses = list(
        Capability.objects.annotate(uses=Count("offered_by")).values_list("uses", flat=True)
    )
    assert max(uses) > 5 * statistics.median(uses)


def test_organisations_have_realistic_numbers_of_tags(generated):
    counts = Organisation.objects.annotate(
        sector_count=Count("sectors", distinct=True), offer_count=Count("offers", distinct=True)
    )
    assert all(1 <= o.sector_count <= 3 and 2 <= o.offer_count <= 8 for o in counts)
    assert set(Organisation.objects.values_list("country", flat=True)) >= {"GB", "KR"}


def test_deadlines_are_spread_around_today(generated):
    today = timezone.localdate()
    assert Opportunity.objects.closed(today=today).exists()
    assert Opportunity.objects.filter(deadline__isnull=True).exists()
    assert Opportunity.objects.open(today=today).count() > Opportunity.objects.closed().count()


def test_everything_is_marked_synthetic(generated):
    assert set(Organisation.objects.values_list("origin", flat=True)) == {Origin.SYNTHETIC}
    assert set(Opportunity.objects.values_list("origin", flat=True)) == {Origin.SYNTHETIC}
    assert not Organisation.objects.exclude(external_id__startswith="syn-org-").exists()
    assert not Project.objects.exclude(external_id__startswith="syn-proj-").exists()
    assert not Capability.objects.exclude(slug__startswith="syn-").exists()


def test_refuses_to_add_to_existing_synthetic_data(generated):
    with pytest.raises(CommandError, match="already exists.*--clear"):
        generate("--seed", "8")
    assert Organisation.objects.count() == 400


def test_clear_removes_only_synthetic_data(generated, organisation, capability):
    generate("--clear", organisations=10, opportunities=0)
    assert Organisation.objects.filter(origin=Origin.SYNTHETIC).count() == 10
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    assert Capability.objects.filter(pk=capability.pk).exists()
    assert not Opportunity.objects.exists()
