import pytest
from django.utils import translation

from events.selectors import suggested_meetings
from tests.events.factories import RegistrationFactory


@pytest.fixture
def fitting(event, uk_sme, korean_partner):
    """The UK SME and its Korean mirror image, both taking part."""
    return RegistrationFactory(event=event, organisation=uk_sme), RegistrationFactory(
        event=event, organisation=korean_partner
    )


def test_a_mutual_fit_is_suggested_with_reasons(fitting):
    uk, korea = fitting
    [suggestion] = suggested_meetings(registration=uk)
    assert suggestion.registration == korea and suggestion.score == 1.0
    assert "Offers what you seek: Open RAN." in suggestion.reasons


def test_a_korean_reader_sees_capabilities_by_their_korean_names(fitting, open_ran):
    with translation.override("ko"):
        [suggestion] = suggested_meetings(registration=fitting[0])
    assert any(open_ran.name_ko in reason for reason in suggestion.reasons)


def test_participants_with_nothing_in_common_are_left_out(fitting, event):
    RegistrationFactory(event=event)
    assert len(suggested_meetings(registration=fitting[0])) == 1


def test_pending_participants_are_not_suggested(fitting, event, korean_partner):
    fitting[1].status = "pending"
    fitting[1].save()
    assert suggested_meetings(registration=fitting[0]) == []


def test_what_it_seeks_at_the_event_counts(event, organisation, other_organisation, open_ran):
    mine = RegistrationFactory(event=event, organisation=organisation)
    mine.seeks_capabilities.add(open_ran)
    other_organisation.offers.add(open_ran)
    theirs = RegistrationFactory(event=event, organisation=other_organisation)
    assert [s.registration for s in suggested_meetings(registration=mine)] == [theirs]
