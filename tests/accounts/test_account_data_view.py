import json

import pytest
from django.urls import reverse

from accounts.models import TimeZonePreference
from accounts.selectors import account_data_export
from accounts.services import language_preference_set, time_zone_preference_set


@pytest.mark.parametrize("name", ["accounts:data", "accounts:data_download", "accounts:delete"])
def test_anonymous_visitors_are_sent_to_log_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_page_offers_the_download_and_states_the_owner_rule(login_as):
    text = login_as("member").get(reverse("accounts:data")).text
    assert f'action="{reverse("accounts:data_download")}"' in text
    assert "only owner" in text and "Bayes Example Ltd" in text


def test_the_download_is_a_json_attachment_of_the_users_data(login_as, member_data):
    response = login_as("member").post(reverse("accounts:data_download"))
    assert response["Content-Disposition"].startswith('attachment; filename="korea-uk-match-')
    assert json.loads(response.content)["account"]["username"] == member_data.username


def test_the_download_is_a_post(login_as):
    assert login_as("member").get(reverse("accounts:data_download")).status_code == 405


def test_staff_cannot_download_another_users_data(login_as, member_data, staff_user):
    url = reverse("accounts:data_download") + f"?user={member_data.pk}"
    response = login_as("staff").post(url, {"user": member_data.pk})
    data = json.loads(response.content)
    assert data["account"]["username"] == "staff"
    assert member_data.email not in response.content.decode()


def test_the_download_matches_the_export(login_as, member_data):
    data = json.loads(login_as("member").post(reverse("accounts:data_download")).content)
    assert (
        data["saved_searches"][0]["name"]
        == account_data_export(user=member_data)["saved_searches"][0]["name"]
    )


def test_the_page_links_the_password_and_email_address_pages(login_as):
    text = login_as("member").get(reverse("accounts:data")).text
    assert f'href="{reverse("account_change_password")}"' in text
    assert f'href="{reverse("account_email")}"' in text


def _zone_of(user) -> str | None:
    return TimeZonePreference.objects.filter(user=user).values_list("time_zone", flat=True).first()


def test_anonymous_visitors_cannot_choose_a_zone(client, member):
    response = client.post(reverse("accounts:data"), {"time_zone": "Asia/Seoul"})
    assert response.url.startswith(reverse("account_login"))
    assert not TimeZonePreference.objects.exists()


@pytest.mark.parametrize("role", ["member", "other_member", "staff"])
def test_each_user_chooses_their_own_zone_only(login_as, member, other_member, staff_user, role):
    users = {"member": member, "other_member": other_member, "staff": staff_user}
    login_as(role).post(reverse("accounts:data"), {"time_zone": "Asia/Seoul", "user": member.pk})
    assert {name: _zone_of(user) for name, user in users.items() if _zone_of(user)} == {
        role: "Asia/Seoul"
    }


def test_saving_a_zone_says_so_and_shows_it_chosen(login_as, member):
    client = login_as("member")
    response = client.post(reverse("accounts:data"), {"time_zone": "Asia/Seoul"}, follow=True)
    assert "Times are now shown in Korea time (KST)." in response.text
    assert 'value="Asia/Seoul" selected' in response.text


def test_a_saved_zone_shows_times_in_it_at_once(login_as, message_page):
    client = login_as("member")
    client.post(reverse("accounts:data"), {"time_zone": "Asia/Seoul"})
    assert "15:45 KST" in client.get(message_page).text


def test_a_name_that_is_no_zone_is_refused_by_the_field(login_as, member):
    response = login_as("member").post(reverse("accounts:data"), {"time_zone": "Seoul"})
    assert response.status_code == 200
    assert '<ul class="field__errors" id="id_time_zone_error"><li>“Seoul” is not a time zone' in (
        response.text
    )
    assert not TimeZonePreference.objects.exists()


def test_the_zone_shown_follows_the_saved_language_until_one_is_chosen(login_as, member):
    language_preference_set(user=member, language="ko")
    assert 'value="" selected' in login_as("member").get("/ko/accounts/data/").text
    time_zone_preference_set(user=member, time_zone="Europe/Paris")
    assert 'value="Europe/Paris" selected' in login_as("member").get("/ko/accounts/data/").text


def test_with_no_zone_chosen_the_page_follows_the_language_and_says_which_zone(login_as):
    page = login_as("member").get("/ko" + reverse("accounts:data")).text
    assert '<option value="" selected>내 언어를 따름</option>' in page
    assert "이제 시간이 한국 시간(KST) 기준으로 표시됩니다." in page


def test_following_the_language_again_forgets_the_chosen_zone(login_as, member):
    client = login_as("member")
    client.post(reverse("accounts:data"), {"time_zone": "America/New_York"})
    response = client.post(reverse("accounts:data"), {"time_zone": ""}, follow=True)
    assert _zone_of(member) is None and "Times now follow your language." in response.text
    assert "Times are now shown in UK time (GMT/BST)." in response.text


def test_the_zone_list_offers_places_not_inverted_offsets(login_as):
    page = login_as("member").get(reverse("accounts:data")).text
    assert '<option value="America/New_York">' in page and '<option value="UTC">' in page
    assert 'value="Etc/GMT+9"' not in page and 'value="EST5EDT"' not in page


def test_the_time_zone_help_says_event_pages_give_your_time_in_the_chosen_zone(login_as):
    text = login_as("member").get(reverse("accounts:data")).text
    assert "“your time” in the zone you choose here" in text
