import pytest
from django.urls import reverse

from tests.factories import OrganisationFactory

URL = reverse("staff:organisations")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_every_organisation(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


@pytest.mark.parametrize(
    "query, expected", [("status=draft", ["Draft Ltd"]), ("verified=yes", ["Checked Ltd"])]
)
def test_filters_by_status_and_verification(client, staff_user, query, expected):
    OrganisationFactory(name="Draft Ltd", status="draft")
    OrganisationFactory(name="Checked Ltd", verified=True)
    client.force_login(staff_user)
    response = client.get(f"{URL}?{query}")
    assert [o.name for o in response.context["page"].object_list] == expected


def test_an_unknown_filter_value_is_ignored_with_a_message(client, staff_user, organisation):
    client.force_login(staff_user)
    response = client.get(f"{URL}?status=alien")
    assert response.status_code == 200
    assert "Some filters were not understood" in response.text


@pytest.mark.parametrize("rows", [3, 25])
def test_query_count_does_not_grow_with_rows(
    client, staff_user, django_assert_max_num_queries, rows
):
    OrganisationFactory.create_batch(rows)
    client.force_login(staff_user)
    with django_assert_max_num_queries(6):
        client.get(URL)
