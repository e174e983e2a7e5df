import csv
import datetime
import io
from decimal import Decimal

import pytest

from common.csv_export import csv_cell, csv_response, csv_text


@pytest.mark.parametrize("text", ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_a_spreadsheet_would_run_is_quoted(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value, cell",
    [
        ("Bayes Ltd", "Bayes Ltd"),
        ("a=b", "a=b"),
        (Decimal("-5.50"), Decimal("-5.50")),
        (None, ""),
        (True, "yes"),
        (datetime.date(2026, 1, 2), "2026-01-02"),
    ],
)
def test_other_values_are_written_as_they_are(value, cell):
    assert csv_cell(value) == cell


def test_the_file_starts_with_a_bom_and_reads_back():
    text = csv_text(header=["name", "city"], rows=[["=cmd|' /C calc'!A0", "서울"]])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows == [["name", "city"], ["'=cmd|' /C calc'!A0", "서울"]]


def test_the_response_is_a_csv_download():
    response = csv_response(filename="list.csv", header=["a"], rows=[[1]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="list.csv"'
