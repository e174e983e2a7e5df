import pytest

from organisations import search as search_module
from organisations.filters import SEARCHED_FIELDS, OrganisationFilter
from organisations.models import Organisation
from organisations.search import relevance_search, search_terms
from tests.factories import OrganisationFactory


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Semiconductors", ["semiconductor"]),
        ("technologies technology", ["technolog"]),
        ("boxes classes analysis keys", ["box", "class", "analysis", "key"]),
        ("반도체를 스마트시티에서", ["반도체", "스마트시티"]),
        ("국가 디스플레이", ["국가", "디스플레"]),
        ("AI, 5G & R&D", ["ai", "5g", "r", "d"]),
        ("!!! ---", []),
        ("sensors for the cities", ["sensor", "cit"]),
        ("the of", ["the", "of"]),
    ],
)
def test_search_terms_drop_plurals_particles_and_stop_words(text, terms):
    assert search_terms(text=text) == terms


def search(text: str, **options) -> list[str]:
    found = relevance_search(
        queryset=Organisation.objects.all(), fields=SEARCHED_FIELDS, text=text, **options
    )
    return [organisation.name for organisation in found]


@pytest.fixture
def twins(db):
    OrganisationFactory(name="Alpha Ltd", description="A twin.")
    OrganisationFactory(name="Beta Ltd", description="Twins.")
    OrganisationFactory(name="Zeta Twin Ltd")


def test_a_limit_keeps_the_best_matches(twins):
    assert search("twin", limit=2) == ["Zeta Twin Ltd", "Alpha Ltd"]


def test_without_a_limit_every_match_is_kept(twins):
    assert search("twin", limit=None) == ["Zeta Twin Ltd", "Alpha Ltd", "Beta Ltd"]


def test_every_word_must_match(twins):
    assert search("twin zeta") == ["Zeta Twin Ltd"]


def test_empty_text_changes_nothing(twins):
    assert search("  ") == ["Alpha Ltd", "Beta Ltd", "Zeta Twin Ltd"]


def test_text_without_a_word_finds_nothing(twins):
    assert search("?!") == []


def found_by_list(text: str) -> list[str]:
    filterset = OrganisationFilter({"q": text}, queryset=Organisation.objects.published())
    return [organisation.name for organisation in filterset.qs]


@pytest.mark.parametrize("text", ["semiconductor", "Semiconductors", "반도체를"])
def test_the_demo_semiconductor_sme_is_found_in_both_languages(demo_loaded, text):
    assert "Fenmore Silicon (example)" in found_by_list(text)


def test_the_demo_smart_city_organisations_are_found_in_korean(demo_loaded):
    tagged = Organisation.objects.published().filter(sectors__slug="smart-cities")
    expected = {organisation.name for organisation in tagged}
    assert expected and expected <= set(found_by_list("스마트시티에서"))


def test_the_taxonomy_names_are_read_once_for_a_while(twins, django_assert_num_queries):
    search("twin")
    # The tier of names (it fills the limit) and the rows; no sector or capability names.
    with django_assert_num_queries(2):
        search("twin", limit=1)


# Both ways a names tier is read: whole and sorted (few matches), or by walking the name
# order (more than FEW_MATCHES, here 2). Each must give the same rows in the same order.
@pytest.fixture(params=[search_module.FEW_MATCHES, 2], ids=["read-whole", "walked"])
def few_matches(request, monkeypatch):
    monkeypatch.setattr(search_module, "FEW_MATCHES", request.param)


@pytest.fixture
def hanul_names(db):
    # The word starts names, so they sit together in the name order, after other rows.
    for name in ("Hanul Zeta", "Apex Works", "Hanul Beta", "Alpha Hanul Lab", "Hanul Alpha"):
        OrganisationFactory(name=name)


def test_a_word_starting_names_finds_them_in_name_order(hanul_names, few_matches):
    assert search("hanul", limit=3) == ["Alpha Hanul Lab", "Hanul Alpha", "Hanul Beta"]


@pytest.fixture
def ltd_names(db):
    for name in ("Zulu Ltd", "Echo Ltd", "Bravo Ltd", "Delta Systems", "Alpha Ltd"):
        OrganisationFactory(name=name, description="Makes parts.")


def test_a_common_last_word_finds_the_first_in_name_order(ltd_names, few_matches):
    assert search("ltd", limit=3) == ["Alpha Ltd", "Bravo Ltd", "Echo Ltd"]


def test_a_common_word_ranks_names_before_texts(ltd_names, few_matches):
    OrganisationFactory(name="Aardvark", description="A Ltd company.")
    assert search("ltd", limit=2) == ["Alpha Ltd", "Bravo Ltd"]
    assert search("ltd")[-1] == "Aardvark"


def test_a_short_word_finds_names_in_name_order(db, few_matches):
    for name in ("Zeta AI", "AI Works", "Beta AI Lab", "Daily Bread"):
        OrganisationFactory(name=name)
    assert search("ai") == ["AI Works", "Beta AI Lab", "Zeta AI"]
