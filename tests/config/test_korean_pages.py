"""The pages in Korean under /ko/, English unprefixed as before."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories import OrganisationFactory


def test_korean_home_page_is_in_korean_and_marked_ko(client, db):
    response = client.get("/ko/")
    assert '<html lang="ko">' in response.text
    assert "한국과 영국에서 파트너를 찾으십시오" in response.text


def test_english_home_page_stays_at_the_root(client, db):
    response = client.get("/")
    assert '<html lang="en">' in response.text
    assert "Find your partner in Korea or the UK" in response.text


def test_every_page_has_the_language_switcher(client, db):
    response = client.get("/organisations/")
    assert 'action="/language/"' in response.text
    assert "한국어" in response.text


def test_korean_organisation_page_links_stay_in_korean(client, db):
    organisation = OrganisationFactory(name="Seoul Example Co", country="KR")
    response = client.get(f"/ko/organisations/{organisation.pk}/")
    assert "한눈에 보기" in response.text
    assert 'href="/ko/organisations/"' in response.text


def test_old_unprefixed_address_still_answers_in_english(client, db):
    organisation = OrganisationFactory(name="Bayes Example Ltd")
    response = client.get(f"/organisations/{organisation.pk}/")
    assert response.status_code == 200
    assert "At a glance" in response.text


def test_unknown_korean_address_answers_404_in_korean(client, db):
    response = client.get("/ko/no-such-page/")
    assert response.status_code == 404
    assert "이 주소에는 페이지가 없습니다" in response.text


@pytest.mark.parametrize(
    ("language", "expected"), [("ko", "2026년 12월 3일"), ("en", "3 December 2026")]
)
def test_dates_are_written_the_languages_way(language, expected):
    with translation.override(language):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": datetime.date(2026, 12, 3)})
        )
    assert rendered == expected


def test_the_english_brand_name_on_a_korean_page_is_marked_english(client, db):
    html = client.get("/ko/").text
    assert '<span class="brand__name" lang="en">Korea–UK Match</span>' in html
    assert '<strong lang="en">Korea–UK Match</strong>' in html
