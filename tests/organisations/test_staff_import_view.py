import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from organisations.models import Capability, Organisation, Project
from tests.factories import OrganisationFactory

URL = reverse("staff:import_organisations")
with translation.override("ko"):
    KO_URL = reverse("staff:import_organisations")
HEADER = "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description"
BAYES = "gb-1,Bayes Ltd,,GB,sme,Leeds,https://bayes.example,smart-cities,digital-twins,,Twins"
HANBIT = "kr-1,Hanbit Co,한빛,KR,large_company,Seoul,,,,digital-twins,Builds cities"


def upload(*lines: str, name: str = "orgs.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, ("\n".join(lines) + "\n").encode(), "text/csv")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def two_bad_rows():
    """A file whose lines 3 (a country that is no code) and 4 (a NUL character) are bad."""
    bad = HANBIT.replace(",KR,", ",Korea,")
    nul = BAYES.replace("gb-1", "gb-2").replace("Twins", "Tw\x00ins")
    return upload(HEADER, BAYES, bad, nul)


@pytest.fixture
def previewed(staff_client, capability):
    """A good file uploaded and previewed; returns the preview page."""
    return staff_client.post(URL, {"file": upload(HEADER, BAYES, HANBIT)})


def confirm(client, response):
    return client.post(URL, {"digest": response.context["confirm_form"]["digest"].value()})


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_open_and_post_the_import_pages(login_as, capability, role, status):
    client = login_as(role)
    for url in (URL, reverse("staff:import_projects"), reverse("staff:import_opportunities")):
        assert client.get(url).status_code == status
    assert client.post(URL, {"file": upload(HEADER, BAYES)}).status_code == status
    assert ("staff_import" in client.session) == (role == "staff")
    assert not Organisation.objects.filter(external_id="gb-1").exists()


def test_an_import_error_wraps_rather_than_widen_the_page(staff_client, db):
    response = staff_client.post(URL, {"file": upload(HEADER.replace(",", ";"))})
    assert 'class="error-summary import-error"' in response.text
    assert "not semicolons" in response.context["error"].message


def test_a_good_file_is_previewed_and_nothing_is_written(previewed):
    assert (previewed.context["preview"].created, previewed.context["preview"].updated) == (2, 0)
    assert [row.label for row in previewed.context["preview_rows"]] == ["Bayes Ltd", "Hanbit Co"]
    assert not Organisation.objects.exists()


def test_confirming_imports_the_previewed_file(staff_client, previewed):
    response = confirm(staff_client, previewed)
    assert response.url == URL
    assert sorted(Organisation.objects.values_list("external_id", flat=True)) == ["gb-1", "kr-1"]
    assert "orgs.csv imported: 2 created" in staff_client.get(URL).content.decode()


def test_the_preview_shows_what_would_be_updated(staff_client, capability):
    OrganisationFactory(external_id="gb-1", name="Bayes plc")
    response = staff_client.post(URL, {"file": upload(HEADER, BAYES, HANBIT)})
    assert [row.action for row in response.context["preview_rows"]] == ["updated", "created"]


def test_every_bad_row_is_listed_with_its_line_and_nothing_is_written(staff_client, capability):
    bad = HANBIT.replace(",KR,", ",Korea,")
    nul = BAYES.replace("gb-1", "gb-2").replace("Twins", "Tw\x00ins")
    response = staff_client.post(URL, {"file": upload(HEADER, BAYES, bad, nul)})
    lines = [error.line for error in response.context["error"].row_errors]
    assert lines == [3, 4]
    assert "NUL character in description" in response.content.decode()
    assert not Organisation.objects.exists() and "staff_import" not in staff_client.session


def test_a_one_megabyte_description_is_a_bad_row(staff_client, capability):
    response = staff_client.post(URL, {"file": upload(HEADER, BAYES.replace("Twins", "x" * 10**6))})
    assert [error.line for error in response.context["error"].row_errors] == [2]
    assert not Organisation.objects.exists()


def test_a_file_that_is_not_utf8_is_refused_as_a_whole(staff_client, db):
    file = SimpleUploadedFile("orgs.xlsx", b"PK\x03\x04\xff\xfe binary", "application/zip")
    response = staff_client.post(URL, {"file": file})
    assert "not UTF-8 text" in response.context["error"].message


def test_a_confirm_without_a_preview_is_refused(staff_client, capability):
    response = staff_client.post(URL, {"digest": hashlib.sha256(b"x").hexdigest()}, follow=True)
    assert "no longer waiting to be imported" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_confirm_from_an_older_preview_imports_nothing(staff_client, previewed):
    staff_client.post(URL, {"file": upload(HEADER, HANBIT, name="other.csv")})
    confirm(staff_client, previewed)
    assert not Organisation.objects.exists()


def test_a_file_is_imported_once_however_often_confirmed(staff_client, previewed):
    confirm(staff_client, previewed)
    Organisation.objects.all().delete()
    confirm(staff_client, previewed)
    assert not Organisation.objects.exists()


def test_the_create_missing_tags_box_carries_from_preview_to_import(staff_client, capability):
    row = BAYES.replace("digital-twins", "lidar")
    refused = staff_client.post(URL, {"file": upload(HEADER, row)})
    assert refused.context["error"].row_errors[0].line == 2
    previewed = staff_client.post(URL, {"file": upload(HEADER, row), "create_missing_tags": "on"})
    assert previewed.context["preview"].created_capabilities == ["lidar"]
    confirm(staff_client, previewed)
    assert Capability.objects.filter(slug="lidar").exists()


def test_an_unknown_sector_names_the_pages_box_not_the_commands_option(staff_client, capability):
    response = staff_client.post(URL, {"file": upload(HEADER, BAYES.replace("smart-cities", "x"))})
    (reason,) = response.context["error"].row_errors[0].reasons
    assert reason.startswith("unknown sector: x (to create the missing ones, tick “Create sectors")
    assert "--create-missing-tags" not in response.text


def test_an_unknown_capability_names_the_pages_box_in_korean(staff_client, capability):
    response = staff_client.post(KO_URL, {"file": upload(HEADER, BAYES.replace("twins,", "x,"))})
    assert response.context["error"].row_errors[0].reasons == (
        "offers 열의 알 수 없는 역량: digital-x (없는 것을 새로 만들려면 “파일에 있지만 사이트에 "
        "아직 없는 분야와 역량을 새로 만듭니다” 항목에 체크하고 파일을 다시 올리십시오)",
    )


def test_an_over_large_upload_is_refused_by_the_field(staff_client, settings, monkeypatch):
    monkeypatch.setattr("organisations.forms.IMPORT_UPLOAD_MAX_BYTES", 10)
    response = staff_client.post(URL, {"file": upload(HEADER, BAYES)})
    assert "larger than" in response.context["form"].errors["file"][0]


def test_projects_are_previewed_then_imported(staff_client, db):
    OrganisationFactory(external_id="gb-1")
    url = reverse("staff:import_projects")
    file = upload(
        "external_id,title,year,programme,participants,description", "p-1,Twins,2021,,gb-1,"
    )
    previewed = staff_client.post(url, {"file": file})
    assert "create_missing_tags" not in previewed.context["form"].fields
    staff_client.post(url, {"digest": previewed.context["confirm_form"]["digest"].value()})
    assert list(Project.objects.values_list("title", flat=True)) == ["Twins"]


def test_the_page_lists_the_optional_korean_columns(staff_client):
    text = staff_client.get(URL).text
    assert "description_ko, city_ko" in text and "Korean name, description and city" in text


def test_a_file_with_the_korean_description_imports_it(staff_client, capability):
    file = upload(HEADER + ",description_ko", HANBIT + ",도시를 짓습니다")
    confirm(staff_client, staff_client.post(URL, {"file": file}))
    assert Organisation.objects.get().description_ko == "도시를 짓습니다"


def test_a_korean_staff_member_sees_every_bad_row_in_korean(staff_client, capability, two_bad_rows):
    response = staff_client.post(KO_URL, {"file": two_bad_rows})
    error = response.context["error"]
    assert [(row.line, row.reasons) for row in error.row_errors] == [
        (3, ("country 열의 'Korea'은(는) ISO 3166 alpha-2 국가 코드가 아닙니다",)),
        (4, ("description 열에 NUL 문자가 있습니다",)),
    ]
    assert "orgs.csv: 잘못된 행이 2개 있어 아무것도 가져오지 않았습니다." in response.text
    assert "is not an ISO" not in response.text and not Organisation.objects.exists()


def test_the_english_page_still_words_the_bad_rows_in_english(
    staff_client, capability, two_bad_rows
):
    response = staff_client.post(URL, {"file": two_bad_rows})
    reasons = [row.reasons for row in response.context["error"].row_errors]
    assert reasons == [
        ("country 'Korea' is not an ISO 3166 alpha-2 country code",),
        ("NUL character in description",),
    ]
    assert "orgs.csv: 2 bad rows; nothing was imported." in response.text


def test_a_korean_staff_member_sees_a_bad_header_in_korean(staff_client, db):
    response = staff_client.post(KO_URL, {"file": upload(HEADER.replace("name_ko", "ko"), BAYES)})
    message = response.context["error"].message
    assert message.startswith(
        "orgs.csv: 1행: 머리글이 잘못되었습니다(없는 열: name_ko; 알 수 없는 열: ko)."
    )


def test_a_korean_staff_member_is_told_what_was_imported_in_korean(staff_client, capability):
    previewed = staff_client.post(KO_URL, {"file": upload(HEADER, BAYES, HANBIT)})
    digest = previewed.context["confirm_form"]["digest"].value()
    page = staff_client.post(KO_URL, {"digest": digest}, follow=True).text
    assert "orgs.csv 가져오기 완료: 생성 2건, 갱신 0건, 변경 없음 0건." in page


def test_the_staff_export_imports_back_unchanged(staff_client, capability):
    OrganisationFactory(external_id="gb-9", name_ko="베이즈", offers=[capability])
    exported = staff_client.get(reverse("staff:organisations_export")).content
    assert exported.decode("utf-8-sig").startswith("id,external_id,")
    response = staff_client.post(URL, {"file": SimpleUploadedFile("export.csv", exported)})
    preview = response.context["preview"]
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 1)


def test_the_page_says_which_export_columns_are_ignored(staff_client):
    text = staff_client.get(URL).text
    assert "<code>id, verified, created_at, updated_at</code>" in text


def test_the_preview_warns_that_new_tags_are_public_without_korean_names(staff_client, db):
    file = upload(HEADER, BAYES, HANBIT.replace("digital-twins", "port-sensing"))
    response = staff_client.post(URL, {"file": file, "create_missing_tags": "on"})
    assert "New tags are public at once and have no Korean name yet." in response.text
    assert "New capabilities: digital-twins, port-sensing" in response.text
    assert "as their rows name no sector or several: port-sensing</p>" in response.text
