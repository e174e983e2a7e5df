import re

from django.urls import reverse

from tests.factories import UserFactory


def title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.text, re.S).group(1)


def test_a_failed_form_prefixes_the_title_with_error(client, db):
    response = client.post(reverse("account_login"), {"login": "", "password": ""})
    assert title(response).startswith("Error: Log in")


def test_a_failed_form_on_a_korean_page_prefixes_the_title_in_korean(client, db):
    response = client.post("/ko/accounts/login/", {"login": "", "password": ""})
    assert title(response).startswith("오류: ")


def test_a_form_not_yet_sent_leaves_the_title_alone(client, db):
    assert title(client.get(reverse("account_login"))).startswith("Log in")


def test_filters_that_were_not_understood_do_not_count(client, db):
    client.force_login(UserFactory())
    assert not title(client.get("/organisations/?country=XX")).startswith("Error")


def test_the_error_summary_can_take_the_focus(client, db):
    response = client.post(reverse("account_login"), {"login": "", "password": ""})
    assert '<div class="error-summary" role="alert" tabindex="-1">' in response.text
    assert "js/error-summary.js" in response.text
