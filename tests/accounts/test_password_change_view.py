from django.test import Client
from django.urls import reverse

URL = reverse("account_change_password")
NEW = {"oldpassword": "old-password-123", "password1": "new-pass-456", "password2": "new-pass-456"}


def _member_with_password(login_as, member):
    member.set_password("old-password-123")
    member.save()
    return login_as("member")


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_the_korean_page_is_in_the_sites_layout_and_words(login_as, member):
    text = _member_with_password(login_as, member).get("/ko" + URL).text
    assert "<h1>비밀번호 변경</h1>" in text and 'class="breadcrumbs"' in text
    assert "새 비밀번호 저장</button>" in text


def test_a_wrong_current_password_is_an_error_by_the_field(login_as, member):
    response = _member_with_password(login_as, member).post(URL, NEW | {"oldpassword": "wrong"})
    assert 'href="#id_oldpassword"' in response.text
    member.refresh_from_db()
    assert member.check_password("old-password-123")


def test_a_new_password_keeps_this_session_and_signs_out_others(login_as, member):
    client = _member_with_password(login_as, member)
    elsewhere = Client()
    elsewhere.force_login(member)
    assert elsewhere.get(reverse("accounts:data")).status_code == 200
    client.post(URL, NEW)
    assert client.get(reverse("accounts:data")).status_code == 200
    assert elsewhere.get(reverse("accounts:data")).status_code == 302


def test_the_fields_have_the_sites_labels_and_no_placeholders(login_as, member):
    text = _member_with_password(login_as, member).get(URL).text
    assert ">Current password</label>" in text and ">New password again</label>" in text
    assert "placeholder=" not in text.split(f'action="{URL}"')[1]


def test_a_wrong_current_password_says_it_is_not_the_current_one(login_as, member):
    client = _member_with_password(login_as, member)
    response = client.post(URL, NEW | {"oldpassword": "wrong"})
    assert "That is not your current password." in response.text


def test_a_wrong_current_password_says_so_in_korean(login_as, member):
    client = _member_with_password(login_as, member)
    response = client.post("/ko" + URL, NEW | {"oldpassword": "wrong"})
    assert "현재 비밀번호와 일치하지 않습니다." in response.text
