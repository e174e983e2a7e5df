from django.urls import reverse


def test_answers_open_opportunities_with_reasons(api_client, korean_partner, open_call):
    response = api_client.get(reverse("api:organisation-opportunities", args=[korean_partner.pk]))
    [suggestion] = response.json()
    assert suggestion["opportunity"]["name"] == "Smart city testbed"
    assert suggestion["reasons"][0] == "Covers 1 of the 2 required capabilities: Open RAN"


def test_bad_limit_answers_400(api_client, korean_partner):
    url = reverse("api:organisation-opportunities", args=[korean_partner.pk])
    assert api_client.get(url + "?limit=-3").status_code == 400
