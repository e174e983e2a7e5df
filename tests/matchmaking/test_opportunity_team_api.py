from django.urls import reverse


def test_answers_members_and_uncovered_capabilities(api_client, uk_sme, korean_partner, open_call):
    body = api_client.get(reverse("api:opportunity-team", args=[open_call.pk])).json()
    assert {m["organisation"]["country"] for m in body["members"]} == {"GB", "KR"}
    assert body["uncovered"] == []
    assert {c["slug"] for c in body["covered"]} == {"open-ran", "computer-vision"}


def test_each_member_says_what_it_brings(api_client, uk_sme, korean_partner, open_call):
    body = api_client.get(reverse("api:opportunity-team", args=[open_call.pk])).json()
    reasons = {m["organisation"]["name"]: m["reasons"][0] for m in body["members"]}
    assert reasons["Busan Radio Co"] == "Brings Open RAN, which no one else in the team covers"


def test_unknown_opportunity_answers_404(api_client, db):
    assert api_client.get(reverse("api:opportunity-team", args=[424242])).status_code == 404
