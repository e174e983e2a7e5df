import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from organisations.imports import ImportFileError, organisations_import
from organisations.models import Capability, Organisation, Origin, PublicationStatus, Sector
from tests.factories import CapabilityFactory

HEADER = "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description"
BAYES = "gb-1,Bayes Ltd,,GB,sme,Leeds,https://bayes.example,smart-cities,digital-twins,,Twins"
HANBIT = "kr-1,Hanbit Co,한빛,kr,large_company,Seoul,,,,digital-twins,Builds cities"


def import_organisations(path, *args):
    call_command("import_organisations", str(path), *args)


@pytest.fixture
def lidar(sector):
    return CapabilityFactory(slug="lidar", name="Lidar", sector=sector)


def test_imports_every_row_published_with_its_tags(write_csv, capability):
    import_organisations(write_csv(HEADER, BAYES, HANBIT))
    bayes = Organisation.objects.get(external_id="gb-1")
    assert Organisation.objects.count() == 2
    assert (bayes.name, bayes.city, bayes.status) == ("Bayes Ltd", "Leeds", "published")
    assert bayes.origin == Origin.IMPORTED
    assert list(bayes.offers.all()) == [capability]
    assert Organisation.objects.get(external_id="kr-1").country.code == "KR"


def test_reimport_updates_rows_instead_of_duplicating_them(write_csv, capability, capsys):
    import_organisations(write_csv(HEADER, BAYES, HANBIT))
    before = Organisation.objects.get(external_id="gb-1").updated_at
    import_organisations(write_csv(HEADER, BAYES.replace("Bayes Ltd", "Bayes plc"), HANBIT))
    bayes = Organisation.objects.get(external_id="gb-1")
    assert Organisation.objects.count() == 2
    assert bayes.name == "Bayes plc"
    assert bayes.updated_at > before
    assert "0 created, 1 updated, 1 unchanged" in capsys.readouterr().out


def test_reimport_sets_tags_to_exactly_the_listed_ones(write_csv, capability, lidar):
    import_organisations(write_csv(HEADER, BAYES))
    import_organisations(write_csv(HEADER, BAYES.replace(",digital-twins,", ",lidar;lidar,")))
    assert list(Organisation.objects.get().offers.all()) == [lidar]


def test_one_bad_row_writes_nothing_and_lists_every_bad_row(write_csv, capability):
    bad_country = HANBIT.replace("kr-1", "kr-2").replace(",kr,", ",Korea,")
    bad_kind = BAYES.replace("gb-1", "gb-2").replace(",sme,", ",plc,")
    path = write_csv(HEADER, BAYES, bad_country, HANBIT, bad_kind)
    with pytest.raises(CommandError) as error:
        import_organisations(path)
    assert "line 3: country 'Korea' is not an ISO 3166 alpha-2" in str(error.value)
    assert "line 5: kind is 'plc'" in str(error.value)
    assert Organisation.objects.count() == 0


def test_line_numbers_count_physical_lines_of_multiline_fields(write_csv, capability):
    multiline = BAYES.replace(",Twins", ',"Twins\nand more"')
    bad = HANBIT.replace(",large_company,", ",giant,")
    with pytest.raises(CommandError, match="line 4: kind is 'giant'"):
        import_organisations(write_csv(HEADER, multiline, bad))


def test_empty_and_repeated_external_ids_are_refused(write_csv, capability):
    path = write_csv(HEADER, BAYES, BAYES, HANBIT.replace("kr-1", ""))
    with pytest.raises(CommandError) as error:
        import_organisations(path)
    assert "line 3: external_id 'gb-1' is repeated (first on line 2)" in str(error.value)
    assert "line 4: external_id is empty" in str(error.value)


def test_unknown_capability_is_refused_without_create_missing_tags(write_csv, capability):
    path = write_csv(HEADER, BAYES.replace("digital-twins", "quantum-sensing"))
    with pytest.raises(CommandError, match="line 2: unknown capability in offers: quantum-sensing"):
        import_organisations(path)
    assert not Capability.objects.filter(slug="quantum-sensing").exists()


def test_an_unknown_sector_names_the_commands_option(write_csv, capability):
    path = write_csv(HEADER, BAYES.replace("smart-cities", "lidar"))
    with pytest.raises(CommandError) as error:
        import_organisations(path)
    assert "unknown sector: lidar (to create the missing ones, add --create-missing-tags to" in (
        str(error.value)
    )
    assert "page" not in str(error.value)


def test_create_missing_tags_puts_a_new_capability_under_its_rows_sector(write_csv, db):
    import_organisations(write_csv(HEADER, BAYES), "--create-missing-tags")
    twins = Capability.objects.get(slug="digital-twins")
    assert (twins.name, twins.sector.slug) == ("Digital twins", "smart-cities")
    assert Sector.objects.get(slug="smart-cities").name == "Smart cities"
    assert list(Organisation.objects.get().offers.all()) == [twins]


def test_a_new_capability_whose_rows_name_no_sector_is_uncategorised(write_csv, db):
    result = organisations_import(path=write_csv(HEADER, HANBIT), create_missing_tags=True)
    twins = Capability.objects.get(slug="digital-twins")
    assert twins.sector.slug == "uncategorised"
    assert result.uncategorised_capabilities == ["digital-twins"]


def test_status_column_imports_drafts(write_csv, capability):
    import_organisations(write_csv(f"{HEADER},status", f"{BAYES},draft", f"{HANBIT},"))
    statuses = dict(Organisation.objects.values_list("external_id", "status"))
    assert statuses == {"gb-1": PublicationStatus.DRAFT, "kr-1": PublicationStatus.PUBLISHED}


def test_status_column_refuses_other_statuses(write_csv, capability):
    with pytest.raises(CommandError, match="line 2: status is 'rejected'"):
        import_organisations(write_csv(f"{HEADER},status", f"{BAYES},rejected"))


def test_utf8_bom_is_accepted(write_csv, capability):
    import_organisations(write_csv(HEADER, HANBIT, encoding="utf-8-sig"))
    assert Organisation.objects.get().name_ko == "한빛"


def test_non_utf8_file_is_refused(write_csv, capability):
    with pytest.raises(CommandError, match="line 3: not UTF-8"):
        import_organisations(write_csv(HEADER, BAYES, HANBIT, encoding="cp949"))
    assert Organisation.objects.count() == 0


def test_bad_header_names_missing_and_unknown_columns(write_csv, db):
    path = write_csv(HEADER.replace("name_ko", "korean_name"), BAYES)
    with pytest.raises(CommandError, match="missing column: name_ko; unknown column: korean_name"):
        import_organisations(path)


def test_missing_file_is_refused(tmp_path, db):
    with pytest.raises(CommandError, match="no such file"):
        import_organisations(tmp_path / "absent.csv")


def test_a_nul_character_is_a_bad_row_and_nothing_is_written(write_csv, capability):
    path = write_csv(HEADER, BAYES, HANBIT.replace("Builds", "Bu\x00ilds"))
    with pytest.raises(CommandError, match="line 3: NUL character in description"):
        import_organisations(path)
    assert Organisation.objects.count() == 0


def test_a_description_over_5000_characters_is_a_bad_row(write_csv, capability):
    path = write_csv(HEADER, BAYES.replace(",Twins", f",{'x' * 5001}"))
    with pytest.raises(CommandError, match="line 2: description is longer than 5000 characters"):
        import_organisations(path)
    assert Organisation.objects.count() == 0


def test_a_one_megabyte_description_is_a_bad_row(write_csv, capability):
    path = write_csv(HEADER, HANBIT, BAYES.replace(",Twins", f",{'x' * 1_000_000}"))
    with pytest.raises(CommandError, match="line 3: a field is longer than"):
        import_organisations(path)
    assert Organisation.objects.count() == 0


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(write_csv, capability):
    organisations_import(path=write_csv(HEADER, BAYES))
    path = write_csv(HEADER, BAYES.replace("Leeds", "York"), HANBIT.replace("digital", "new"))
    result = organisations_import(path=path, create_missing_tags=True, dry_run=True)
    assert [(row.line, row.external_id, row.action) for row in result.rows] == [
        (2, "gb-1", "updated"),
        (3, "kr-1", "created"),
    ]
    assert (result.created, result.updated, result.created_capabilities) == (1, 1, ["new-twins"])
    assert list(Organisation.objects.values_list("city", flat=True)) == ["Leeds"]
    assert not Capability.objects.filter(slug="new-twins").exists()


def test_a_name_with_an_invisible_character_is_a_bad_row(write_csv, capability):
    path = write_csv(HEADER, BAYES.replace("Bayes Ltd", "Bayes\u200bLtd"), HANBIT)
    with pytest.raises(CommandError) as error:
        import_organisations(path)
    assert "line 2: name: Remove the invisible formatting characters (U+200B)" in str(error.value)
    assert not Organisation.objects.exists()


def test_the_optional_korean_description_column_is_imported(write_csv, capability):
    import_organisations(write_csv(HEADER + ",description_ko", HANBIT + ",도시를 짓습니다"))
    assert Organisation.objects.get().description_ko == "도시를 짓습니다"


def test_a_file_without_the_korean_description_keeps_the_one_stored(write_csv, capability):
    import_organisations(write_csv(HEADER + ",description_ko", HANBIT + ",도시를 짓습니다"))
    import_organisations(write_csv(HEADER, HANBIT.replace("Builds cities", "Builds ports")))
    hanbit = Organisation.objects.get()
    assert (hanbit.description, hanbit.description_ko) == ("Builds ports", "도시를 짓습니다")


def test_the_optional_korean_city_column_is_imported_and_kept_by_a_file_without_it(
    write_csv, capability
):
    import_organisations(write_csv(HEADER + ",city_ko", HANBIT + ",서울"))
    import_organisations(write_csv(HEADER, HANBIT))
    assert Organisation.objects.get().city_ko == "서울"


def test_a_too_long_korean_city_writes_nothing_and_names_its_line(write_csv, capability):
    with pytest.raises(CommandError, match="line 2: city_ko is longer than 120"):
        import_organisations(write_csv(HEADER + ",city_ko", HANBIT + f",{'서' * 121}"))
    assert Organisation.objects.count() == 0


def test_a_bad_row_with_korean_text_writes_nothing_and_names_its_line(write_csv, capability):
    too_long = "가" * 5001
    path = write_csv(
        HEADER + ",description_ko", HANBIT + ",도시", BAYES.replace("gb-1", "gb-2") + f",{too_long}"
    )
    with pytest.raises(CommandError, match="line 3: description_ko is longer than 5000"):
        import_organisations(path)
    assert Organisation.objects.count() == 0


def test_the_command_refuses_in_english_even_when_korean_is_active(write_csv, capability):
    bad = HANBIT.replace(",kr,", ",Korea,")
    with translation.override("ko"), pytest.raises(CommandError) as error:
        import_organisations(write_csv(HEADER, BAYES, bad))
    assert "import.csv: 1 bad row; nothing was imported." in str(error.value)
    assert "line 3: country 'Korea' is not an ISO 3166 alpha-2" in str(error.value)


def test_the_command_reports_in_english_even_when_korean_is_active(write_csv, capability, capsys):
    with translation.override("ko"):
        import_organisations(write_csv(HEADER, BAYES))
        assert translation.get_language() == "ko"
    assert "1 created, 0 updated, 0 unchanged" in capsys.readouterr().out


def test_an_unknown_capability_is_reported_in_korean_to_a_korean_reader(write_csv, capability):
    path = write_csv(HEADER, BAYES.replace("digital-twins", "quantum-sensing"))
    with translation.override("ko"), pytest.raises(ImportFileError) as raised:
        organisations_import(path=path)
    reason = raised.value.row_errors[0].reasons[0]
    assert reason.startswith("offers 열의 알 수 없는 역량: quantum-sensing (")


def test_the_command_help_names_the_korean_and_ignored_columns():
    from organisations.management.commands.import_organisations import Command

    for column in ("description_ko", "city_ko", "status", "verified", "updated_at"):
        assert column in Command.help
