from django.urls import reverse


def test_answers_members_and_uncovered_capabilities(api_client, uk_sme, korean_partner, open_call):
    body = api_client.get(reverse("api:opportunity-team", args=[open_call.pk])).json()
    assert {m["organisation"]["country"] for m in body["members"]} == {"GB", "KR"}
    assert body["uncovered"] == []
    assert {c["slug"] for c in body["covered"]} == {"open-ran", "computer-vision"}


def test_unknown_opportunity_answers_404(api_client, db):
    assert api_client.get(reverse("api:opportunity-team", args=[424242])).status_code == 404
