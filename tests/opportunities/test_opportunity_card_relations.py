from django.db import connection
from django.test.utils import CaptureQueriesContext

from opportunities import selectors
from tests.factories import OpportunityFactory, OrganisationFactory, SectorFactory


def test_sectors_and_published_hosts_by_name_in_one_query(db):
    sectors = [SectorFactory(name="Zinc", name_ko=""), SectorFactory(name="Aero", name_ko="항공")]
    hosts = [OrganisationFactory(name="Beta"), OrganisationFactory(name="Alpha")]
    hosts.append(OrganisationFactory(name="Draft", status="draft"))
    opportunity = OpportunityFactory(sectors=sectors, hosts=hosts)
    with CaptureQueriesContext(connection) as queries:
        selectors.opportunity_card_relations_set(opportunities=[opportunity])
    assert len(queries) == 1
    assert [(s.name, s.name_ko) for s in opportunity.card_sectors] == [
        ("Aero", "항공"),
        ("Zinc", ""),
    ]
    assert [host.name for host in opportunity.public_hosts] == ["Alpha", "Beta"]


def test_no_opportunities_no_query(db):
    with CaptureQueriesContext(connection) as queries:
        selectors.opportunity_card_relations_set(opportunities=[])
    assert len(queries) == 0
