"""Kosovo (XK, as the European Commission writes it) is accepted as a country."""

from django.core.management import call_command
from django.urls import reverse

from organisations.models import Organisation

HEADER = "external_id,name,name_ko,country,kind,city,website,sectors,offers,seeks,description"
PRISTINA = "xk-1,Prishtina Labs,,XK,sme,Pristina,,,,,Research software"


def test_the_csv_import_accepts_kosovo(write_csv, db):
    call_command("import_organisations", str(write_csv(HEADER, PRISTINA)))
    assert Organisation.objects.get(external_id="xk-1").country.name == "Kosovo"


def test_the_api_accepts_kosovo(token_client, member, organisation):
    url = reverse("api:organisation-detail", args=[organisation.pk])
    response = token_client(member).patch(url, {"country": "XK"})
    assert (response.status_code, response.json()["country"]) == (200, "XK")
