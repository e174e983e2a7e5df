import datetime

import pytest
from django.utils import timezone

from accounts.services import language_preference_set
from alerts.models import AlertDelivery
from alerts.services import deadline_reminders_send, deadline_reminders_stop
from tests.factories import MembershipFactory, OpportunityFactory, OpportunityInterestFactory


@pytest.fixture
def interested_in(organisation, member):
    """Makes an opportunity whose deadline is the given number of days away, which
    `organisation` (and so `member`) is interested in."""

    def make(days: int, **values):
        deadline = timezone.localdate() + datetime.timedelta(days=days)
        opportunity = OpportunityFactory(
            title="Port call", deadline=deadline, opens_on=None, **values
        )
        OpportunityInterestFactory(opportunity=opportunity, organisation=organisation)
        return opportunity

    return make


def send(days_later: int = 0):
    return deadline_reminders_send(now=timezone.now() + datetime.timedelta(days=days_later))


def test_members_are_reminded_fourteen_days_before(interested_in, member, mailoutbox):
    interested_in(14)
    send()
    assert [m.to for m in mailoutbox] == [[member.email]]
    assert mailoutbox[0].subject == "[Korea–UK Match] In 14 days: the deadline of Port call"


def test_and_again_three_days_before(interested_in, mailoutbox):
    interested_in(14)
    send()
    send(days_later=11)
    assert [m.subject.split(":")[0] for m in mailoutbox] == [
        "[Korea–UK Match] In 14 days",
        "[Korea–UK Match] In 3 days",
    ]


def test_each_reminder_goes_once(interested_in, mailoutbox):
    interested_in(14)
    for days_later in (0, 0, 1, 10):
        send(days_later=days_later)
    assert len(mailoutbox) == 1
    assert AlertDelivery.objects.get().kind == "deadline_14"


def test_interest_shown_two_days_before_gets_the_three_day_reminder_only(interested_in, mailoutbox):
    interested_in(2)
    send()
    send(days_later=1)
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["[Korea–UK Match] In 2 days"]
    assert AlertDelivery.objects.get().kind == "deadline_3"


@pytest.mark.parametrize(("days", "values"), [(15, {}), (-1, {}), (5, {"status": "archived"})])
def test_far_closed_and_archived_ones_get_none(interested_in, mailoutbox, days, values):
    interested_in(days, **values)
    send()
    assert mailoutbox == []


def test_a_member_who_stopped_them_gets_none(interested_in, member, mailoutbox):
    deadline_reminders_stop(user=member, opportunity=interested_in(3))
    send()
    assert mailoutbox == []


def test_a_member_of_two_interested_organisations_gets_one_mail_naming_both(
    interested_in, member, mailoutbox
):
    opportunity = interested_in(10)
    second = MembershipFactory(user=member, organisation__name="Second Ltd").organisation
    OpportunityInterestFactory(opportunity=opportunity, organisation=second)
    send()
    assert len(mailoutbox) == 1 and "Bayes Example Ltd and Second Ltd" in mailoutbox[0].body


def test_the_reminder_stops_in_one_click(interested_in, mailoutbox):
    interested_in(14)
    send()
    headers = mailoutbox[0].extra_headers
    assert headers["List-Unsubscribe"].strip("<>") in mailoutbox[0].body


def test_a_member_who_chose_korean_is_reminded_in_korean(interested_in, member, mailoutbox):
    language_preference_set(user=member, language="ko")
    interested_in(14)
    send()
    assert mailoutbox[0].subject == "[Korea–UK Match] 14일 후: Port call 마감"
    assert "/ko/opportunities/" in mailoutbox[0].body


def test_the_korean_reminder_writes_the_deadline_the_korean_way(interested_in, member, mailoutbox):
    language_preference_set(user=member, language="ko")
    deadline = interested_in(14).deadline
    send()
    assert f"{deadline.year}년 {deadline.month}월 {deadline.day}일" in mailoutbox[0].body


def test_the_korean_reminder_names_the_opportunity_by_its_korean_title(
    interested_in, member, mailoutbox
):
    language_preference_set(user=member, language="ko")
    interested_in(14, title_ko="항만 공모")
    send()
    assert mailoutbox[0].subject == "[Korea–UK Match] 14일 후: 항만 공모 마감"
    assert "“항만 공모”" in mailoutbox[0].body and "Port call" not in mailoutbox[0].body


def test_the_english_reminder_keeps_the_english_title(interested_in, mailoutbox):
    interested_in(14, title_ko="항만 공모")
    send()
    assert "“Port call”" in mailoutbox[0].body and "항만" not in mailoutbox[0].body


def test_the_korean_reminder_names_the_interested_organisation_in_korean(
    interested_in, organisation, member, mailoutbox
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    interested_in(14)
    language_preference_set(user=member, language="ko")
    send()
    language_preference_set(user=member, language="en")
    send(days_later=11)
    korean, english = mailoutbox
    assert "베이즈 예시이(가)" in korean.body and "Bayes" not in korean.body
    assert "because Bayes Example Ltd said" in english.body and "베이즈" not in english.body
