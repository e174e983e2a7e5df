import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import IntroductionRequestFactory, OrganisationFactory

URL = reverse("staff:overview")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_the_overview(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_anonymous_visitors_are_sent_to_log_in(login_as):
    assert login_as("anonymous").get(URL).url.startswith(reverse("account_login"))


def test_draws_the_charts_with_their_numbers(
    login_as, introduction_through, uk_sme, korean_partner
):
    introduction_through("forwarded", "introduced")
    introduction_through()
    response = login_as("staff").get(URL)
    assert response.text.count('<svg class="chart"') == 4  # the gaps chart goes both ways
    assert '<title id="funnel-title">Introduction funnel, all time</title>' in response.text
    assert '<th scope="row">Accepted (introduced)</th><td>1</td>' in response.text


def test_a_korean_reader_sees_the_sectors_and_chart_words_in_korean(
    login_as, uk_sme, korean_partner
):
    with translation.override("ko"):
        text = login_as("staff").get(reverse("staff:overview")).text
    assert '<th scope="row">스마트시티</th>' in text and "Smart cities" not in text
    assert "분야별 한국 수요 대비 영국 공급" in text and "demand against" not in text


def test_says_so_when_there_is_nothing_to_draw(login_as):
    response = login_as("staff").get(URL)
    assert '<svg class="chart"' not in response.text
    assert "No introduction requests were made yet." in response.text
    assert "Nothing is waiting" in response.text


def test_the_period_filters_the_funnel(login_as, introduction_through):
    old = introduction_through("forwarded")
    type(old).objects.filter(pk=old.pk).update(created_at="2020-01-01T00:00:00Z")
    response = login_as("staff").get(URL, {"period": "30"})
    assert response.context["funnel"].requested == 0
    assert "in this period (last 30 days)" in response.text


def test_an_unknown_period_is_refused_with_a_reason(login_as, introduction):
    response = login_as("staff").get(URL, {"period": "forever"})
    assert "Choose a period from the list. Showing all time." in response.text
    assert response.context["funnel"].requested == 1


def test_is_first_in_the_staff_navigation(login_as):
    text = login_as("staff").get(reverse("staff:home")).text
    assert text.index(URL) < text.index(reverse("staff:review_queue"))


def test_queries_stay_few_however_much_data(
    login_as, introduction_through, django_assert_max_num_queries
):
    for states in [(), ("forwarded",), ("forwarded", "introduced", "meeting_held"), ("declined",)]:
        introduction_through(*states)
    IntroductionRequestFactory.create_batch(5, state="more_information_needed")
    OrganisationFactory.create_batch(5, country="KR", status="published")
    client = login_as("staff")
    with django_assert_max_num_queries(10):
        client.get(URL)
