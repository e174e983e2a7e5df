import pytest
from django.utils import translation

from common.csv_reader import (
    CsvRow,
    ImportFileError,
    RowCleaner,
    RowErrors,
    csv_rows_read,
    external_ids_check,
)


@pytest.fixture
def csv_file(tmp_path):
    def write(text: str, encoding: str = "utf-8"):
        path = tmp_path / "rows.csv"
        path.write_text(text, encoding=encoding)
        return path

    return write


def test_reads_rows_with_their_line_numbers_after_a_bom(csv_file):
    rows = csv_rows_read(path=csv_file("\ufeffA,b\n x ,y\n\n1,2\n"), columns=("a", "b"))
    assert [(row.line, row.values) for row in rows] == [
        (2, {"a": "x", "b": "y"}),
        (4, {"a": "1", "b": "2"}),
    ]


def test_refuses_a_header_missing_a_column(csv_file):
    with pytest.raises(ImportFileError, match="missing column: b"):
        csv_rows_read(path=csv_file("a\n1\n"), columns=("a", "b"))


def test_a_semicolon_separated_header_gets_only_the_hint(csv_file):
    with pytest.raises(ImportFileError) as raised:
        csv_rows_read(path=csv_file("a;b\n1;2\n"), columns=("a", "b"))
    message = raised.value.message
    assert "(columns must be separated by commas, not semicolons)" in message
    assert "missing" not in message and "unknown" not in message


def test_reports_every_row_with_the_wrong_number_of_fields(csv_file):
    with pytest.raises(ImportFileError) as raised:
        csv_rows_read(path=csv_file("a,b\n1\n2,3\n4,5,6\n"), columns=("a", "b"))
    assert [error.line for error in raised.value.row_errors] == [2, 4]


def test_a_nul_character_is_a_bad_row_with_its_line_number(csv_file):
    with pytest.raises(ImportFileError) as raised:
        csv_rows_read(path=csv_file("a,b\n1,2\n3,x\x00y\n"), columns=("a", "b"))
    assert [str(error) for error in raised.value.row_errors] == ["line 3: NUL character in b"]


def test_a_binary_file_is_refused_as_a_whole(csv_file):
    with pytest.raises(ImportFileError, match="line 1: .* binary file"):
        csv_rows_read(path=csv_file("PK\x03\x04\x00\x00a,b\n"), columns=("a", "b"))


def test_a_file_that_is_not_utf8_is_refused_with_its_line(csv_file):
    with pytest.raises(ImportFileError, match="line 2: not UTF-8"):
        csv_rows_read(path=csv_file("a,b\nCafé,1\n", encoding="latin-1"), columns=("a", "b"))


def test_an_over_long_field_is_a_bad_row(csv_file):
    with pytest.raises(ImportFileError) as raised:
        csv_rows_read(path=csv_file(f"a,b\n1,2\n3,{'x' * 1_000_000}\n"), columns=("a", "b"))
    assert raised.value.row_errors[0].line == 3
    assert "longer than 131,072 characters" in str(raised.value)


def test_an_over_large_file_is_refused_before_it_is_read(csv_file, monkeypatch):
    monkeypatch.setattr("common.csv_reader.MAX_FILE_BYTES", 10)
    with pytest.raises(ImportFileError, match="larger than"):
        csv_rows_read(path=csv_file("a,b\n1,2\n3,4\n"), columns=("a", "b"))


def test_uploaded_content_is_read_and_named_by_path(csv_file):
    rows = csv_rows_read(path="upload.csv", data=b"a,b\n1,2\n", columns=("a", "b"))
    assert [row.values for row in rows] == [{"a": "1", "b": "2"}]


def test_bad_rows_are_reported_in_korean_to_a_korean_reader(csv_file):
    with translation.override("ko"):
        with pytest.raises(ImportFileError) as raised:
            csv_rows_read(path=csv_file("a,b\n1\n2,3\n4,x\x00y\n"), columns=("a", "b"))
        assert [str(error) for error in raised.value.row_errors] == [
            "2행: 필드가 1개이지만 머리글에는 2개가 있습니다",
            "4행: b 열에 NUL 문자가 있습니다",
        ]
    assert raised.value.message.endswith("잘못된 행이 2개 있어 아무것도 가져오지 않았습니다.")


def test_a_file_that_is_not_utf8_is_refused_in_korean(csv_file):
    with translation.override("ko"), pytest.raises(ImportFileError, match="2행: UTF-8 텍스트가"):
        csv_rows_read(path=csv_file("a,b\nCafé,1\n", encoding="latin-1"), columns=("a", "b"))


def korean_reasons(values: dict[str, str], clean) -> tuple[str, ...]:
    """The reasons a Korean reader is given for one row after clean(cleaner) has checked it."""
    errors = RowErrors()
    with translation.override("ko"), pytest.raises(ImportFileError) as raised:
        clean(RowCleaner(CsvRow(line=7, values=values), errors))
        errors.raise_if_any(path="rows.csv")
    return raised.value.row_errors[0].reasons


def test_the_cleaner_words_a_bad_number_and_date_in_korean_keeping_the_values_as_written():
    def clean(cleaner):
        cleaner.integer("year", minimum=1900, maximum=2100)
        cleaner.date("when")

    assert korean_reasons({"year": "last year", "when": "10/01/2025"}, clean) == (
        "year 열의 'last year'은(는) 정수가 아닙니다",
        "when 열의 '10/01/2025'은(는) YYYY-MM-DD 형식의 날짜가 아닙니다",
    )


def test_the_cleaner_words_an_empty_choice_and_a_negative_amount_in_korean():
    def clean(cleaner):
        cleaner.choice("kind", choices=["sme", "university"])
        cleaner.decimal("budget", max_digits=20, decimal_places=2)

    assert korean_reasons({"kind": "", "budget": "-5"}, clean) == (
        "kind 열이 비어 있습니다. 다음 중 하나여야 합니다: sme, university",
        "budget 열의 값 -5이(가) 음수입니다",
    )


@pytest.mark.parametrize("value", ["http://x", "ftp://example.org"])
def test_a_bad_web_address_is_called_not_valid_in_korean(value):
    def clean(cleaner):
        cleaner.url("website", max_length=200)

    assert korean_reasons({"website": value}, clean) == (
        f"website 열의 '{value}'은(는) 올바른 웹 주소가 아닙니다(http:// 또는 "
        "https://로 시작하고 사이트 이름을 포함해야 합니다)",
    )


def test_a_bad_web_address_is_called_not_valid_in_english():
    errors = RowErrors()
    RowCleaner(CsvRow(line=3, values={"website": "http://x"}), errors).url("website", max_length=9)
    with pytest.raises(ImportFileError) as raised:
        errors.raise_if_any(path="rows.csv")
    assert raised.value.row_errors[0].reasons == (
        "website 'http://x' is not a valid web address (it must start http:// or https:// "
        "and name a site)",
    )


def test_a_wrong_choice_is_one_reason_without_the_reasons_separator():
    errors = RowErrors()
    cleaner = RowCleaner(CsvRow(line=3, values={"kind": "plumber"}), errors)
    cleaner.choice("kind", choices=["sme", "university"])
    cleaner.choice("role", choices=["host", "partner"])
    with pytest.raises(ImportFileError) as raised:
        errors.raise_if_any(path="rows.csv")
    assert str(raised.value.row_errors[0]) == (
        "line 3: kind is 'plumber', expected one of: sme, university; "
        "role is empty, expected one of: host, partner"
    )


def test_a_repeated_external_id_is_reported_in_korean_with_its_first_line():
    errors = RowErrors()
    with translation.override("ko"), pytest.raises(ImportFileError) as raised:
        external_ids_check(rows=[(2, "gb-1"), (5, "gb-1")], errors=errors)
        errors.raise_if_any(path="rows.csv")
    assert raised.value.row_errors[0].reasons == (
        "external_id 'gb-1'이(가) 중복되었습니다(처음 나온 곳: 2행)",
    )
