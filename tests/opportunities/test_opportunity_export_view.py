import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import OpportunityFactory, OrganisationFactory

URL = reverse("staff:opportunities_export")


def rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_export_opportunities(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_exports_matching_opportunities_with_hosts_even_unpublished(
    client, staff_user, digital_twin_challenge
):
    digital_twin_challenge.hosts.add(
        OrganisationFactory(name="Draft host", status="draft", external_id="kr-draft")
    )
    OpportunityFactory(title="=1+1", status="draft")
    client.force_login(staff_user)
    [row] = rows(client.get(URL, {"kind": "challenge"}))
    assert (row["title"], row["hosts"], row["host_names"], row["budget_amount"]) == (
        "Digital twin challenge",
        "kr-draft",
        "Draft host",
        "25000.00",
    )
    assert (row["sectors"], row["required_capabilities"]) == ("smart-cities", "digital-twins")


def test_formulas_in_titles_are_neutralised(client, staff_user):
    OpportunityFactory(title="@SUM(A1:A9)")
    client.force_login(staff_user)
    assert rows(client.get(URL))[0]["title"] == "'@SUM(A1:A9)"


def test_the_query_count_does_not_grow_with_the_rows(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    OpportunityFactory.create_batch(5, hosts=[OrganisationFactory()])
    with CaptureQueriesContext(connection) as six:
        assert len(rows(client.get(URL))) == 6
    assert len(six) == len(one)


def test_the_list_links_to_an_export_of_its_current_filters(client, staff_user):
    client.force_login(staff_user)
    response = client.get(reverse("staff:opportunities"), {"status": "draft"})
    assert f'href="{URL}?status=draft"' in response.content.decode()


def test_exports_the_korean_title_summary_and_description(
    client, staff_user, digital_twin_challenge
):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    digital_twin_challenge.summary_ko = "요약."
    digital_twin_challenge.description_ko = "설명."
    digital_twin_challenge.save()
    client.force_login(staff_user)
    [row] = rows(client.get(URL))
    assert (row["title_ko"], row["summary_ko"], row["description_ko"]) == (
        "디지털 트윈 챌린지",
        "요약.",
        "설명.",
    )


def test_an_unknown_status_is_refused_rather_than_exporting_all(client, staff_user):
    client.force_login(staff_user)
    response = client.get(URL, {"status": "bogus"})
    assert response.status_code == 400
    assert "status: Select a valid choice." in response.text
