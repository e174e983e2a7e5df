import pytest
from django.urls import reverse
from django.utils import translation

from organisations.models import Membership, Organisation

URL = reverse("organisations:profile_create")
BASICS = {"name": "Bayes Twin Ltd", "kind": "sme", "country": "GB", "city": "Cambridge"}


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_first_step_asks_for_the_basics(client, other_member):
    client.force_login(other_member)
    text = client.get(URL).text
    assert "Step 1 of 5" in text and 'name="name"' in text and 'name="country"' in text


def test_a_korean_reader_sees_every_basics_label_in_korean(client, other_member):
    client.force_login(other_member)
    with translation.override("ko"):
        text = client.get(reverse("organisations:profile_create")).text
    assert '<label for="id_website">웹사이트' in text and ">Website" not in text


def test_saving_the_basics_creates_a_draft_the_user_owns(client, other_member):
    client.force_login(other_member)
    response = client.post(URL, BASICS)
    organisation = Organisation.objects.get(name="Bayes Twin Ltd")
    assert response.url == reverse("organisations:profile_step", args=[organisation.pk, "sectors"])
    assert organisation.status == "draft"
    assert Membership.objects.get(organisation=organisation).user == other_member


@pytest.mark.parametrize(
    "changes, field, error",
    [
        ({"name": ""}, "name", "This field is required."),
        ({"country": "ZZ"}, "country", "Select a valid choice."),
        ({"founded_year": "1200"}, "founded_year", "Give a year between 1800"),
        ({"website": "not a site"}, "website", "Enter a valid URL."),
    ],
)
def test_errors_show_by_the_field_and_keep_what_was_typed(client, member, changes, field, error):
    client.force_login(member)
    response = client.post(URL, {**BASICS, **changes})
    assert error in response.context["form"].errors[field][0]
    assert f'id="id_{field}_error"' in response.text
    assert 'value="Cambridge"' in response.text
    assert not Organisation.objects.filter(name="Bayes Twin Ltd").exists()


def test_an_invisible_character_in_the_name_is_an_error_by_the_field(client, member):
    client.force_login(member)
    response = client.post(URL, {**BASICS, "name": "Bayes\u202eTwin"})
    assert "U+202E" in response.context["form"].errors["name"][0]
    assert not Organisation.objects.filter(city="Cambridge").exists()


def test_over_the_limit_the_form_says_so(client, member, settings):
    settings.ORGANISATIONS_PER_USER_LIMIT = 1
    client.force_login(member)
    response = client.post(URL, BASICS)
    assert "already own 1 organisation," in response.text
    assert not Organisation.objects.filter(name="Bayes Twin Ltd").exists()


def test_the_basics_save_the_korean_city_from_a_korean_input(client, other_member):
    client.force_login(other_member)
    assert 'name="city_ko" lang="ko"' in client.get(URL).text
    client.post(URL, {**BASICS, "city_ko": "케임브리지"})
    assert Organisation.objects.get(name="Bayes Twin Ltd").city_ko == "케임브리지"


def test_a_form_error_keeps_the_korean_city_typed(client, other_member):
    client.force_login(other_member)
    response = client.post(URL, {**BASICS, "city_ko": "케임브리지", "name": ""})
    assert 'value="케임브리지"' in response.text
    assert not Organisation.objects.filter(city_ko="케임브리지").exists()


def test_a_korean_city_longer_than_120_characters_is_refused_by_the_field(client, other_member):
    client.force_login(other_member)
    response = client.post(URL, {**BASICS, "city_ko": "가" * 121})
    assert "city_ko" in response.context["form"].errors


def test_countries_are_named_in_the_readers_language(client, other_member):
    client.force_login(other_member)
    with translation.override("ko"):
        korean = client.get(reverse("organisations:profile_create")).text
    english = client.get(URL).text
    assert '<option value="KR">대한민국</option>' in korean and "South Korea" not in korean
    assert '<option value="KR">South Korea</option>' in english
