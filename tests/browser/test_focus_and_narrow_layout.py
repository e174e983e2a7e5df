"""What only a browser shows: where the focus goes, and how long words and Korean headings lay
out on a phone-width screen."""

import pytest
from playwright.sync_api import expect

from tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 800}
LONG_WORD = "Supercalifragilisticexpialidociousnessxy"  # 40 letters
LONG_KOREAN_NAME = "그레이터맨체스터첨단반도체광자공학양자통신연구및상용화컨소시"  # 35, no spaces


@pytest.fixture
def long_profile(site):
    return OrganisationFactory(
        name=f"The {LONG_WORD} Photonics Consortium",
        name_ko=LONG_KOREAN_NAME,
        description=f"We design {LONG_WORD} photonic chips.",
        description_ko=f"저희는 {LONG_KOREAN_NAME} 칩을 설계합니다.",
    )


def test_long_words_and_korean_names_fit_a_phone_screen(page, url, long_profile, screenshot):
    page.set_viewport_size(PHONE)
    for prefix in ("", "/ko"):
        for path in (f"/organisations/{long_profile.pk}/", "/organisations/"):
            page.goto(url(prefix + path))
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"{prefix}{path} is {width} px wide"
    screenshot(page, "korean-list")


def test_a_failed_form_puts_the_focus_on_its_error_summary(page, url):
    page.goto(url("account_login"))
    page.get_by_role("button", name="Log in").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page).to_have_title("Error: Log in · Korea–UK Match")


def test_the_skip_link_moves_to_the_content_without_framing_it(page, url):
    page.goto(url("organisations:home"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()
    assert page.evaluate("getComputedStyle(document.activeElement).boxShadow") == "none"


def test_korean_headings_keep_a_headings_line_height(page, url):
    page.goto(url("/ko/"))
    ratio = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('h1'));"
        " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); })()"
    )
    assert ratio < 1.5
