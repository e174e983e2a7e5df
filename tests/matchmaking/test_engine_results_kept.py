"""The engine's results are kept per process (matchmaking.result_cache) and used again only
under the same index version and the same inputs: never a stale answer."""

import pytest
from django.urls import reverse

from matchmaking import selectors
from matchmaking.engine.index import MatchingIndex
from matchmaking.models import Dismissal
from tests.factories import MembershipFactory


@pytest.fixture
def scans(monkeypatch):
    """The engine's scans run, by kind."""
    counted = {"partners_of": 0, "opportunities_for": 0}
    for name in counted:
        original = getattr(MatchingIndex, name)

        def counting(self, *args, _name=name, _original=original, **kwargs):
            counted[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(MatchingIndex, name, counting)
    return counted


def _partner_scores(uk_sme, user):
    partners, _ = selectors.dashboard_suggestions(organisation=uk_sme, user=user)
    return [(p.target.pk, p.score) for p in partners]


def test_a_second_identical_call_runs_no_engine_scan(uk_sme, uk_sme_member, korean_partner, scans):
    first = _partner_scores(uk_sme, uk_sme_member)
    second = _partner_scores(uk_sme, uk_sme_member)
    assert first == second
    assert scans == {"partners_of": 1, "opportunities_for": 1}


def test_an_edit_gives_a_new_ranking(uk_sme, uk_sme_member, korean_partner, computer_vision):
    [(_pk, before)] = _partner_scores(uk_sme, uk_sme_member)
    korean_partner.seeks.remove(computer_vision)
    korean_partner.save()  # moves updated_at: the index takes the edit
    [(_pk, after)] = _partner_scores(uk_sme, uk_sme_member)
    assert after < before


def test_a_dismissal_gives_a_new_ranking(uk_sme, uk_sme_member, korean_partner, scans):
    assert _partner_scores(uk_sme, uk_sme_member) != []
    Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    assert _partner_scores(uk_sme, uk_sme_member) == []
    assert scans["partners_of"] == 2


def test_another_users_dismissal_is_not_served_to_a_colleague(
    uk_sme, uk_sme_member, korean_partner
):
    colleague = MembershipFactory(organisation=uk_sme).user
    Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    assert _partner_scores(uk_sme, uk_sme_member) == []
    assert [pk for pk, _score in _partner_scores(uk_sme, colleague)] == [korean_partner.pk]


def test_the_api_sees_a_deletion_after_a_kept_result(api_client, uk_sme, korean_partner):
    url = reverse("api:organisation-partners", args=[uk_sme.pk])
    assert len(api_client.get(url).json()) == 1
    korean_partner.delete()
    assert api_client.get(url).json() == []
