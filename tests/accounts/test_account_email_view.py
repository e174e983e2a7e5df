from allauth.account.models import EmailAddress
from django.urls import reverse

URL = reverse("account_email")


def _member_with_address(login_as, member):
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    return login_as("member")


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_the_korean_page_speaks_the_sites_korean(login_as, member):
    text = _member_with_address(login_as, member).get("/ko" + URL).text
    assert "<h1>이메일 주소</h1>" in text and "기본 주소</span>" in text and "인증됨</span>" in text
    assert "당신의" not in text and "인증됨 주" not in text


def test_the_remove_button_is_a_plain_danger_button(login_as, member):
    text = _member_with_address(login_as, member).get(URL).text
    assert 'name="action_remove" class="button button--danger">Remove the address' in text


def test_an_added_address_is_kept_unconfirmed_on_the_members_account(login_as, member):
    client = _member_with_address(login_as, member)
    client.post(URL, {"action_add": "", "email": "second@example.com"})
    assert not EmailAddress.objects.get(email="second@example.com", user=member).verified
