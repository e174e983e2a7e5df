from tests.factories import MembershipFactory, OrganisationFactory
from tooling.benchmark.lists import list_page_timings, list_timings_table


def test_times_each_list_against_the_login_page(db, sector):
    OrganisationFactory(sectors=[sector])
    rows = list_page_timings(repeat=1, warmup=0, host="testserver")
    assert rows[0].ratio == 1.0 and all(row.status == 200 for row in rows)
    assert [row.path for row in rows[1:4]] == [
        "/organisations/", "/organisations/?sector=smart-cities", "/organisations/?page=1"
    ]  # fmt: skip


def test_a_member_adds_the_dashboard(db):
    member = MembershipFactory().user
    rows = list_page_timings(repeat=1, warmup=0, member=member, host="testserver")
    assert rows[-1].path == "/dashboard/" and rows[-1].status == 200


def test_the_table_marks_each_row_against_the_target(db):
    table = list_timings_table(list_page_timings(repeat=1, warmup=0, host="testserver"))
    assert "| /api/organisations/ |" in table
