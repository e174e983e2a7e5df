import pytest
from django.urls import reverse

from tests.factories import OpportunityFactory


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_publish(login_as, role, status):
    opportunity = OpportunityFactory(status="draft")
    url = reverse("staff:opportunity_publish", args=[opportunity.pk])
    assert login_as(role).post(url).status_code == status
    opportunity.refresh_from_db()
    assert (opportunity.status == "published") == (role == "staff")


def test_publishing_twice_is_explained(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    url = reverse("staff:opportunity_publish", args=[digital_twin_challenge.pk])
    assert "Cannot publish" in client.post(url, follow=True).text


def test_korean_staff_are_told_in_the_korean_title_without_a_double_particle(client, staff_user):
    opportunity = OpportunityFactory(status="draft", title="Busan port", title_ko="부산항 실증")
    client.force_login(staff_user)
    url = "/ko" + reverse("staff:opportunity_publish", args=[opportunity.pk])
    text = client.post(url, follow=True).text
    assert "“부산항 실증” 사업 기회를 게시했습니다." in text


def test_a_refusal_names_the_korean_title_to_korean_staff(client, staff_user):
    opportunity = OpportunityFactory(title="Busan port", title_ko="부산항 실증")
    client.force_login(staff_user)
    url = "/ko" + reverse("staff:opportunity_publish", args=[opportunity.pk])
    assert "“부산항 실증” 사업 기회를 게시할 수 없습니다." in client.post(url, follow=True).text
