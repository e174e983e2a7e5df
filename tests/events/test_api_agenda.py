import pytest

from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "who, status", [("anonymous", 401), ("member", 200), ("other_member", 200), ("staff_user", 403)]
)
def test_permission_matrix(client_as, published_meeting, who, status):
    assert client_as(who).get("/api/events/seoul-5g/agenda/").status_code == status


def test_an_outsider_is_refused(token_client, published_meeting):
    client = token_client(MembershipFactory().user)
    assert client.get("/api/events/seoul-5g/agenda/").status_code == 403


def test_lists_the_meeting_with_contacts_after_acceptance(client_as, published_meeting):
    body = client_as("member").get("/api/events/seoul-5g/agenda/").json()
    [meeting] = body["meetings"]
    assert meeting["organisation"] == "Seoul Example Co"
    assert meeting["delegates"][0]["name"] == "Kim Min-jun"
    assert meeting["contacts"] is not None


def test_a_bad_registration_parameter_is_a_400(client_as, published_meeting):
    response = client_as("member").get("/api/events/seoul-5g/agenda/", {"registration": "x"})
    assert response.status_code == 400


def test_the_meeting_carries_the_table_name_in_both_languages(
    client_as, published_meeting, tables_in_korean
):
    table = published_meeting.scheduled.table
    [meeting] = client_as("member").get("/api/events/seoul-5g/agenda/").json()["meetings"]
    assert (meeting["table"], meeting["table_ko"]) == (table.name, table.name_ko)
