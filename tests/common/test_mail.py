import logging
from smtplib import SMTPException

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.db import transaction
from django.utils import timezone

from accounts.services import language_preference_set, time_zone_preference_set
from common import mail
from common.mail import mail_link, mail_reader, mail_render, mail_send_after_commit, mail_to_each

PUBLISHED = "organisations/email/profile_published"


@pytest.fixture
def published(organisation, settings):
    settings.SITE_URL = "https://match.example.org/"
    organisation.name = "Bayes Ltd"
    return {"organisation": organisation, "link": mail_link("organisations:detail", args=[7])}


def _render(context, language="en", **arguments):
    return mail_render(
        template=PUBLISHED, context=context, to=["a@example.com"], language=language, **arguments
    )


def test_subject_and_body_are_in_the_readers_language(published):
    message = _render(published, language="ko")
    assert message.subject.endswith("Bayes Ltd 프로필이 게시되었습니다")
    assert "게시된 프로필:" in message.body


def test_links_are_absolute_and_in_the_readers_language(published):
    body = _render(published, language="ko").body
    assert "https://match.example.org/ko/organisations/7/\n" in body


def test_a_link_keeps_its_query_and_fragment(published):
    published["link"] = mail_link("organisations:detail", args=[7], suffix="?as=3#top")
    assert "https://match.example.org/organisations/7/?as=3#top\n" in _render(published).body


def test_the_subject_is_one_line_behind_the_prefix(published):
    message = _render(published, subject="A  subject\n on two lines")
    assert message.subject == "[Korea–UK Match] A subject on two lines"


def test_headers_go_with_the_message(published):
    message = _render(published, headers={"Auto-Submitted": "auto-generated"})
    assert message.extra_headers == {"Auto-Submitted": "auto-generated"}


def test_each_reader_gets_their_own_mail_in_their_language(published, member, other_member):
    language_preference_set(user=member, language="ko")
    users = [(member.pk, member.email), (other_member.pk, other_member.email)]
    mails = {m.to[0]: m for m in mail_to_each(users=users, template=PUBLISHED, context=published)}
    assert "/ko/organisations/7/" in mails[member.email].body
    assert "/ko/" not in mails[other_member.email].body


def test_mail_goes_once_the_transaction_commits(
    published, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        mail_send_after_commit(lambda: [_render(published)], what="a test mail")
        assert mailoutbox == []
    assert [message.to for message in mailoutbox] == [["a@example.com"]]


def test_nothing_is_sent_when_the_transaction_rolls_back(
    published, mailoutbox, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        mail_send_after_commit(lambda: [_render(published)], what="a test mail")
        raise RuntimeError("The step failed.")
    assert mailoutbox == []


def _mail_server_down(self, messages):
    raise SMTPException("Connection refused")


def test_a_failing_mail_server_is_logged_not_raised(
    published, mailoutbox, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(EmailBackend, "send_messages", _mail_server_down)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        mail_send_after_commit(lambda: [_render(published)], what="a test mail")
    assert "Could not send a test mail." in caplog.text


def _cannot_build():
    raise LookupError("The record is gone.")


def test_a_mail_that_cannot_be_written_is_logged_not_raised(
    mailoutbox, caplog, django_capture_on_commit_callbacks, db
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        mail_send_after_commit(_cannot_build, what="a test mail")
    assert "Could not write a test mail." in caplog.text and mailoutbox == []


@pytest.mark.parametrize(
    "language, chosen, zone",
    [
        ("ko", None, "Asia/Seoul"),
        ("en", None, "Europe/London"),
        ("ko", "Europe/Paris", "Europe/Paris"),
    ],
)
def test_times_are_written_in_the_readers_zone(language, chosen, zone):
    with mail_reader(language=language, time_zone=chosen):
        assert timezone.get_current_timezone_name() == zone


def test_each_reader_gets_times_in_the_zone_they_chose(published, member, monkeypatch):
    time_zone_preference_set(user=member, time_zone="America/New_York")
    zones = []
    monkeypatch.setattr(
        mail, "mail_render", lambda **arguments: zones.append(arguments["time_zone"])
    )
    mail_to_each(users=[(member.pk, member.email)], template=PUBLISHED, context=published)
    assert zones == ["America/New_York"]
