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
