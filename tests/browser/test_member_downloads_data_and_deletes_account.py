import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"
PHONE = {"width": 390, "height": 844}


def _member(*, role: str):
    user = MembershipFactory(role=role, organisation__name="Hartwell Example Ltd").user
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _both_widths(page, screenshot, name: str) -> None:
    screenshot(page, f"{name}-1280")
    page.set_viewport_size(PHONE)
    screenshot(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_an_editor_downloads_their_data_then_deletes_the_account(
    page, url, log_in, site, screenshot
):
    editor = _member(role="editor")
    log_in(page, editor.username, PASSWORD)
    page.get_by_role("link", name="My data").click()
    expect(page.get_by_role("heading", name="My data", exact=True)).to_be_visible()
    _both_widths(page, screenshot, "1-my-data")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my data (JSON)").click()
    data = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert data["memberships"][0]["organisation"] == "Hartwell Example Ltd"

    page.get_by_role("link", name="Delete my account…").click()
    page.get_by_label("Your password").fill(PASSWORD)
    _both_widths(page, screenshot, "2-delete")
    page.get_by_role("button", name="Delete my account for good").click()
    expect(page.get_by_text("Your account has been deleted.")).to_be_visible()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    assert not get_user_model().objects.filter(pk=editor.pk).exists()


def test_the_only_owner_is_told_what_to_do_first(page, url, log_in, site, screenshot):
    owner = _member(role="owner")
    log_in(page, owner.username, PASSWORD)
    page.goto(url("accounts:delete"))
    expect(page.get_by_text("You are the only owner of:")).to_be_visible()
    expect(page.get_by_role("button", name="Delete my account for good")).to_have_count(0)
    _both_widths(page, screenshot, "1-sole-owner")


def test_the_privacy_notice_is_one_click_from_sign_up(page, url, site, screenshot):
    page.goto(url("account_signup"))
    page.get_by_role("link", name="Read the privacy notice").click()
    expect(page.get_by_role("heading", name="Privacy notice", exact=True)).to_be_visible()
    _both_widths(page, screenshot, "1-notice")
