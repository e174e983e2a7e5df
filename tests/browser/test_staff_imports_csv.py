import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from organisations.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER = "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description"
GOOD = [
    "gb-1,Bayes Ltd,,GB,sme,Leeds,https://bayes.example,,,,Digital twins of ports",
    "kr-1,Hanbit Co,한빛,KR,large_company,Seoul,,,,,Builds cities",
    "kr-2,Sejong Robotics,세종로보틱스,KR,startup,Sejong,,,,,Robots",
]
BAD = [
    "gb-1,Bayes Ltd,,Britain,sme,Leeds,,,,,Twins",
    "kr-1,Hanbit Co,한빛,KR,giant,Seoul,,,,,Bu\x00ilds",
    "kr-1,,,KR,sme,Seoul,,quantum-sensing,,,",
]


@pytest.fixture
def staff_login(site):
    staff = UserFactory(username="curator", email="curator@example.com", is_staff=True)
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    OrganisationFactory(external_id="kr-1", name="Hanbit", country="KR")
    return staff


def csv_file(lines: list[str]) -> dict:
    content = "\n".join([HEADER, *lines]) + "\n"
    return {"name": "organisations.csv", "mimeType": "text/csv", "buffer": content.encode()}


@pytest.mark.parametrize("width", [1280, 390])
def test_staff_see_bad_rows_then_a_preview_then_import(
    page, url, log_in, staff_login, screenshot, width
):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "curator", "correct-horse-battery")
    page.goto(url("staff:imports"))
    page.get_by_role("link", name="Organisations", exact=True).last.click()

    page.get_by_label("CSV file").set_input_files(csv_file(BAD))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_text("organisations.csv was not imported")).to_be_visible()
    expect(page.get_by_role("cell", name="NUL character in description")).to_be_visible()
    screenshot(page, f"{width}-1-errors")

    page.get_by_label("CSV file").set_input_files(csv_file(GOOD))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_text("Nothing has been written yet.")).to_be_visible()
    screenshot(page, f"{width}-2-preview")
    assert Organisation.objects.count() == 1

    page.get_by_role("button", name="Import 3 rows").click()
    expect(page.get_by_text("organisations.csv imported: 2 created, 1 updated")).to_be_visible()
    screenshot(page, f"{width}-3-imported")
    assert Organisation.objects.count() == 3

    page.get_by_role("navigation", name="Staff").get_by_role("link", name="Organisations").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    assert download.value.suggested_filename == "organisations.csv"
    screenshot(page, f"{width}-4-list-with-export")
