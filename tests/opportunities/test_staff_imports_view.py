import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from opportunities.models import Opportunity

URL = reverse("staff:import_opportunities")
HEADER = (
    "external_id,title,kind,hosts,country,city,sectors,required_capabilities,"
    "budget_amount,budget_currency,opens_on,deadline,source_url,description"
)
CALL = "op-1,Twin call,rd_call,,KR,Seoul,smart-cities,digital-twins,1000,KRW,,2030-01-01,,Call"


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
