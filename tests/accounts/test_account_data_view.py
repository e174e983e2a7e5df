import json

import pytest
from django.urls import reverse

from accounts.selectors import account_data_export


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
