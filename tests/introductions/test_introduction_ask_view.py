import pytest
from django.urls import reverse
from django.utils import translation

from introductions.models import IntroductionRequest
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

FORM = {"message": "A joint pilot.", "seeking": "A testbed.", "preferred_language": "ko"}


@pytest.fixture
def url(other_organisation):
    return reverse("introductions:ask", args=[other_organisation.pk])


def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    assert client.get(url).status_code == 302


def test_a_member_asks_on_behalf_of_their_organisation(client, member, organisation, url):
    client.force_login(member)
    response = client.post(url, {**FORM, "organisation": organisation.pk})
    assert response.status_code == 302
    request = IntroductionRequest.objects.get()
    assert (request.requester_organisation, request.preferred_language) == (organisation, "ko")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_preferred_language_starts_as_the_pages(client, member, other_organisation, language):
    client.force_login(member)
    with translation.override(language):
        url = reverse("introductions:ask", args=[other_organisation.pk])
    form = client.get(url).context["form"]
    assert form["preferred_language"].value() == language


def test_someone_elses_organisation_cannot_be_chosen(client, other_member, organisation):
    client.force_login(other_member)
    url = reverse("introductions:ask", args=[OrganisationFactory().pk])
    response = client.post(url, {**FORM, "organisation": organisation.pk})
    assert response.status_code == 200 and not IntroductionRequest.objects.exists()


def test_the_service_refusal_is_shown_on_the_form(client, member, organisation, url, introduction):
    client.force_login(member)
    response = client.post(url, {**FORM, "organisation": organisation.pk})
    assert "already asked to be introduced to them" in response.text
    assert IntroductionRequest.objects.count() == 1


def test_a_crossed_request_is_refused_on_the_form(
    client, other_member, other_organisation, organisation, introduction
):
    client.force_login(other_member)
    url = reverse("introductions:ask", args=[organisation.pk])
    response = client.post(url, {**FORM, "organisation": other_organisation.pk})
    assert response.status_code == 200
    assert "They have already asked to be introduced to you" in response.text
    assert IntroductionRequest.objects.count() == 1


def test_a_draft_organisation_cannot_be_asked_for(client, member):
    client.force_login(member)
    url = reverse("introductions:ask", args=[OrganisationFactory(status="draft").pk])
    assert client.get(url).status_code == 404


def test_after_asking_the_member_lands_on_the_request(client, member, organisation, url):
    client.force_login(member)
    response = client.post(url, {**FORM, "organisation": organisation.pk})
    request = IntroductionRequest.objects.get()
    assert response["Location"] == reverse("introductions:detail", args=[request.pk])


def test_the_organisation_the_suggestion_was_for_is_chosen(client, member, organisation, url):
    client.force_login(member)
    response = client.get(url, {"organisation": organisation.pk})
    assert response.context["form"]["organisation"].value() == str(organisation.pk)


@pytest.mark.parametrize("field", ["message", "seeking"])
def test_over_2000_characters_are_refused_by_the_field(client, member, organisation, url, field):
    client.force_login(member)
    typed = "x" * 2001
    response = client.post(url, {**FORM, field: typed, "organisation": organisation.pk})
    assert "at most 2000 characters" in response.context["form"].errors[field][0]
    assert response.context["form"][field].value() == typed
    assert not IntroductionRequest.objects.exists()


def test_a_korean_member_asks_under_the_korean_name(
    client, member, organisation, other_organisation
):
    other_organisation.name_ko, organisation.name_ko = "서울 예시", "베이즈 예시"
    other_organisation.save()
    organisation.save()
    client.force_login(member)
    with translation.override("ko"):
        url = reverse("introductions:ask", args=[other_organisation.pk])
        text = client.get(url).text
        told = client.post(url, {**FORM, "organisation": organisation.pk}, follow=True).text
    assert "<h1>서울 예시 소개 요청</h1>" in text and "Seoul Example Co" not in text
    assert ">베이즈 예시</option>" in text
    assert "서울 예시 소개 요청이 담당자에게 접수되었습니다." in told


def test_a_member_without_an_organisation_is_shown_how_to_create_one(client, url):
    client.force_login(UserFactory())
    response = client.get(url)
    assert reverse("organisations:profile_create") in response.text
    assert "<form" not in response.text.split('id="main"')[1]


def test_a_member_whose_organisation_is_not_published_is_sent_to_it(client, url):
    client.force_login(MembershipFactory(organisation__status="draft").user)
    response = client.get(url)
    assert reverse("organisations:mine") in response.text.split('id="main"')[1]
    assert reverse("organisations:profile_create") not in response.text


def test_a_question_label_in_the_error_summary_takes_no_colon(client, member, organisation, url):
    client.force_login(member)
    response = client.post(url, {**FORM, "organisation": organisation.pk, "message": ""})
    assert "What do you propose? This field is required." in response.text
    assert "?:" not in response.text
