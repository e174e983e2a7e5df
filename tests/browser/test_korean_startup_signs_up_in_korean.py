import re

import pytest
from playwright.sync_api import expect

from organisations.models import Membership, PublicationStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "jiwoo@daejeon-quantum.example.kr"
PASSWORD = "a-long-and-unusual-passphrase"


def test_a_korean_startup_signs_up_and_builds_its_profile_all_in_korean(
    page, url, outbox_link, screenshot
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url("/ko/"))
    page.get_by_role("link", name="회원가입").click()
    page.get_by_label("이메일 주소").fill(EMAIL)
    page.get_by_label("비밀번호", exact=True).fill(PASSWORD)
    page.get_by_label("비밀번호 확인").fill(PASSWORD)
    page.get_by_label(re.compile("^개인정보 처리방침을 읽었으며")).check()
    page.get_by_role("button", name="계정 만들기").click()
    expect(page.get_by_role("heading", name="이메일을 확인하십시오")).to_be_visible()

    page.goto(outbox_link())
    page.get_by_role("button", name="확인").click()
    expect(page.get_by_role("heading", name="대시보드")).to_be_visible()
    page.get_by_role("link", name="프로필 작성").click()

    page.get_by_label("영문 기관명", exact=True).fill("Daejeon Quantum Sensing")
    page.get_by_label("한글 기관명").fill("대전 양자센싱")
    page.get_by_label("기관 유형").select_option("startup")
    page.get_by_label("국가").select_option("KR")
    page.get_by_role("textbox", name="한국어 도시 또는 지역명 (선택)").fill("대전")
    screenshot(page, "1-basics")
    page.get_by_role("button", name="저장 후 계속").click()

    page.get_by_label("스마트시티").check()
    page.get_by_role("button", name="저장 후 계속").click()

    page.get_by_label("역량 검색(영어 또는 한국어)").fill("디지털 트윈")
    page.get_by_label("디지털 트윈").check()
    screenshot(page, "2-offers-searched-in-korean")
    page.get_by_role("button", name="저장 후 계속").click()
    page.get_by_role("button", name="저장 후 계속").click()

    about_in_korean = page.get_by_role("textbox", name="한국어 기관 소개 (선택)")
    about_in_korean.fill("양자 센서로 도시의 지하 배관을 점검합니다.")
    page.get_by_role("button", name="저장 후 완료").click()
    expect(page.get_by_role("heading", name="상태: 초안")).to_be_visible()
    expect(page.get_by_text("기관이 찾는 역량을 입력하십시오.")).to_be_visible()
    expect(page.get_by_text(re.compile("^영어 소개도 추가해 주십시오"))).to_be_visible()
    page.get_by_role("button", name="검토 요청").click()
    expect(page.get_by_role("heading", name=re.compile("^상태: 검토"))).to_be_visible()
    screenshot(page, "3-submitted")
    organisation = Membership.objects.get(user__email=EMAIL).organisation
    assert organisation.status == PublicationStatus.SUBMITTED
    assert (organisation.name_ko, organisation.city_ko) == ("대전 양자센싱", "대전")
    assert organisation.description_ko.startswith("양자 센서로")
    assert organisation.offers.filter(slug="digital-twins").exists()
