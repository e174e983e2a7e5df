import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from opportunities.models import Opportunity, OpportunityStatus
from tests.factories import OpportunityFactory, OrganisationFactory

URL = reverse("staff:import_opportunities")
HEADER = (
    "external_id,title,kind,hosts,country,city,sectors,required_capabilities,"
    "budget_amount,budget_currency,opens_on,deadline,source_url,description"
)
CALL = "op-1,Twin call,rd_call,,KR,Seoul,smart-cities,digital-twins,1000,KRW,,2030-01-01,,Call"
with translation.override("ko"):
    KO_URL = reverse("staff:import_opportunities")


@pytest.fixture
def two_bad_calls():
    """A file whose lines 3 (deadline before opening) and 4 (budget without currency) are bad."""
    early = CALL.replace("op-1", "op-2").replace(",,2030-01-01,", ",2030-02-01,2030-01-01,")
    no_currency = CALL.replace("op-1", "op-3").replace(",KRW,", ",,")
    lines = [HEADER, CALL, early, no_currency]
    return SimpleUploadedFile("calls.csv", ("\n".join(lines) + "\n").encode(), "text/csv")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_the_imports_page(login_as, role, status):
    assert login_as(role).get(reverse("staff:imports")).status_code == status


def test_the_imports_page_links_each_import_and_the_nav_links_it(client, staff_user):
    client.force_login(staff_user)
    page = client.get(reverse("staff:imports")).content.decode()
    for name in ("import_organisations", "import_opportunities", "import_projects"):
        assert reverse(f"staff:{name}") in page
    assert reverse("staff:imports") in client.get(reverse("staff:home")).content.decode()


def test_opportunities_are_previewed_then_imported(client, staff_user, capability):
    client.force_login(staff_user)
    file = SimpleUploadedFile("calls.csv", f"{HEADER}\n{CALL}\n".encode(), "text/csv")
    previewed = client.post(URL, {"file": file})
    assert previewed.context["preview"].created == 1 and not Opportunity.objects.exists()
    client.post(URL, {"digest": previewed.context["confirm_form"]["digest"].value()})
    assert list(Opportunity.objects.values_list("external_id", flat=True)) == ["op-1"]


def test_a_korean_staff_member_sees_both_bad_calls_in_korean(
    client, staff_user, capability, two_bad_calls
):
    client.force_login(staff_user)
    response = client.post(KO_URL, {"file": two_bad_calls})
    assert [(row.line, row.reasons) for row in response.context["error"].row_errors] == [
        (3, ("deadline 2030-01-01이(가) opens_on 2030-02-01보다 이릅니다",)),
        (4, ("budget_currency 없이 budget_amount만 입력되었습니다",)),
    ]
    assert "calls.csv: 잘못된 행이 2개 있어" in response.text and not Opportunity.objects.exists()


def test_the_english_page_lists_the_bad_calls_in_english(
    client, staff_user, capability, two_bad_calls
):
    client.force_login(staff_user)
    response = client.post(URL, {"file": two_bad_calls})
    assert [row.reasons for row in response.context["error"].row_errors] == [
        ("deadline 2030-01-01 is before opens_on 2030-02-01",),
        ("budget_amount is given without a budget_currency",),
    ]


def test_the_staff_export_imports_back_unchanged_keeping_hosts_made_on_the_site(
    client, staff_user, capability
):
    hosts = [OrganisationFactory(external_id="kr-host"), OrganisationFactory(external_id="")]
    opportunity = OpportunityFactory(
        external_id="op-9", summary="Short", hosts=hosts, required_capabilities=[capability]
    )
    client.force_login(staff_user)
    exported = client.get(reverse("staff:opportunities_export")).content
    previewed = client.post(URL, {"file": SimpleUploadedFile("export.csv", exported)})
    preview = previewed.context["preview"]
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 1)
    client.post(URL, {"digest": previewed.context["confirm_form"]["digest"].value()})
    assert set(opportunity.hosts.all()) == set(hosts)


def test_an_edited_summary_in_the_export_is_imported(client, staff_user):
    OpportunityFactory(external_id="op-9", summary="Short")
    client.force_login(staff_user)
    exported = client.get(reverse("staff:opportunities_export")).content.replace(
        b"Short", b"Longer"
    )
    previewed = client.post(URL, {"file": SimpleUploadedFile("export.csv", exported)})
    client.post(URL, {"digest": previewed.context["confirm_form"]["digest"].value()})
    assert Opportunity.objects.get(external_id="op-9").summary == "Longer"


def test_an_archived_call_in_the_export_imports_back_unchanged(client, staff_user):
    OpportunityFactory(external_id="op-old", status=OpportunityStatus.ARCHIVED)
    client.force_login(staff_user)
    exported = client.get(reverse("staff:opportunities_export") + "?status=archived").content
    previewed = client.post(URL, {"file": SimpleUploadedFile("export.csv", exported)})
    preview = previewed.context["preview"]
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 1)
