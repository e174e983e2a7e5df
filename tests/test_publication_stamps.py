"""published_at: set once, where organisations and opportunities first become published, so
alerts can tell what is new."""

from django.core.management import call_command

from opportunities.models import Opportunity
from opportunities.services import opportunity_archive, opportunity_publish
from organisations.models import Organisation
from organisations.services import organisation_publish, organisation_reject, organisation_submit
from tests.factories import OpportunityFactory, OrganisationFactory

ORGANISATIONS = (
    "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description,status"
)
OPPORTUNITIES = (
    "external_id,title,kind,hosts,country,city,sectors,required_capabilities,"
    "budget_amount,budget_currency,opens_on,deadline,source_url,description,status"
)


def test_publishing_an_organisation_stamps_it_once(db):
    organisation = organisation_publish(organisation=OrganisationFactory(status="submitted"))
    first = organisation.published_at
    organisation_reject(organisation=organisation, reason="Take it down for now.")
    organisation_submit(organisation=organisation)
    assert first is not None
    assert organisation_publish(organisation=organisation).published_at == first


def test_publishing_an_opportunity_stamps_it_once(db):
    opportunity = opportunity_publish(opportunity=OpportunityFactory(status="draft"))
    first = opportunity.published_at
    opportunity_archive(opportunity=opportunity)
    assert first is not None
    assert opportunity_publish(opportunity=opportunity).published_at == first


def test_imported_organisations_are_stamped_when_published_only(write_csv, db):
    path = write_csv(ORGANISATIONS, "a,Alpha,,GB,sme,,,,,,,published", "b,Beta,,GB,sme,,,,,,,draft")
    call_command("import_organisations", str(path))
    stamps = dict(Organisation.objects.values_list("external_id", "published_at"))
    assert stamps["a"] is not None and stamps["b"] is None


def test_importing_again_keeps_the_first_stamp(write_csv, db):
    call_command("import_organisations", str(write_csv(ORGANISATIONS, "a,Alpha,,GB,sme,,,,,,,")))
    first = Organisation.objects.get().published_at
    call_command(
        "import_organisations", str(write_csv(ORGANISATIONS, "a,Alpha plc,,GB,sme,,,,,,,"))
    )
    assert Organisation.objects.get().published_at == first


def test_imported_opportunities_are_stamped_when_published_only(write_csv, db):
    rows = ["c,Call,rd_call,,KR,,,,,,,,,,published", "d,Draft call,rd_call,,KR,,,,,,,,,,draft"]
    call_command("import_opportunities", str(write_csv(OPPORTUNITIES, *rows)))
    stamps = dict(Opportunity.objects.values_list("external_id", "published_at"))
    assert stamps["c"] is not None and stamps["d"] is None


def test_the_demo_stamps_what_it_publishes(demo_loaded):
    assert not Organisation.objects.published().filter(published_at__isnull=True).exists()
    assert not Opportunity.objects.published().filter(published_at__isnull=True).exists()
