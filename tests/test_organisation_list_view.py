import pytest
from django.urls import reverse

from tests.factories import OrganisationFactory

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


@pytest.mark.parametrize("rows", [5, 25])
def test_query_count_does_not_grow_with_rows(client, sector, django_assert_max_num_queries, rows):
    OrganisationFactory.create_batch(rows, sectors=[sector])
    with django_assert_max_num_queries(5):
        client.get(reverse(URL))
