import json

from django.core.serializers.json import DjangoJSONEncoder

from accounts.notice import PRIVACY_NOTICE_VERSION
from accounts.selectors import account_data_export
from accounts.services import language_preference_set, time_zone_preference_set
from introductions.services import introduction_message_send


def _export_text(user) -> str:
    return json.dumps(account_data_export(user=user), cls=DjangoJSONEncoder, ensure_ascii=False)


def test_the_export_has_every_kind_of_the_users_data(member_data, other_member_data):
    data = account_data_export(user=member_data)
    assert data["account"]["email"] == member_data.email
    assert data["privacy_consents"][0]["notice_version"] == PRIVACY_NOTICE_VERSION
    assert [m["organisation"] for m in data["memberships"]] == ["Bayes Example Ltd"]
    assert data["organisations_owned"][0]["name"] == "Bayes Example Ltd"
    assert data["introduction_requests"][0]["message"] == "A joint pilot of port digital twins."
    assert data["introduction_steps"][0]["to_state"] == "requested"
    assert [s["name"] for s in data["saved_searches"]] == ["Mine search"]
    assert data["alert_deliveries"][0]["saved_search"] == "Mine search"
    assert data["deadline_reminders_stopped"][0]["opportunity"] == "Mine stopped call"
    assert data["dismissed_suggestions"][0]["organisation"] == "Seoul Example Co"
    assert [t["name"] for t in data["api_tokens"]] == ["Mine token"]
    assert data["opportunity_interests"][0]["opportunity"] == "Mine call"


def test_the_export_has_none_of_another_users_data(member_data, other_member_data):
    text = _export_text(member_data)
    assert "Theirs" not in text
    assert other_member_data.email not in text and other_member_data.username not in text


def test_api_tokens_are_exported_without_their_digest_or_prefix(member_data):
    token = member_data.api_tokens.get()
    assert set(account_data_export(user=member_data)["api_tokens"][0]) == {
        "name", "created_at", "last_used_at"
    }  # fmt: skip
    assert token.digest not in _export_text(member_data)


def test_a_note_another_user_wrote_on_the_users_request_is_not_exported(
    questioned_introduction, member
):
    steps = account_data_export(user=member)["introduction_steps"]
    assert [step["to_state"] for step in steps] == ["requested"]
    assert "Which port?" not in _export_text(member)


def test_an_editor_gets_memberships_but_not_the_profile(editor):
    data = account_data_export(user=editor)
    assert [m["role"] for m in data["memberships"]] == ["editor"]
    assert data["organisations_owned"] == []


def test_export_includes_the_chosen_language(member):
    language_preference_set(user=member, language="ko")
    assert account_data_export(user=member)["language"] == "ko"


def test_export_includes_the_chosen_time_zone(member):
    time_zone_preference_set(user=member, time_zone="Asia/Seoul")
    assert account_data_export(user=member)["time_zone"] == "Asia/Seoul"


def test_the_export_has_the_introduction_messages_the_user_wrote(accepted_introduction, member):
    introduction_message_send(request=accepted_introduction, user=member, body="Mine message")
    data = account_data_export(user=member)
    assert [m["body"] for m in data["introduction_messages"]] == ["Mine message"]
