from django.conf import settings

from accounts.models import LanguagePreference


def test_switcher_sets_the_cookie_and_goes_to_the_korean_page(client, db):
    response = client.post("/language/", {"language": "ko", "next": "/organisations/?q=x"})
    assert response.status_code == 302
    assert response["Location"] == "/ko/organisations/?q=x"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ko"


def test_switcher_back_to_english_leaves_the_prefix(client, db):
    response = client.post("/language/", {"language": "en", "next": "/ko/organisations/"})
    assert response["Location"] == "/organisations/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_switcher_keeps_a_members_choice_on_the_account(client, member):
    client.force_login(member)
    client.post("/language/", {"language": "ko", "next": "/"})
    assert LanguagePreference.objects.get(user=member).language == "ko"


def test_switcher_ignores_a_language_not_offered(client, member):
    client.force_login(member)
    response = client.post("/language/", {"language": "fr", "next": "/"})
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert not LanguagePreference.objects.exists()


def test_switcher_refuses_get(client, db):
    assert client.get("/language/?language=ko").status_code == 405


def test_switcher_to_english_takes_the_prefix_off_the_pages_own_next(client, db):
    next_url = "/ko/accounts/login/?next=/ko/dashboard/"
    response = client.post("/language/", {"language": "en", "next": next_url})
    assert response["Location"] == "/accounts/login/?next=/dashboard/"


def test_switcher_to_korean_gives_the_pages_own_next_in_korean(client, db):
    next_url = "/accounts/login/?next=/dashboard/%3Forganisation%3D3"
    response = client.post("/language/", {"language": "ko", "next": next_url})
    assert response["Location"] == "/ko/accounts/login/?next=/ko/dashboard/%3Forganisation%3D3"


def test_switcher_leaves_a_next_to_another_site_alone(client, db):
    next_url = "/ko/accounts/login/?next=//evil.example/ko/"
    response = client.post("/language/", {"language": "en", "next": next_url})
    assert response["Location"] == "/accounts/login/?next=//evil.example/ko/"
