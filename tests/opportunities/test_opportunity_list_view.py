import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from opportunities.filters import OpportunityFilter
from opportunities.models import Opportunity
from tests.factories import OpportunityFactory, OrganisationFactory

URL = "opportunities:list"


def days_from_now(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


SCHEDULE_IN_LIST_ORDER = [
    ("Closes soon", 2, "published"),
    ("Closes later", 40, "published"),
    ("Rolling", None, "published"),
    ("Archived, deadline still ahead", 20, "archived"),
    ("Closed recently", -1, "published"),
    ("Closed long ago", -90, "published"),
]


def listed_titles(response) -> list[str]:
    return [opportunity.title for opportunity in response.context["page"].object_list]


def test_lists_published_and_archived_but_not_drafts(client, db):
    OpportunityFactory(title="Published")
    OpportunityFactory(title="Archived", status="archived")
    OpportunityFactory(title="Draft", status="draft")
    assert sorted(listed_titles(client.get(reverse(URL)))) == ["Archived", "Published"]


def test_open_first_by_nearest_deadline_then_rolling_then_closed(client, db):
    for title, days, status in reversed(SCHEDULE_IN_LIST_ORDER):
        deadline = None if days is None else days_from_now(days)
        OpportunityFactory(title=title, deadline=deadline, opens_on=None, status=status)
    titles = listed_titles(client.get(reverse(URL)))
    assert titles == [title for title, _days, _status in SCHEDULE_IN_LIST_ORDER]


@pytest.mark.parametrize(
    ("deadline_days", "status", "label"),
    [
        (12, "published", "12 days left"),
        (1, "published", "1 day left"),
        (0, "published", "Closes today"),
        (None, "published", "Rolling"),
        (-3, "published", "Closed"),
        (30, "archived", "Closed"),
    ],
)
def test_shows_how_long_is_left(client, db, deadline_days, status, label):
    deadline = None if deadline_days is None else days_from_now(deadline_days)
    OpportunityFactory(deadline=deadline, opens_on=None, status=status)
    assert f">{label}</span>" in client.get(reverse(URL)).text


@pytest.mark.parametrize(
    "query",
    [
        "kind=challenge",
        "status=open",
        "country=GB",
        "sector=smart-cities",
        "capability=digital-twins",
        "q=twin",
        "q=PORT+test",
        "city=manch",
        "closes_within=30",
    ],
)
def test_filters_narrow_the_list(client, digital_twin_challenge, query):
    Opportunity.objects.filter(pk=digital_twin_challenge.pk).update(
        city="Manchester", description="A port testbed."
    )
    OpportunityFactory(title="Old tender", kind="tender", deadline=days_from_now(-5), opens_on=None)
    response = client.get(f"{reverse(URL)}?{query}")
    assert listed_titles(response) == ["Digital twin challenge"]


def test_closed_filter_lists_past_and_archived(client, db):
    OpportunityFactory(title="Open")
    OpportunityFactory(title="Past", deadline=days_from_now(-5), opens_on=None)
    OpportunityFactory(title="Archived", status="archived")
    assert listed_titles(client.get(reverse(URL), {"status": "closed"})) == ["Archived", "Past"]


def test_lists_published_hosts_only(client, db):
    public = OrganisationFactory(name="Seoul City")
    hidden = OrganisationFactory(name="Hidden Host", status="draft")
    OpportunityFactory(hosts=[public, hidden])
    text = client.get(reverse(URL)).text
    assert "Seoul City" in text and "Hidden Host" not in text


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "status=maybe",
        "country=ZZ",
        "kind=alien",
        "capability=nope",
        "q=%00",
        "closes_within=14",
        "closes_within=-1",
        "sort=sideways",
    ],
)
def test_malformed_query_strings_do_not_fail(client, db, query):
    OpportunityFactory(title="Only one")
    response = client.get(f"{reverse(URL)}?{query}")
    assert response.status_code == 200
    assert listed_titles(response) == ["Only one"]


@pytest.mark.parametrize(
    ("closes_within", "expected"), [("7", ["In 7 days"]), ("90", ["In 7 days", "In 31 days"])]
)
def test_closes_within_lists_open_dated_ones_in_the_window(client, db, closes_within, expected):
    for title, days in [("In 7 days", 7), ("In 31 days", 31), ("Past", -1), ("Rolling", None)]:
        deadline = None if days is None else days_from_now(days)
        OpportunityFactory(title=title, deadline=deadline, opens_on=None)
    OpportunityFactory(title="Archived", status="archived", deadline=days_from_now(3))
    assert listed_titles(client.get(reverse(URL), {"closes_within": closes_within})) == expected


def test_an_unknown_window_is_explained(client, db):
    response = client.get(reverse(URL), {"closes_within": "14"})
    assert "Closes within: Select a valid choice" in response.text


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("deadline", ["Soon", "Later", "Closed"]), ("newest", ["Closed", "Soon", "Later"]),
     ("title", ["Closed", "Later", "Soon"])],
)  # fmt: skip
def test_sorts(client, db, sort, expected):
    for title, days in [("Later", 40), ("Soon", 3), ("Closed", -3)]:
        OpportunityFactory(title=title, deadline=days_from_now(days), opens_on=None)
    assert listed_titles(client.get(reverse(URL), {"sort": sort})) == expected


def test_an_english_word_must_start_a_word(client, digital_twin_challenge):
    assert listed_titles(client.get(reverse(URL), {"q": "igital"})) == []


def test_korean_text_and_sector_names_find(client, sector):
    OpportunityFactory(title="Port call", title_ko="항만 디지털 트윈 공모", sectors=[sector])
    OpportunityFactory(title="Other")
    for word in ("공모에", "스마트시티의"):
        assert listed_titles(client.get(reverse(URL), {"q": word})) == ["Port call"]


def test_a_search_orders_by_relevance_unless_a_sort_is_chosen(client, db):
    OpportunityFactory(title="Alpha call", description="Sensors, and a testbed.")
    OpportunityFactory(title="Zeta testbed call", description="Access.")
    assert listed_titles(client.get(reverse(URL), {"q": "testbeds"})) == [
        "Zeta testbed call",
        "Alpha call",
    ]
    response = client.get(reverse(URL), {"q": "testbed", "sort": "title"})
    assert listed_titles(response) == ["Alpha call", "Zeta testbed call"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigram index is PostgreSQL's")
def test_the_search_reads_the_trigram_indexes(db):
    """With a handful of rows the planner would rather scan, so scanning is switched off; the
    last query is the widest tier's, the one that reads the descriptions."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    with CaptureQueriesContext(connection) as queries:
        assert not OpportunityFilter({"q": "twin"}, queryset=Opportunity.objects.all()).qs
    widest = [query["sql"] for query in queries.captured_queries if "LIMIT 500" in query["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + widest[-1])
        assert "opportunity_description_trgm" in str(cursor.fetchall())


def test_page_links_keep_the_filters_and_sort(client, db):
    OpportunityFactory.create_batch(30)
    response = client.get(reverse(URL), {"closes_within": "90", "sort": "title"})
    assert 'href="?closes_within=90&amp;sort=title&amp;page=2"' in response.text


@pytest.mark.parametrize("query", [{}, {"q": "call", "closes_within": "90", "sort": "newest"}])
@pytest.mark.parametrize("rows", [5, 25])
def test_query_count_does_not_grow_with_rows(
    client, sector, django_assert_max_num_queries, rows, query
):
    host = OrganisationFactory()
    OpportunityFactory.create_batch(rows, sectors=[sector], hosts=[host])
    # The page, its count, prefetches, the sector and capability options and the facet
    # counts (a change marker, and one query per facet for a new combination); five more for
    # a search: sector and capability names, the best ids of each relevance tier.
    with django_assert_max_num_queries(16):
        client.get(reverse(URL), query)


def test_a_card_shows_the_korean_title_to_korean_readers(client, digital_twin_challenge):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    digital_twin_challenge.save()
    with translation.override("ko"):
        text = client.get(reverse(URL)).text
    assert 'lang="ko">디지털 트윈 챌린지</a>' in text


def test_a_card_shows_its_kind_place_deadline_and_hosts(client, digital_twin_challenge):
    digital_twin_challenge.city = "Bristol"
    digital_twin_challenge.deadline = datetime.date(2099, 1, 31)
    digital_twin_challenge.save()
    digital_twin_challenge.hosts.add(OrganisationFactory(name="Host Ltd"))
    with translation.override("en"):
        text = client.get(reverse(URL)).text
    assert "Open-innovation challenge · Bristol, United Kingdom" in text
    assert '<time datetime="2099-01-31">' in text and "Run by Host Ltd" in text


def test_a_card_shows_the_korean_city_after_the_country_to_korean_readers(client, db):
    OpportunityFactory(country="KR", city="Busan", city_ko="부산")
    with translation.override("ko"):
        text = client.get(reverse(URL)).text
    assert "· 대한민국 부산" in text and "Busan" not in text


@pytest.mark.parametrize("city", ["부산", "busan"])
def test_the_city_filter_finds_a_city_by_its_english_or_korean_name(client, db, city):
    OpportunityFactory(title="Port call", country="KR", city="Busan", city_ko="부산")
    OpportunityFactory(title="Capital call", country="KR", city="Seoul", city_ko="서울")
    assert listed_titles(client.get(reverse(URL), {"city": city})) == ["Port call"]


def test_filters_show_how_many_public_opportunities_each_value_has(client, sector):
    OpportunityFactory.create_batch(2, sectors=[sector], kind="rd_call")
    OpportunityFactory(sectors=[sector], status="draft", kind="rd_call")
    with translation.override("en"):  # an earlier test's Korean page can leave ko active
        text = client.get(reverse(URL)).text
    assert ">Smart cities (2)</option>" in text and ">R&amp;D call (2)</option>" in text


@pytest.mark.parametrize("rows", [1, 25])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_query_count_is_the_same_for_one_row_or_a_full_page(
    client, sector, django_assert_num_queries, rows, language
):
    OpportunityFactory.create_batch(rows, sectors=[sector], hosts=[OrganisationFactory()])
    with translation.override(language):
        client.get(reverse(URL))  # the facet counts and the form, kept until a change
    # The page's ids, its rows, their sectors and hosts (one UNION), the count and the facet
    # counts' change marker (the options and the form's HTML are kept).
    with translation.override(language), django_assert_num_queries(5):
        client.get(reverse(URL))


def test_a_chosen_country_narrows_the_sector_counts_on_the_page(client, sector):
    OpportunityFactory.create_batch(2, sectors=[sector], country="KR")
    OpportunityFactory(sectors=[sector], country="GB")
    with translation.override("en"):
        text = client.get(reverse(URL), {"country": "GB"}).text
    assert ">Smart cities (1)</option>" in text
    assert ">South Korea (2)</option>" in text and ">United Kingdom (1)</option>" in text


def test_a_chosen_value_with_none_left_stays_selected(client, sector):
    OpportunityFactory(sectors=[sector], kind="rd_call")
    with translation.override("en"):
        text = client.get(reverse(URL), {"kind": "tender", "sector": sector.slug}).text
    assert '<option value="smart-cities" selected>Smart cities (0)</option>' in text


def test_a_draft_is_not_counted_even_for_staff(client, sector, staff_user):
    OpportunityFactory(sectors=[sector], status="draft", country="GB")
    client.force_login(staff_user)
    with translation.override("en"):
        text = client.get(reverse(URL), {"country": "GB"}).text
    assert ">Smart cities (0)</option>" in text


def test_a_new_opportunity_is_counted_on_the_next_page(client, sector):
    OpportunityFactory(sectors=[sector], country="GB")
    with translation.override("en"):
        client.get(reverse(URL), {"country": "GB"})
        OpportunityFactory(sectors=[sector], country="GB")
        text = client.get(reverse(URL), {"country": "GB"}).text
    assert ">Smart cities (2)</option>" in text


@pytest.mark.parametrize(
    ("query", "queries"),
    [
        ({}, 9),
        ({"country": "GB", "status": "open"}, 9),
        # One more: the sector's slug looked up (the taxonomy is kept only when large).
        ({"country": "GB", "sector": "smart-cities", "kind": "tender"}, 10),
    ],
)
def test_facet_counts_cost_the_same_whatever_is_chosen(
    client, sector, django_assert_num_queries, query, queries
):
    OpportunityFactory.create_batch(3, sectors=[sector], country="GB", kind="tender")
    with translation.override("en"):
        client.get(reverse(URL), {"city": "none"})  # options and form of the page kept
        # The page's ids, rows, relations and count; the facets read the change marker and,
        # for a combination not asked for before, one grouped count per facet (four).
        with django_assert_num_queries(queries):
            client.get(reverse(URL), query)


@pytest.mark.parametrize(("language", "label"), [("en", "United Kingdom"), ("ko", "영국")])
def test_facet_counts_are_grouped_for_the_language(client, db, monkeypatch, language, label):
    monkeypatch.setattr("opportunities.facets._count", lambda name, public, rows: {"GB": 1240})
    OpportunityFactory()
    with translation.override(language):
        assert f">{label} (1,240)</option>" in client.get(reverse(URL)).text
