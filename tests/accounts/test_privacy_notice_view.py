import pytest
from django.urls import reverse

from accounts.notice import PRIVACY_NOTICE_VERSION


def test_anyone_reads_the_notice_with_its_version(client, db):
    text = client.get(reverse("accounts:privacy")).text
    assert "<h1>Privacy notice</h1>" in text and f"Version {PRIVACY_NOTICE_VERSION}" in text


@pytest.mark.parametrize("kept", ["introduction", "saved searches", "API token", "contact"])
def test_the_notice_names_what_is_kept(client, db, kept):
    assert kept in client.get(reverse("accounts:privacy")).text


def test_every_page_links_the_notice_in_its_footer(client, db):
    footer = client.get(reverse("organisations:home")).text.split('class="site-footer"')[1]
    assert f'href="{reverse("accounts:privacy")}"' in footer


def test_the_account_menu_links_my_data(login_as):
    assert f'href="{reverse("accounts:data")}"' in login_as("member").get("/").text
