import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from organisations.filters import OrganisationFilter
from organisations.models import Organisation
from tests.factories import MembershipFactory, OrganisationFactory, SectorFactory

URL = "organisations:list"


def listed_names(response) -> list[str]:
    return [organisation.name for organisation in response.context["page"].object_list]


def test_lists_published_organisations_only(client, db):
    OrganisationFactory(name="Public Ltd")
    for status in ("draft", "submitted"):
        OrganisationFactory(name=f"Hidden {status}", status=status)
    assert listed_names(client.get(reverse(URL))) == ["Public Ltd"]


@pytest.mark.parametrize(
    "query",
    [
        "country=KR",
        "kind=university",
        "sector=smart-cities",
        "capability=digital-twins",
        "q=한빛",
        "q=DIGITAL TWIN",
        "q=research",
        "q=port+digi",
        "city=daejeon",
        "city=JEON",
    ],
)
def test_filters_narrow_the_list(client, korean_university, query):
    OrganisationFactory(name="Other", country="GB", kind="sme", description="Bakery")
    response = client.get(f"{reverse(URL)}?{query}")
    assert listed_names(response) == ["Hanbit University"]


def test_example_profiles_are_labelled(client, db):
    OrganisationFactory(origin="example")
    response = client.get(reverse(URL))
    assert "Example profile" in response.text


def test_pages_hold_25_organisations(client, db):
    OrganisationFactory.create_batch(30)
    assert len(listed_names(client.get(reverse(URL)))) == 25
    assert len(listed_names(client.get(reverse(URL), {"page": 2}))) == 5


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "page=-1",
        "country=ZZ",
        "kind=alien",
        "sector=nope",
        "capability=",
        "q=%00",
        "city=%00",
        "sort=sideways",
        "sort=-name",
    ],
)
def test_malformed_query_strings_do_not_fail(client, organisation, query):
    response = client.get(f"{reverse(URL)}?{query}")
    assert response.status_code == 200
    assert listed_names(response) == [organisation.name]


def test_an_invalid_filter_is_explained(client, organisation):
    response = client.get(reverse(URL), {"country": "ZZ"})
    assert "Some filters were not understood" in response.text
    assert "ZZ is not one of the available choices" in response.text


def test_an_unknown_sort_is_explained(client, organisation):
    response = client.get(reverse(URL), {"sort": "sideways"})
    assert "Some filters were not understood" in response.text
    assert "Sort by: Select a valid choice" in response.text


def test_text_without_a_word_finds_nothing(client, organisation):
    assert listed_names(client.get(reverse(URL), {"q": "!!!"})) == []


def test_a_korean_word_with_a_particle_finds_the_korean_name(client, db):
    OrganisationFactory(name="Hankook Chips", name_ko="한국반도체")
    OrganisationFactory(name="Other", name_ko="다른회사")
    assert listed_names(client.get(reverse(URL), {"q": "반도체를"})) == ["Hankook Chips"]


def test_a_korean_sector_name_finds_its_organisations(client, korean_university):
    OrganisationFactory(name="Other")
    response = client.get(reverse(URL), {"q": "스마트시티에서"})
    assert listed_names(response) == ["Hanbit University"]


def test_a_korean_word_finds_the_korean_description(client, db):
    OrganisationFactory(name="Busan Port Lab", description_ko="부산항 디지털 트윈을 연구합니다.")
    assert listed_names(client.get(reverse(URL), {"q": "부산항"})) == ["Busan Port Lab"]


@pytest.mark.parametrize("word", ["semiconductor", "Semiconductors", "반도체"])
def test_a_sector_name_finds_in_either_language_and_number(client, db, word):
    chips = SectorFactory(slug="semiconductors", name="Semiconductors", name_ko="반도체")
    OrganisationFactory(name="Wafer Works", sectors=[chips])
    OrganisationFactory(name="Other")
    assert listed_names(client.get(reverse(URL), {"q": word})) == ["Wafer Works"]


def test_a_plural_finds_the_singular(client, db):
    OrganisationFactory(name="Acme Semiconductor", description="Technology for batteries.")
    for word in ("semiconductors", "technologies", "battery"):
        assert listed_names(client.get(reverse(URL), {"q": word})) == ["Acme Semiconductor"]


def test_an_english_word_must_start_a_word(client, korean_university):
    assert listed_names(client.get(reverse(URL), {"q": "igital"})) == []


def test_a_korean_word_may_be_part_of_a_word(client, korean_university):
    assert listed_names(client.get(reverse(URL), {"q": "대학"})) == ["Hanbit University"]


def test_a_search_ranks_names_then_sectors_then_descriptions(client, db):
    twins = SectorFactory(name="Twin cities")
    OrganisationFactory(name="Alpha Ltd", description="Sensors, and a twin.")
    OrganisationFactory(name="Beta Ltd", sectors=[twins])
    OrganisationFactory(name="Zeta Twin Ltd")
    OrganisationFactory(name="Gamma Ltd", description="Twin engines.")
    expected = ["Zeta Twin Ltd", "Beta Ltd", "Alpha Ltd", "Gamma Ltd"]
    assert listed_names(client.get(reverse(URL), {"q": "twin"})) == expected


def test_a_chosen_sort_replaces_the_relevance_order(client, db):
    OrganisationFactory(name="Alpha Ltd", description="Sensors, and a twin.")
    OrganisationFactory(name="Zeta Twin Ltd")
    response = client.get(reverse(URL), {"q": "twin", "sort": "name"})
    assert listed_names(response) == ["Alpha Ltd", "Zeta Twin Ltd"]


def test_without_a_search_the_order_is_by_name(client, db):
    for name in ("Zeta Twin Ltd", "Alpha Ltd", "Mid Ltd"):
        OrganisationFactory(name=name)
    assert listed_names(client.get(reverse(URL))) == ["Alpha Ltd", "Mid Ltd", "Zeta Twin Ltd"]


@pytest.mark.parametrize("count", [1, 30])
def test_a_search_costs_the_same_queries_however_many_match(
    client, sector, django_assert_num_queries, count
):
    OrganisationFactory.create_batch(count, description="Twin research.", sectors=[sector])
    client.get(reverse(URL))  # the process's first page builds the facet table
    # The page and its sectors, the facet table's change marker (unchanged: the table is
    # kept; the options too), the search's 5 (sector and capability names, its 3 tiers, which
    # know the count); the facet counts narrow by the search's own ids, without the country,
    # so its 3 tiers run again.
    with django_assert_num_queries(11):
        client.get(reverse(URL), {"q": "twin 스마트시티", "country": "GB"})


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigram index is PostgreSQL's")
def test_the_search_reads_the_trigram_indexes(db):
    """With a handful of rows the planner would rather scan, so scanning is switched off; the
    last query is the widest tier's, the one that reads the descriptions."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    with CaptureQueriesContext(connection) as queries:
        assert not OrganisationFilter({"q": "twin"}, queryset=Organisation.objects.all()).qs
    widest = [query["sql"] for query in queries.captured_queries if "LIMIT 500" in query["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + widest[-1])
        assert "organisation_description_trgm" in str(cursor.fetchall())


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("name", ["Apple", "Banana", "Cherry"]), ("newest", ["Banana", "Cherry", "Apple"]),
     ("updated", ["Cherry", "Apple", "Banana"])],
)  # fmt: skip
def test_sorts(client, db, sort, expected):
    for name, created, updated in [("Banana", 1, 5), ("Apple", 9, 3), ("Cherry", 4, 2)]:
        pk = OrganisationFactory(name=name).pk
        Organisation.objects.filter(pk=pk).update(
            created_at=days_ago(created), updated_at=days_ago(updated)
        )
    assert listed_names(client.get(reverse(URL), {"sort": sort})) == expected


def test_page_links_keep_the_filters_and_sort(client, db):
    OrganisationFactory.create_batch(30, city="Leeds")
    response = client.get(reverse(URL), {"city": "leeds", "sort": "newest"})
    assert 'href="?city=leeds&amp;sort=newest&amp;page=2"' in response.text


@pytest.mark.parametrize("query", [{}, {"q": "organisation", "city": "london", "sort": "newest"}])
@pytest.mark.parametrize("rows", [5, 25])
def test_query_count_does_not_grow_with_rows(
    client, sector, django_assert_max_num_queries, rows, query
):
    OrganisationFactory.create_batch(rows, sectors=[sector])
    client.get(reverse(URL))  # the process's first page builds the facet table
    # The page, its count, prefetches, the sector and capability options and the facet
    # table's change marker; five more for a search: sector and capability names, the best
    # ids of each relevance tier; one for the facets to read a sorted search's ids.
    with django_assert_max_num_queries(13):
        client.get(reverse(URL), query)


def test_a_card_shows_the_korean_description_to_korean_readers(client, korean_university):
    korean_university.description_ko = "항만 도시를 위한 디지털 트윈 연구."
    korean_university.save()
    with translation.override("ko"):
        text = client.get(reverse(URL)).text
    assert '<span lang="ko">항만 도시를 위한 디지털 트윈 연구.</span>' in text


def test_a_card_labels_an_english_only_description_for_korean_readers(client, korean_university):
    with translation.override("ko"):
        text = client.get(reverse(URL)).text
    assert '<span lang="en">Digital twin research for port cities.</span>' in text
    assert "badge--language" in text


def test_filters_show_how_many_published_organisations_each_value_has(client, sector):
    OrganisationFactory.create_batch(2, sectors=[sector], kind="university")
    OrganisationFactory(sectors=[sector], status="draft")
    with translation.override("en"):  # an earlier test's Korean page can leave ko active
        text = client.get(reverse(URL)).text
    assert ">Smart cities (2)</option>" in text and ">University (2)</option>" in text


def test_sector_options_are_in_korean_for_korean_readers(client, sector):
    OrganisationFactory(sectors=[sector])
    # override, not a /ko/ address alone: the request would leave Korean active for later tests.
    with translation.override("ko"):
        assert ">스마트시티 (1)</option>" in client.get(reverse(URL)).text


def test_capabilities_are_grouped_under_their_sector(client, capability):
    with translation.override("en"):
        text = client.get(reverse(URL)).text
    assert '<optgroup label="Smart cities">\n<option value="digital-twins">' in text


def test_a_page_past_the_last_offered_explains_the_cap(client, db, monkeypatch):
    monkeypatch.setattr("organisations.views.MAX_ROWS", 25)
    OrganisationFactory.create_batch(30)
    response = client.get(reverse(URL), {"page": 2000})
    assert response.context["page"].number == 1
    assert "Only the first 1 pages are shown" in response.text


def test_a_deep_page_makes_as_many_queries_as_the_first(client, sector, monkeypatch):
    monkeypatch.setattr("common.pagination.DEFERRED_FROM", 0)
    OrganisationFactory.create_batch(30, sectors=[sector])
    client.get(reverse(URL))  # the taxonomy's options are kept from the first page on
    with CaptureQueriesContext(connection) as first:
        client.get(reverse(URL))
    with CaptureQueriesContext(connection) as deep:
        client.get(reverse(URL), {"page": 2})
    assert len(deep) == len(first)


def test_the_sector_filter_checks_its_slug_without_a_query(client, sector):
    OrganisationFactory(sectors=[sector])
    client.get(reverse(URL), {"sector": sector.slug})  # the taxonomy is kept from then on
    with CaptureQueriesContext(connection) as plain:
        client.get(reverse(URL))
    with CaptureQueriesContext(connection) as filtered:
        assert listed_names(client.get(reverse(URL), {"sector": sector.slug}))
    assert len(filtered) == len(plain)


def test_a_sector_added_after_the_slugs_were_kept_filters_at_once(client, sector):
    client.get(reverse(URL), {"sector": sector.slug})  # the taxonomy is kept from then on
    added = SectorFactory(name="Space")
    OrganisationFactory(name="Orbit Ltd", sectors=[added])
    OrganisationFactory(name="Grounded Ltd", sectors=[sector])
    assert listed_names(client.get(reverse(URL), {"sector": added.slug})) == ["Orbit Ltd"]


def test_an_unknown_sector_slug_is_an_error_by_the_field(client, db):
    response = client.get(reverse(URL), {"sector": "no-such-sector"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.context["filter"].form.errors["sector"][0]


def test_a_card_escapes_what_members_typed(client, db):
    OrganisationFactory(name="<b>Bold</b> Ltd", city="Leeds & York", description="1 < 2")
    text = client.get(reverse(URL)).text
    assert "&lt;b&gt;Bold&lt;/b&gt; Ltd" in text
    assert "Leeds &amp; York" in text
    assert "1 &lt; 2" in text


def test_a_card_shows_its_verified_badge_and_sectors(client, sector):
    OrganisationFactory(verified=True, sectors=[sector])
    text = client.get(reverse(URL)).text
    assert '<span class="badge badge--verified">Verified</span>' in text
    assert (
        '<ul class="tags" aria-label="Sectors">\n                <li class="tag">Smart cities'
        in text
    )


def test_facet_counts_narrow_by_the_other_filters(client, sector):
    OrganisationFactory(sectors=[sector], country="KR")
    OrganisationFactory.create_batch(2, sectors=[sector], country="GB")
    with translation.override("en"):
        text = client.get(reverse(URL), {"country": "KR", "sector": sector.slug}).text
    assert ">Smart cities (1)</option>" in text
    assert ">United Kingdom (2)</option>" in text and ">South Korea (1)</option>" in text


def test_a_chosen_value_with_no_organisations_left_stays_selected(client, sector):
    OrganisationFactory(sectors=[sector], country="GB", kind="sme")
    with translation.override("en"):
        text = client.get(reverse(URL), {"kind": "university", "sector": sector.slug}).text
    assert '<option value="university" selected>University (1)</option>' not in text
    assert '<option value="smart-cities" selected>Smart cities (0)</option>' in text


def test_facet_counts_are_grouped_for_the_language(client, sector, monkeypatch):
    monkeypatch.setattr("organisations.facets._count", lambda table, name, rows: {"GB": 1240})
    OrganisationFactory()
    for language in ("en", "ko"):
        with translation.override(language):
            assert "(1,240)</option>" in client.get(reverse(URL)).text


@pytest.mark.parametrize("viewer", ["anonymous", "member", "staff"])
def test_facet_counts_leave_out_drafts_whoever_looks(client, sector, viewer, request):
    draft = OrganisationFactory(sectors=[sector], status="draft")
    OrganisationFactory(sectors=[sector])
    if viewer == "member":
        client.force_login(MembershipFactory(organisation=draft).user)
    elif viewer == "staff":
        client.force_login(request.getfixturevalue("staff_user"))
    with translation.override("en"):
        assert ">Smart cities (1)</option>" in client.get(reverse(URL)).text


@pytest.mark.parametrize(
    "query", [{}, {"country": "GB"}, {"country": "GB", "sector": "smart-cities", "kind": "sme"}]
)
def test_facet_counts_cost_the_same_queries_whatever_is_chosen(
    client, sector, django_assert_num_queries, query
):
    OrganisationFactory.create_batch(3, sectors=[sector])
    client.get(reverse(URL), {"sector": sector.slug})  # the taxonomy is kept from then on
    # The page, its count and sectors, and the facet table's change marker (unchanged: the
    # table is kept); the options, the taxonomy and the table are kept from the first page on.
    with django_assert_num_queries(4):
        client.get(reverse(URL), query)


def test_a_card_shows_the_korean_city_after_the_country_to_korean_readers(client, db):
    OrganisationFactory(country="KR", city="Busan", city_ko="부산")
    with translation.override("ko"):
        text = client.get(reverse(URL)).text
    assert "· 대한민국 부산" in text and "Busan" not in text


def test_a_card_shows_the_english_city_to_english_readers(client, db):
    OrganisationFactory(country="KR", city="Busan", city_ko="부산")
    text = client.get(reverse(URL)).text
    assert "· Busan, South Korea" in text and "부산" not in text


def test_a_card_falls_back_to_the_english_city_marked_as_english(client, db):
    OrganisationFactory(country="KR", city="Busan")
    with translation.override("ko"):
        assert '· 대한민국 <span lang="en">Busan</span>' in client.get(reverse(URL)).text


@pytest.mark.parametrize("city", ["부산", "busan"])
def test_the_city_filter_finds_a_city_by_its_english_or_korean_name(client, db, city):
    OrganisationFactory(name="Port Ltd", country="KR", city="Busan", city_ko="부산")
    OrganisationFactory(name="Capital Ltd", country="KR", city="Seoul", city_ko="서울")
    assert listed_names(client.get(reverse(URL), {"city": city})) == ["Port Ltd"]
