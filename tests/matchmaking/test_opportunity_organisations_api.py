from django.urls import reverse


def test_answers_eligible_organisations(api_client, uk_sme, korean_partner, open_call):
    url = reverse("api:opportunity-organisations", args=[open_call.pk])
    names = [s["organisation"]["name"] for s in api_client.get(url + "?country=KR").json()]
    assert names == ["Busan Radio Co"]


def test_draft_opportunity_is_not_found(api_client, open_call):
    open_call.status = "draft"
    open_call.save()
    url = reverse("api:opportunity-organisations", args=[open_call.pk])
    assert api_client.get(url).status_code == 404


def test_bad_country_answers_400(api_client, open_call):
    url = reverse("api:opportunity-organisations", args=[open_call.pk])
    assert api_client.get(url + "?country=G").status_code == 400
