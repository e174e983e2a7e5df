"""The names tier read from the names' words (OrganisationNameWord), on PostgreSQL, against
the same search without them (the trigram path, and SQLite's only one): the same rows in the
same order. On SQLite both run the same code, so these tests check the results alone."""

import dataclasses

import pytest
from django.core.management import call_command
from django.db import connection

from organisations import search as search_module
from organisations.filters import SEARCHED_FIELDS, OrganisationFilter
from organisations.models import Organisation, OrganisationNameWord
from organisations.search import relevance_search
from organisations.services.profiles import organisation_delete, organisation_update
from tests.factories import OrganisationFactory

WITHOUT_WORDS = dataclasses.replace(SEARCHED_FIELDS, name_words=None)
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the names' words are kept on PostgreSQL only"
)


def names(text: str, fields=SEARCHED_FIELDS, **options) -> list[str]:
    queryset = Organisation.objects.published()
    found = relevance_search(queryset=queryset, fields=fields, text=text, **options)
    return [organisation.name for organisation in found]


def search(text: str, **options) -> list[str]:
    """The rows found with the words, after checking the search without them agrees."""
    found = names(text, **options)
    assert found == names(text, fields=WITHOUT_WORDS, **options)
    return found


# Both ways the names tier goes: read from the words (few matches), or the walk of the name
# order (more than FEW_MATCHES, here 2).
@pytest.fixture(params=[search_module.FEW_MATCHES, 2], ids=["words", "walked"])
def few_matches(request, monkeypatch):
    monkeypatch.setattr(search_module, "FEW_MATCHES", request.param)


@pytest.fixture
def hanul_names(db):
    for name in ("Hanul Zeta", "Apex Works", "Hanul Beta", "Alpha Hanul Lab", "Hanulbit Labs"):
        OrganisationFactory(name=name)
    OrganisationFactory(name="Hanul Draft", status="draft")
    OrganisationFactory(name="Foo_hanul Ltd")


def test_a_word_start_finds_names_in_name_order(hanul_names, few_matches):
    assert search("hanul") == [
        "Alpha Hanul Lab",
        "Hanul Beta",
        "Hanul Zeta",
        "Hanulbit Labs",
    ]


def test_the_limit_keeps_the_first_names(hanul_names, few_matches):
    assert search("hanul", limit=2) == ["Alpha Hanul Lab", "Hanul Beta"]


def test_every_word_must_start_a_word_of_the_names(hanul_names, few_matches):
    assert search("labs hanul") == ["Alpha Hanul Lab", "Hanulbit Labs"]


def test_a_plural_finds_the_singular(hanul_names, few_matches):
    assert search("Hanuls Labs") == ["Alpha Hanul Lab", "Hanulbit Labs"]


def test_an_underscore_joins_a_word(hanul_names):
    # PostgreSQL's \m and the words both count "_" as part of a word.
    assert "Foo_hanul Ltd" not in search("hanul")


def test_a_two_letter_word_must_start_a_word(db, few_matches):
    for name in ("Zeta AI", "AI Works", "Daily Bread", "Beta Ai-Lab"):
        OrganisationFactory(name=name)
    assert search("ai") == ["AI Works", "Beta Ai-Lab", "Zeta AI"]


def test_a_korean_word_finds_compounds_despite_its_particle(db, few_matches):
    OrganisationFactory(name="Hanbit Co", name_ko="한빛반도체")
    OrganisationFactory(name="Apex", name_ko="에이펙스")
    assert search("반도체를") == ["Hanbit Co"]


def test_english_and_korean_words_together(db, few_matches):
    OrganisationFactory(name="Hanbit Co", name_ko="한빛반도체")
    OrganisationFactory(name="Hanbit Labs", name_ko="한빛연구소")
    assert search("hanbit 반도체") == ["Hanbit Co"]


def test_a_korean_name_is_found_by_its_english_word(db, few_matches):
    OrganisationFactory(name="한울 Systems", name_ko="")
    OrganisationFactory(name="Other", name_ko="한울 Robotics")
    assert search("robotics") == ["Other"]


def test_digits_may_sit_inside_a_word(db, few_matches):
    OrganisationFactory(name="Zone5G Ltd")
    assert search("5") == ["Zone5G Ltd"]


def test_punctuation_alone_finds_nothing(hanul_names):
    assert search("?! -- ...") == []


def test_other_filters_still_apply(hanul_names):
    filterset = OrganisationFilter({"q": "hanul"}, queryset=Organisation.objects.published())
    assert "Hanul Draft" not in [organisation.name for organisation in filterset.qs]


def test_an_edited_name_is_found_at_once(hanul_names):
    organisation = Organisation.objects.get(name="Apex Works")
    organisation_update(organisation=organisation, values={"name": "Hanul Apex"}, by_staff=True)
    assert search("hanul", limit=1) == ["Alpha Hanul Lab"]
    assert "Hanul Apex" in search("hanul")
    assert search("apex") == ["Hanul Apex"]


def test_an_edited_korean_name_is_found_at_once(db):
    organisation = OrganisationFactory(name="Hanbit Co", name_ko="한빛")
    organisation_update(organisation=organisation, values={"name_ko": "한빛 Zenith"}, by_staff=True)
    assert search("zenith") == ["Hanbit Co"]


def test_an_imported_organisation_is_found_at_once(db, write_csv):
    header = "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description"
    path = write_csv(header, "gb-1,Bayes Ltd,,GB,sme,Leeds,,,,,")
    call_command("import_organisations", str(path))
    assert search("bayes") == ["Bayes Ltd"]


@on_postgresql
def test_the_words_are_kept_lower_case_and_once(db):
    organisation = OrganisationFactory(name="Hanul HANUL Lab-2", name_ko="한울 랩")
    words = OrganisationNameWord.objects.filter(organisation_id=organisation.pk)
    assert sorted(words.values_list("word", flat=True)) == ["2", "hanul", "lab", "랩", "한울"]


@on_postgresql
def test_a_deleted_organisation_leaves_no_words(hanul_names):
    organisation = Organisation.objects.get(name="Hanul Beta")
    organisation_delete(organisation=organisation)
    assert not OrganisationNameWord.objects.filter(organisation_id=organisation.pk).exists()


@on_postgresql
def test_the_names_tier_reads_the_words(hanul_names, django_assert_num_queries):
    names("hanul")
    with django_assert_num_queries(2) as queries:
        names("hanul", limit=1)
    assert OrganisationNameWord._meta.db_table in queries.captured_queries[0]["sql"]
