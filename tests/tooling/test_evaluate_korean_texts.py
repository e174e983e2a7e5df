import pytest
from django.core.management import CommandError, call_command

from tests.factories import OrganisationFactory


@pytest.fixture
def profiles(sector):
    for description in ("Hydrogen fuel cells.", "Computer vision cameras.", "Food packaging."):
        OrganisationFactory(country="GB", sectors=[sector], description=description)
    return OrganisationFactory(
        country="KR", sectors=[sector], description="Hydrogen fuel cell research.",
        description_ko="수소 연료전지 연구",
    )  # fmt: skip


def test_a_korean_description_finds_what_its_english_finds(profiles, capsys):
    call_command("evaluate_korean_texts", "--top", "1")
    row = next(line for line in capsys.readouterr().out.splitlines() if "-> English" in line)
    assert row.split("|")[2:4] == [" 1 ", " 1.000 "]


def test_without_bilingual_profiles_it_says_what_to_load(db):
    with pytest.raises(CommandError, match="make demo"):
        call_command("evaluate_korean_texts")
