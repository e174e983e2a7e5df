import pytest
from django.core.exceptions import ValidationError

from matchmaking.services import dismissal_create


def test_dismissing_twice_keeps_one_record(uk_sme, korean_partner, member):
    first = dismissal_create(
        user=member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    again = dismissal_create(
        user=member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    assert first == again


def test_needs_exactly_one_target(uk_sme, korean_partner, open_call, member):
    with pytest.raises(ValidationError):
        dismissal_create(user=member, organisation=uk_sme)
    with pytest.raises(ValidationError):
        dismissal_create(user=member, organisation=uk_sme, dismissed_organisation=korean_partner,
                         dismissed_opportunity=open_call)  # fmt: skip
