import pytest
from playwright.sync_api import expect

from organisations.models import Sector
from tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def organisations(site):
    smart_cities = Sector.objects.get(slug="smart-cities")
    other = Sector.objects.exclude(pk=smart_cities.pk).first()
    OrganisationFactory(
        name="Seoul Twin Co", name_ko="서울트윈", country="KR", city="Seoul", sectors=[smart_cities]
    )
    OrganisationFactory(name="London Twin Ltd", country="GB", sectors=[smart_cities])
    OrganisationFactory(name="Busan Chips Co", country="KR", city="Busan", sectors=[other])


def result_names(page) -> list[str]:
    return page.locator(".card__title a").all_inner_texts()


def test_filtering_by_sector_and_country_narrows_the_list_and_the_url_reproduces_it(
    page, browser, url, organisations, screenshot
):
    page.goto(url("organisations:list"))
    assert len(result_names(page)) == 3
    page.get_by_label("Sector", exact=True).select_option("smart-cities")
    page.get_by_label("Country", exact=True).select_option("KR")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", name="1 organisation")).to_be_visible()
    assert result_names(page) == ["Seoul Twin Co"]
    assert "sector=smart-cities" in page.url and "country=KR" in page.url
    screenshot(page, "1-filtered")

    shared = browser.new_page()
    shared.goto(page.url)
    assert result_names(shared) == ["Seoul Twin Co"]
    expect(shared.get_by_label("Country", exact=True)).to_have_value("KR")
    shared.close()
