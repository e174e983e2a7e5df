import pytest

from common.csv_reader import ImportFileError, csv_rows_read


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
