import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import IntroductionRequestFactory

URL = reverse("staff:introductions_export")


def rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_export_introductions(login_as, introduction, role, status):
    response = login_as(role).get(URL)
    assert response.status_code == status
    assert (b"Bayes Example Ltd" in response.content) == (role == "staff")


def test_exports_every_introduction_with_its_state(client, staff_user, accepted_introduction):
    IntroductionRequestFactory(state="declined")
    client.force_login(staff_user)
    states = [row["state"] for row in rows(client.get(URL))]
    assert states == ["introduced", "declined"]


def test_the_state_filter_narrows_the_export(client, staff_user, introduction):
    IntroductionRequestFactory(state="declined")
    client.force_login(staff_user)
    [row] = rows(client.get(URL, {"state": "declined"}))
    assert row["state"] == "declined"


def test_an_unknown_state_is_refused_naming_the_valid_ones(client, staff_user, introduction):
    client.force_login(staff_user)
    response = client.get(URL, {"state": "bogus"})
    assert response.status_code == 400
    assert "state: Select a valid choice. bogus is not one of" in response.text
    assert "Valid values: requested, " in response.text and "Bayes" not in response.text


def test_an_unknown_state_is_refused_in_korean(client, staff_user, introduction):
    client.force_login(staff_user)
    response = client.get("/ko" + URL, {"state": "bogus"})
    assert response.status_code == 400
    assert response.text.startswith("아무것도 내보내지 않았습니다. 주소에 있는 필터가")
    assert "사용할 수 있는 값: requested, " in response.text


def test_the_query_count_does_not_grow_with_the_rows(client, staff_user, introduction):
    client.force_login(staff_user)
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    IntroductionRequestFactory.create_batch(5)
    with CaptureQueriesContext(connection) as six:
        assert len(rows(client.get(URL))) == 6
    assert len(six) == len(one)


def test_the_queue_links_to_the_export(client, staff_user):
    client.force_login(staff_user)
    assert URL in client.get(reverse("staff:introduction_queue")).content.decode()
