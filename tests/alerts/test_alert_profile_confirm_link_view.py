import datetime
import time

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from alerts import mail
from organisations.models import Organisation

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


@pytest.fixture
def stale(organisation):
    Organisation.objects.filter(pk=organisation.pk).update(profile_confirmed_at=LONG_AGO)
    return organisation


def confirmed_at(organisation):
    organisation.refresh_from_db()
    return organisation.profile_confirmed_at


def open_link(client, token):
    return client.get(reverse("alerts:alert_profile_confirm_link", args=[token]))


def click_yes(client, token):
    return client.post(reverse("alerts:alert_profile_confirm_link", args=[token]))


def test_opening_the_link_only_asks_so_a_mail_scanner_confirms_nothing(client, stale):
    response = open_link(client, mail.confirm_token(organisation_id=stale.pk))
    assert response.status_code == 200 and "Yes, still up to date" in response.content.decode()
    assert confirmed_at(stale) == LONG_AGO


def test_the_button_confirms_the_profile_without_signing_in(client, stale):
    response = click_yes(client, mail.confirm_token(organisation_id=stale.pk))
    assert response.status_code == 200 and "confirmed as up to date" in response.content.decode()
    assert confirmed_at(stale) > LONG_AGO


def test_a_tampered_token_posted_is_refused(client, stale):
    token = mail.confirm_token(organisation_id=stale.pk)[:-1] + "x"
    assert click_yes(client, token).status_code == 400
    assert confirmed_at(stale) == LONG_AGO


def test_a_tampered_link_is_refused_and_changes_nothing(client, stale):
    token = mail.confirm_token(organisation_id=stale.pk)[:-1] + "x"
    assert open_link(client, token).status_code == 400
    assert confirmed_at(stale) == LONG_AGO


def test_a_stop_token_does_not_confirm(client, stale):
    token = mail.stop_token_for_saved_search(saved_search_id=stale.pk)
    assert open_link(client, token).status_code == 400
    assert confirmed_at(stale) == LONG_AGO


def test_an_expired_link_is_refused(client, stale, monkeypatch):
    long_ago = time.time() - mail.CONFIRM_MAX_AGE.total_seconds() - 60
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: long_ago)
        token = mail.confirm_token(organisation_id=stale.pk)
    response = open_link(client, token)
    assert response.status_code == 400 and "expired" in response.content.decode()
    assert confirmed_at(stale) == LONG_AGO


def test_the_link_asks_in_the_readers_language_by_the_name_in_it(client, stale):
    Organisation.objects.filter(pk=stale.pk).update(name_ko="베이즈 예시")
    token = mail.confirm_token(organisation_id=stale.pk)
    english = open_link(client, token).text
    with translation.override("ko"):
        korean = open_link(client, token).text
    assert "<h1>Is “Bayes Example Ltd” still up to date?</h1>" in english
    assert "<h1>“베이즈 예시”의 프로필이 여전히 최신 정보입니까?</h1>" in korean
