from tests.events.factories import EventFactory, SessionFactory


def test_shows_the_itinerary_and_the_register_button(client, event):
    SessionFactory(event=event, title="PyeongChang 5G demonstrations")
    page = client.get("/events/seoul-5g/").content.decode()
    assert "PyeongChang 5G demonstrations" in page
    assert "/events/seoul-5g/register/" in page


def test_a_draft_is_hidden_from_visitors(client, db):
    EventFactory(slug="secret", status="draft")
    assert client.get("/events/secret/").status_code == 404


def test_a_draft_is_shown_to_staff(client, staff_user):
    EventFactory(slug="secret", status="draft")
    client.force_login(staff_user)
    assert client.get("/events/secret/").status_code == 200


def test_a_registered_member_is_pointed_to_their_pages(client, member, registration):
    client.force_login(member)
    assert "/events/seoul-5g/me/" in client.get("/events/seoul-5g/").content.decode()
