from django.urls import reverse
from django.utils import timezone

from matchmaking.engine import formula
from matchmaking.models import MatchingModel


def test_staff_see_the_fits_with_their_data_and_validation(client, staff_user):
    MatchingModel.objects.create(
        is_fitted=True, partner_weights={**formula.PARTNER_WEIGHTS, "network": 41.5},
        opportunity_weights=formula.OPPORTUNITY_WEIGHTS, data_seen={"project_pairs": 120},
        validation={"auc_fitted": 0.81, "auc_defaults": 0.77}, note="Partner weights fitted.",
    )  # fmt: skip
    client.force_login(staff_user)
    html = client.get(reverse("staff:matching_models")).content.decode()
    assert "In force" in html and "network 41.5" in html
    assert "project_pairs 120" in html and "auc_fitted 0.81" in html


def test_without_a_fit_the_page_says_the_defaults_are_in_force(client, staff_user):
    client.force_login(staff_user)
    assert (
        "default weights are in force"
        in client.get(reverse("staff:matching_models")).content.decode()
    )


def test_members_may_not_see_it(client, member):
    client.force_login(member)
    assert client.get(reverse("staff:matching_models")).status_code == 403


def test_the_korean_page_writes_the_fits_date_the_korean_way(client, staff_user):
    fitted = MatchingModel.objects.create(
        is_fitted=True, partner_weights={}, opportunity_weights={}
    )
    day = timezone.localtime(fitted.created_at)
    client.force_login(staff_user)
    html = client.get("/ko" + reverse("staff:matching_models")).content.decode()
    assert f"{day.year}년 {day.month}월 {day.day}일" in html
