import datetime

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
    assert "In force" in html and "<dt>Collaboration track record</dt><dd>41.5</dd>" in html
    assert "<dt>Partners in the newest projects (positive)</dt><dd>120</dd>" in html
    assert "<dt>AUC of the fitted weights</dt><dd>0.810</dd>" in html
    assert not {"network", "project_pairs", "auc_fitted"} & set(html.split())


def test_without_a_fit_the_page_says_the_defaults_are_in_force(client, staff_user):
    client.force_login(staff_user)
    assert (
        "default weights are in force"
        in client.get(reverse("staff:matching_models")).content.decode()
    )


def test_without_a_fit_the_page_lists_the_default_weights(client, staff_user):
    html = page(client, staff_user, prefix="/ko")
    assert "<dt>협력 실적</dt><dd>45.0</dd>" in html and "<dd>40.0</dd>" in html
    assert "무작위 쌍)이 30개 이상" in html


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


def fit_with(outcome="", **fields) -> MatchingModel:
    return MatchingModel.objects.create(
        is_fitted=outcome == "fitted", partner_weights=dict(formula.PARTNER_WEIGHTS),
        opportunity_weights=dict(formula.OPPORTUNITY_WEIGHTS), outcome=outcome, **fields,
    )  # fmt: skip


FEW = {"positives": 4, "negatives": 1204, "min_positives": 30, "min_negatives": 30}


def page(client, staff_user, prefix="") -> str:
    client.force_login(staff_user)
    return client.get(prefix + reverse("staff:matching_models")).content.decode()


def test_the_outcome_is_a_sentence_with_its_figures_in_english(client, staff_user):
    fit_with("too_little_history", outcome_figures=FEW, note="Stored English.")
    html = page(client, staff_user)
    assert "Too little history: 4 positive and 1,204 negative pairs, where at least 30" in html
    assert "Stored English." not in html


def test_the_outcome_is_a_sentence_with_its_figures_in_korean(client, staff_user):
    fit_with("too_little_history", outcome_figures=FEW, note="Stored English.")
    html = page(client, staff_user, "/ko")
    assert "이력이 부족합니다. 긍정 사례 4쌍과 부정 사례 1,204쌍이 있으나" in html
    assert "Stored English." not in html and "Too little history" not in html


def test_each_outcome_has_its_own_sentence(client, staff_user):
    for outcome in ("fitted", "no_separation", "no_better"):
        fit_with(outcome, outcome_figures=FEW)
    html = page(client, staff_user)
    assert "Partner weights fitted to 4 positive and 1,204 negative pairs" in html
    assert "No factor told the 4 positive pairs from the 1,204 negative ones" in html
    assert "The weights fitted to 4 positive and 1,204 negative pairs did no better" in html


def test_the_korean_page_labels_factors_and_figures_in_korean(client, staff_user):
    fit_with(data_seen={"random_pairs": 4267}, validation={"auc_defaults": 0.79541})
    html = page(client, staff_user, "/ko")
    assert "<dt>상호 보완적 역량</dt><dd>35.0</dd>" in html
    assert "<dt>무작위 쌍(부정 사례)</dt><dd>4,267</dd>" in html
    assert "<dt>기본 가중치의 AUC</dt><dd>0.795</dd>" in html


def test_a_fit_stored_before_outcomes_shows_its_note(client, staff_user):
    fit_with(note="Too little history (4 positive and 4 negative pairs).")
    html = page(client, staff_user, "/ko")
    assert '<p class="fit__outcome" lang="en">Too little history (4 positive' in html


def test_a_key_without_a_label_is_shown_as_stored(client, staff_user):
    fit_with(data_seen={"new_kind_of_pair": 3})
    assert "<dt>new_kind_of_pair</dt><dd>3</dd>" in page(client, staff_user)


def test_the_time_of_a_fit_names_its_zone(client, staff_user):
    fitted = MatchingModel.objects.create(
        is_fitted=True, partner_weights={}, opportunity_weights={}
    )
    MatchingModel.objects.filter(pk=fitted.pk).update(
        created_at=datetime.datetime(2026, 1, 15, 6, 45, tzinfo=datetime.UTC)
    )
    client.force_login(staff_user)
    assert "15 Jan 2026, 06:45 GMT</h2>" in client.get(reverse("staff:matching_models")).text
