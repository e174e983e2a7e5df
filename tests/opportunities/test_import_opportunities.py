import datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from opportunities.models import Opportunity, OpportunityStatus
from organisations.models import Capability, Origin
from tests.factories import OrganisationFactory

HEADER = (
    "external_id,title,kind,hosts,country,city,sectors,required_capabilities,"
    "budget_amount,budget_currency,opens_on,deadline,source_url,description"
)
CALL = (
    "kr-call-1,Twin cities call,rd_call,kr-host,KR,Seoul,smart-cities,digital-twins,"
    "500000000,KRW,2025-01-10,2025-03-31,https://calls.example/1,Joint R&D"
)
OPEN_TO_ALL = "fair-1,Expo,event,,,,,,,,,,,A fair"
BAD_ROWS = [
    CALL.replace("kr-call-1", "a").replace("2025-03-31", "2024-12-31"),
    CALL.replace("kr-call-1", "b").replace("500000000", "-5"),
    CALL.replace("kr-call-1", "c").replace(",KRW,", ",,"),
    CALL.replace("kr-call-1", "d").replace("kr-host", "kr-ghost"),
]


def import_opportunities(path, *args):
    call_command("import_opportunities", str(path), *args)


@pytest.fixture
def host(db):
    return OrganisationFactory(name="Seoul Host", country="KR", external_id="kr-host")


def test_imports_opportunities_with_hosts_tags_budget_and_dates(write_csv, host, capability):
    import_opportunities(write_csv(HEADER, CALL, OPEN_TO_ALL))
    call = Opportunity.objects.get(external_id="kr-call-1")
    assert (call.budget_amount, call.budget_currency) == (Decimal("500000000"), "KRW")
    assert call.deadline == datetime.date(2025, 3, 31)
    assert list(call.hosts.all()) == [host]
    assert list(call.required_capabilities.all()) == [capability]
    assert (call.status, call.origin) == (OpportunityStatus.PUBLISHED, Origin.IMPORTED)
    assert Opportunity.objects.get(external_id="fair-1").country == ""


def test_reimport_updates_instead_of_duplicating(write_csv, host, capability):
    import_opportunities(write_csv(HEADER, CALL, OPEN_TO_ALL))
    import_opportunities(write_csv(HEADER, CALL.replace("kr-host", "").replace("KRW", "GBP")))
    call = Opportunity.objects.get(external_id="kr-call-1")
    assert Opportunity.objects.count() == 2
    assert call.budget_currency == "GBP"
    assert not call.hosts.exists()


def test_bad_rows_write_nothing_and_are_all_listed(write_csv, host, capability):
    with pytest.raises(CommandError) as error:
        import_opportunities(write_csv(HEADER, CALL, *BAD_ROWS))
    assert "line 3: deadline 2024-12-31 is before opens_on 2025-01-10" in str(error.value)
    assert "line 4: budget_amount -5 is negative" in str(error.value)
    assert "line 5: budget_amount is given without a budget_currency" in str(error.value)
    assert "line 6: unknown host organisations: kr-ghost" in str(error.value)
    assert Opportunity.objects.count() == 0


def test_non_numeric_budget_and_bad_date_are_refused(write_csv, host, capability):
    bad = CALL.replace("500000000", "lots").replace("2025-01-10", "10/01/2025")
    with pytest.raises(CommandError) as error:
        import_opportunities(write_csv(HEADER, bad))
    assert "budget_amount 'lots' is not a number" in str(error.value)
    assert "opens_on '10/01/2025' is not a date in the form YYYY-MM-DD" in str(error.value)


def test_hosts_may_be_organisations_imported_earlier(write_csv, capability):
    organisations = write_csv(
        "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description",
        "kr-host,Seoul Host,,KR,government_body,,,,,,",
        name="organisations.csv",
    )
    call_command("import_organisations", str(organisations))
    import_opportunities(write_csv(HEADER, CALL))
    assert Opportunity.objects.get().hosts.get().name == "Seoul Host"


def test_create_missing_tags_creates_required_capabilities(write_csv, host, sector):
    import_opportunities(write_csv(HEADER, CALL), "--create-missing-tags")
    twins = Capability.objects.get(slug="digital-twins")
    assert twins.sector.slug == "smart-cities"  # the sector its row names
    assert list(Opportunity.objects.get().required_capabilities.all()) == [twins]


def test_status_column_imports_drafts(write_csv, host, capability):
    import_opportunities(write_csv(f"{HEADER},status", f"{CALL},draft"))
    assert Opportunity.objects.get().status == OpportunityStatus.DRAFT


def test_utf8_bom_is_accepted(write_csv, host, capability):
    import_opportunities(write_csv(HEADER, CALL, encoding="utf-8-sig"))
    assert Opportunity.objects.get().title == "Twin cities call"


def test_bad_header_names_the_missing_column(write_csv, db):
    with pytest.raises(CommandError, match="missing column: deadline"):
        import_opportunities(write_csv(HEADER.replace(",deadline", ""), OPEN_TO_ALL))


KOREAN_HEADER = HEADER + ",title_ko,summary_ko,description_ko"
KOREAN_CALL = CALL + ",쌍둥이 도시 공모,항만 도시 공동 연구,한영 공동 연구개발(R&D) 과제"


def test_the_optional_korean_columns_are_imported(write_csv, host, capability):
    import_opportunities(write_csv(KOREAN_HEADER, KOREAN_CALL))
    call = Opportunity.objects.get()
    assert (call.title_ko, call.summary_ko, call.description_ko) == (
        "쌍둥이 도시 공모",
        "항만 도시 공동 연구",
        "한영 공동 연구개발(R&D) 과제",
    )


def test_a_file_without_the_korean_columns_keeps_the_korean_text(write_csv, host, capability):
    import_opportunities(write_csv(KOREAN_HEADER, KOREAN_CALL))
    import_opportunities(write_csv(HEADER, CALL.replace("Twin cities call", "Twin ports call")))
    call = Opportunity.objects.get()
    assert (call.title, call.title_ko) == ("Twin ports call", "쌍둥이 도시 공모")


def test_a_too_long_korean_summary_writes_nothing_and_names_its_line(write_csv, host, capability):
    other = KOREAN_CALL.replace("kr-call-1", "kr-call-2").replace("항만 도시 공동 연구", "가" * 501)
    with pytest.raises(CommandError, match="line 3: summary_ko is longer than 500"):
        import_opportunities(write_csv(KOREAN_HEADER, KOREAN_CALL, other))
    assert Opportunity.objects.count() == 0


def test_the_optional_korean_city_column_is_imported_and_kept_by_a_file_without_it(
    write_csv, host, capability
):
    import_opportunities(write_csv(f"{HEADER},city_ko", f"{CALL},서울"))
    import_opportunities(write_csv(HEADER, CALL))
    assert Opportunity.objects.get().city_ko == "서울"


def test_a_too_long_korean_city_writes_nothing_and_names_its_line(write_csv, host, capability):
    with pytest.raises(CommandError, match="line 2: city_ko is longer than 120"):
        import_opportunities(write_csv(f"{HEADER},city_ko", f"{CALL},{'서' * 121}"))
    assert Opportunity.objects.count() == 0


def test_the_command_lists_bad_rows_in_english_even_when_korean_is_active(
    write_csv, host, capability
):
    with translation.override("ko"), pytest.raises(CommandError) as error:
        import_opportunities(write_csv(HEADER, CALL, *BAD_ROWS))
    assert "line 3: deadline 2024-12-31 is before opens_on 2025-01-10" in str(error.value)
    assert "line 5: budget_amount is given without a budget_currency" in str(error.value)


def test_the_command_help_names_the_korean_and_ignored_columns():
    from opportunities.management.commands.import_opportunities import Command

    for column in ("title_ko", "summary_ko", "description_ko", "city_ko", "interested"):
        assert column in Command.help
