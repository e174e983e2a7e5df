from django.conf import settings

from accounts.services import language_preference_set


def test_first_visit_follows_accept_language(client, db):
    response = client.get("/organisations/", headers={"accept-language": "ko-KR,ko;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/ko/organisations/"


def test_english_browser_stays_on_the_unprefixed_page(client, db):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response.status_code == 200


def test_cookie_choice_wins_over_accept_language(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/", headers={"accept-language": "ko"})
    assert response.status_code == 200


def test_posts_to_old_addresses_are_not_redirected(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ko"
    response = client.post("/alerts/stop/not-a-token/")
    assert response.status_code != 302 or not response["Location"].startswith("/ko/")


def test_api_is_not_redirected(client, db):
    response = client.get("/api/sectors/", headers={"accept-language": "ko"})
    assert response.status_code == 200


def test_members_saved_language_is_applied_at_login(client, member):
    language_preference_set(user=member, language="ko")
    client.force_login(member)
    response = client.get("/dashboard/")
    assert response["Location"] == "/ko/dashboard/"


def test_unprefixed_answers_vary_on_the_language_cookie(client, db):
    response = client.get("/")
    assert "Cookie" in response["Vary"]
