import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import OrganisationFactory

URL = reverse("staff:organisations_export")


def rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_export_organisations(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_exports_every_matching_organisation_with_its_tags(client, staff_user, korean_university):
    OrganisationFactory(name="Bayes Ltd", country="GB")
    client.force_login(staff_user)
    [row] = rows(client.get(URL, {"country": "KR"}))
    assert (row["name"], row["name_ko"], row["country"]) == (
        "Hanbit University",
        "한빛대학교",
        "KR",
    )
    assert (row["sectors"], row["offers"], row["status"]) == (
        "smart-cities",
        "digital-twins",
        "published",
    )


def test_formulas_in_names_are_neutralised(client, staff_user):
    OrganisationFactory(name='=HYPERLINK("http://evil.example")', city="-Leeds")
    client.force_login(staff_user)
    [row] = rows(client.get(URL))
    assert (row["name"], row["city"]) == ('\'=HYPERLINK("http://evil.example")', "'-Leeds")


def test_the_query_count_does_not_grow_with_the_rows(client, staff_user, korean_university):
    client.force_login(staff_user)
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    OrganisationFactory.create_batch(5, sectors=[korean_university.sectors.get()])
    with CaptureQueriesContext(connection) as six:
        assert len(rows(client.get(URL))) == 6
    assert len(six) == len(one)


def test_the_list_links_to_an_export_of_its_current_filters(client, staff_user):
    client.force_login(staff_user)
    response = client.get(reverse("staff:organisations"), {"country": "KR", "page": "1"})
    assert f'href="{URL}?country=KR"' in response.content.decode()


def test_exports_the_korean_name_and_both_descriptions(client, staff_user, korean_university):
    korean_university.description_ko = "항만 도시를 위한 디지털 트윈 연구."
    korean_university.save()
    client.force_login(staff_user)
    [row] = rows(client.get(URL))
    assert (row["description"], row["description_ko"]) == (
        "Digital twin research for port cities.",
        "항만 도시를 위한 디지털 트윈 연구.",
    )


def test_exports_both_cities(client, staff_user, korean_university):
    korean_university.city_ko = "대전"
    korean_university.save()
    client.force_login(staff_user)
    [row] = rows(client.get(URL))
    assert (row["city"], row["city_ko"]) == ("Daejeon", "대전")


def test_an_unknown_status_is_refused_rather_than_exporting_all(client, staff_user):
    client.force_login(staff_user)
    response = client.get(URL, {"status": "bogus"})
    assert response.status_code == 400
    assert "status: Select a valid choice." in response.text
