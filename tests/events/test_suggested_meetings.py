import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.selectors import suggested_meetings
from matchmaking.selectors import partners_for_organisation
from tests.events.factories import RegistrationFactory
from tests.factories import OrganisationFactory


@pytest.fixture
def fitting(event, uk_sme, korean_partner):
    """The UK SME and its Korean mirror image, both taking part."""
    return RegistrationFactory(event=event, organisation=uk_sme), RegistrationFactory(
        event=event, organisation=korean_partner
    )


def test_a_mutual_fit_is_suggested_with_the_engines_reasons(fitting):
    uk, korea = fitting
    [suggestion] = suggested_meetings(registration=uk)
    assert suggestion.registration == korea and suggestion.strength == "strong"
    assert "They offer Open RAN, which you seek" in suggestion.reasons
    assert "A partner on the other side: one in Korea, one in the UK." in suggestion.reasons


def test_the_score_is_the_partner_suggestions_score(fitting, uk_sme):
    [partner] = partners_for_organisation(organisation=uk_sme)
    [suggestion] = suggested_meetings(registration=fitting[0])
    assert suggestion.score == round(partner.score / 100, 4)
    assert tuple(suggestion.reasons[: len(partner.reasons)]) == partner.reasons


def test_only_participants_of_the_event_are_ranked(fitting, sector, open_ran):
    OrganisationFactory(country="KR", sectors=[sector], offers=[open_ran])
    assert [s.registration for s in suggested_meetings(registration=fitting[0])] == [fitting[1]]


def test_a_korean_reader_sees_capabilities_by_their_korean_names(fitting, open_ran):
    with translation.override("ko"):
        [suggestion] = suggested_meetings(registration=fitting[0])
    assert any(open_ran.name_ko in reason for reason in suggestion.reasons)


def test_participants_with_nothing_in_common_are_left_out(fitting, event):
    RegistrationFactory(event=event, organisation__description="")
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
    [suggestion] = suggested_meetings(registration=mine)
    assert suggestion.registration == theirs
    assert "They offer Open RAN, which you seek" in suggestion.reasons


def test_the_queries_do_not_grow_with_the_participants(fitting, event, sector, open_ran):
    suggested_meetings(registration=fitting[0])  # builds the index

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            suggested_meetings(registration=fitting[0])
        return len(captured)

    before = queries()
    for _ in range(5):
        RegistrationFactory(
            event=event, organisation=OrganisationFactory(sectors=[sector], offers=[open_ran])
        )
    suggested_meetings(registration=fitting[0])  # the index takes in the new organisations
    assert queries() == before
