from io import StringIO

from django.core.management import call_command


def test_prints_one_row_of_the_scale_table(uk_sme, korean_partner):
    out = StringIO()
    call_command("bench_scale", "--samples", "2", stdout=out)
    cells = out.getvalue().strip().strip("|").split("|")
    assert cells[0].strip() == "2"
    assert len(cells) == 8
