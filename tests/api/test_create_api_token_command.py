import pytest
from django.core.management import CommandError, call_command

from api.services import api_token_authenticate


def test_prints_a_working_secret(member, capsys):
    call_command("create_api_token", member.username, "CRM sync")
    secret = capsys.readouterr().out.strip()
    assert api_token_authenticate(raw=secret).user == member


def test_the_user_may_be_named_by_email_address_as_they_sign_in(member, capsys):
    call_command("create_api_token", member.email.upper(), "CRM sync")
    secret = capsys.readouterr().out.strip()
    assert api_token_authenticate(raw=secret).user == member


def test_the_help_says_an_email_address_is_accepted(capsys):
    with pytest.raises(SystemExit):
        call_command("create_api_token", "--help")
    assert "email address" in capsys.readouterr().out


def test_an_unknown_user_is_refused(db):
    with pytest.raises(CommandError, match="No active user"):
        call_command("create_api_token", "nobody", "x")


def test_a_blank_name_is_refused(member):
    with pytest.raises(CommandError, match="Give the token a name"):
        call_command("create_api_token", member.username, " ")
