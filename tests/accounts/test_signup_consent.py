from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.models import PrivacyConsent
from accounts.notice import PRIVACY_NOTICE_VERSION

FIELDS = {"email": "new@example.co.uk", "password1": "a-long-passphrase-1"}


def _sign_up(client, **extra):
    return client.post(
        reverse("account_signup"), {**FIELDS, "password2": FIELDS["password1"], **extra}
    )


def test_the_form_links_the_notice_by_the_required_box(client, db):
    text = client.get(reverse("account_signup")).text
    assert 'name="privacy_consent"' in text and "required" in text
    assert f'href="{reverse("accounts:privacy")}"' in text


def test_without_the_box_no_account_is_made(client, db):
    response = _sign_up(client)
    assert "Tick this box to create an account." in response.text
    assert not get_user_model().objects.exists()


def test_the_error_summary_names_the_box_without_doubling_its_full_stop(client, db):
    text = _sign_up(client).text
    assert "keeps my data as it describes: Tick this box" in text
    assert "describes.: " not in text


def test_the_consent_is_recorded_with_the_notice_version_and_time(client, db):
    _sign_up(client, privacy_consent="on")
    consent = PrivacyConsent.objects.get(user__email="new@example.co.uk")
    assert consent.notice_version == PRIVACY_NOTICE_VERSION
    assert consent.accepted_at is not None
