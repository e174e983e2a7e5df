from django.contrib.auth import get_user_model

from events.services import meeting_message_send


def test_the_admin_shows_a_meetings_messages_read_only(client, accepted_meeting, member):
    meeting_message_send(meeting_request=accepted_meeting, user=member, body="See you at ten")
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.com", "x"))
    page = client.get(f"/admin/events/meetingrequest/{accepted_meeting.pk}/change/")
    assert "See you at ten" in page.content.decode()
    assert 'name="messages-0-body"' not in page.content.decode()
