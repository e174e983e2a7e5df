"""Issue 13, point 7: a Korean member of staff of a listed organisation, entirely in Korean,
from the home page through sign-up and claiming the organisation, staff approving the claim
(in another browser), to accepting an introduction staff forwarded. Every page seen must show
no English of the interface's own: data (names, addresses, what people wrote) aside."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import expect

from introductions.services import introduction_request
from organisations.models import Capability, Membership, Sector
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "jin@hanbit.example.kr"
PASSWORD = "a-long-and-unusual-passphrase"
KOREAN_ORGANISATION = "Hanbit Robotics"
# Korean pages name it in Korean (the English name beside it).
KOREAN_ORGANISATION_KO = "한빛로보틱스"
UK_ORGANISATION = "Bayes Twin Ltd"
# Words that are the same in both languages: the brand, abbreviations, the switcher's own
# "English", and the data this test writes (with the usernames sign-up made of the addresses).
ALLOWED = [
    "Korea–UK Match", "R&D", "CSV", "English", EMAIL, KOREAN_ORGANISATION, UK_ORGANISATION,
    "www.hanbit.example.kr", "hanbit.example.kr", "staff@example.com", "staff", "jin", "5G",
    "London",
    # Time zone abbreviations, written so in Korean too (an introduction's times name theirs:
    # KST for a member who reads Korean).
    "GMT", "BST", "KST",
]  # fmt: skip


def english_left(text: str, *, data: list[str]) -> list[str]:
    text = re.sub(r"\S+@\S+", " ", text)  # people's addresses are data
    for allowed in sorted(ALLOWED + data, key=len, reverse=True):
        text = text.replace(allowed, " ")
    return re.findall(r"[A-Za-z]{2,}(?:[ '’-][A-Za-z]+)*", text)


@pytest.fixture
def korean_browser(browser, site):
    """Opens a browser context set to Korean (Accept-Language: ko) at the size of the others."""
    contexts = []

    def open_page():
        context = browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def seen(screenshot, site):
    """seen(page, "name"): the page shows no English interface text; then a screenshot.
    The taxonomy's names count as data (the filters list them as loaded), as does
    Kosovo, which the country list has no Korean name for."""
    data = [*Sector.objects.values_list("name", "name_ko").distinct()]
    data += [*Capability.objects.values_list("name", "name_ko").distinct()]
    # Korean taxonomy names keep their abbreviations (AI 반도체, 3GPP 표준): data too.
    data = [name for pair in data for name in pair if name] + ["Kosovo"]

    def check(page, name: str) -> None:
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "ko"
        left = english_left(page.locator("body").inner_text(), data=data)
        assert left == [], f"{name}: {left}"
        screenshot(page, name)

    return check


@pytest.fixture
def world(site):
    """The Korean organisation nobody manages yet, a UK SME that asked for an introduction to
    it (waiting for staff), and a member of staff."""
    korean = OrganisationFactory(
        name=KOREAN_ORGANISATION, name_ko=KOREAN_ORGANISATION_KO, country="KR", city="",
        website="https://www.hanbit.example.kr",
        description="항만 물류 로봇을 개발합니다.", description_ko="항만 물류 로봇을 개발합니다.",
    )  # fmt: skip
    uk = MembershipFactory(
        organisation__name=UK_ORGANISATION, organisation__country="GB",
        organisation__city="London", organisation__description="",
    )  # fmt: skip
    introduction_request(
        requester_organisation=uk.organisation, requested_organisation=korean,
        requested_by=uk.user, message="부산항 디지털 트윈 공동 실증을 제안합니다.",
        seeking="5G 테스트베드를 갖춘 파트너", preferred_language="ko",
    )  # fmt: skip
    staff = UserFactory(username="staff", email="staff@example.com", is_staff=True)
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    return korean


def test_korean_staff_sign_up_claim_their_organisation_and_accept_an_introduction(
    korean_browser, url, world, outbox_link, seen
):
    page = korean_browser()
    page.goto(url("/ko/"))
    seen(page, "01-home")
    page.get_by_role("link", name="회원가입").first.click()
    page.get_by_label("이메일 주소", exact=True).fill(EMAIL)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("input[name=privacy_consent]").check()
    seen(page, "02-signup")
    page.get_by_role("button", name="계정 만들기").click()
    expect(page.get_by_role("heading", name="이메일을 확인하십시오")).to_be_visible()
    seen(page, "03-check-your-email")

    page.goto(outbox_link())
    seen(page, "04-confirm-email")
    page.get_by_role("button", name="확인").click()
    expect(page.get_by_role("heading", name="대시보드")).to_be_visible()
    seen(page, "05-dashboard")

    page.get_by_role("link", name="기관", exact=True).first.click()
    seen(page, "06-organisations")
    page.get_by_role("link", name=KOREAN_ORGANISATION_KO).first.click()
    seen(page, "07-organisation")
    page.get_by_role("link", name="제가 근무하는 기관입니다").click()
    page.get_by_label("기관에서의 직책(선택)").fill("연구개발(R&D) 본부장입니다.")
    seen(page, "08-claim")
    page.get_by_role("button", name="합류 요청").click()
    expect(page.get_by_role("heading", name="요청이 검토를 기다리고 있습니다")).to_be_visible()
    seen(page, "09-claim-sent")
    assert mail.outbox[-1].to == ["staff@example.com"]

    staff = korean_browser()
    staff.goto(url("/ko/accounts/login/"))
    staff.get_by_label("이메일 주소 또는 사용자 이름").fill("staff")
    staff.locator("input[name=password]").fill("correct-horse-battery")
    staff.get_by_role("button", name="로그인").click()
    staff.goto(url("/ko/staff/claims/"))
    expect(staff.get_by_text("이메일 도메인이 웹사이트와 일치합니다")).to_be_visible()
    seen(staff, "10-staff-claims")
    staff.get_by_role("button", name=re.compile("승인")).click()
    seen(staff, "11-staff-approved")
    assert Membership.objects.get(user__email=EMAIL).role == Membership.Role.OWNER
    assert "구성원이 되셨습니다" in mail.outbox[-1].subject
    staff.goto(url("/ko/staff/introductions/"))
    seen(staff, "12-staff-introductions")
    staff.get_by_role("button", name="전달").click()
    seen(staff, "13-staff-forwarded")
    assert mail.outbox[-1].to == [EMAIL]

    page.goto(url("/ko/"))
    page.get_by_role("link", name=re.compile("내 소개")).first.click()
    seen(page, "14-my-introductions")
    page.get_by_role("link", name="수락 또는 거절").click()
    seen(page, "15-introduction-before-accepting")
    page.get_by_label("상대 기관에 전할 메모(선택 사항, 거절하시는 경우 그 사유)").fill(
        "부산에서 뵙기를 기대합니다."
    )
    page.get_by_role("button", name="소개 수락").click()
    expect(page.get_by_role("heading", name="연락처")).to_be_visible()
    seen(page, "16-introduction-accepted")
