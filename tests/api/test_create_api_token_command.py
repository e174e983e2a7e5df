import pytest
from django.core.management import CommandError, call_command

from api.services import api_token_authenticate


def test_prints_a_working_secret(member, capsys):
    call_command("create_api_token", member.username, "CRM sync")
    secret = capsys.readouterr().out.strip()
    assert api_token_authenticate(raw=secret).user == member


def test_an_unknown_user_is_refused(db):
    with pytest.raises(CommandError, match="No active user"):
        call_command("create_api_token", "nobody", "x")


def test_a_blank_name_is_refused(member):
    with pytest.raises(CommandError, match="Give the token a name"):
        call_command("create_api_token", member.username, " ")
