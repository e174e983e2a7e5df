import datetime
from smtplib import SMTPException

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from django.utils import timezone

from accounts.services import language_preference_set
from alerts.models import AlertDelivery, SavedSearch
from alerts.services import saved_search_alerts_send, sending
from organisations.filters import OrganisationFilter
from tests.factories import OpportunityFactory, OrganisationFactory, SavedSearchFactory


def send(hours_later: float = 0):
    return saved_search_alerts_send(now=timezone.now() + datetime.timedelta(hours=hours_later))


def test_mails_only_what_was_first_published_after_the_search_was_saved(
    saved_search, publish_after, mailoutbox
):
    OrganisationFactory(name="Old Korean Co", country="KR", published_at=saved_search.created_at)
    publish_after(OrganisationFactory, name="New Korean Co", country="KR")
    publish_after(OrganisationFactory, name="New British Ltd", country="GB")
    send()
    assert [m.to for m in mailoutbox] == [[saved_search.user.email]]
    body = mailoutbox[0].body
    assert "New Korean Co" in body and "Old Korean Co" not in body and "British" not in body


def test_unpublished_organisations_are_not_announced(saved_search, publish_after, mailoutbox):
    publish_after(OrganisationFactory, country="KR", status="draft")
    send()
    assert mailoutbox == []


def test_the_mail_links_the_item_and_stops_in_one_click(saved_search, publish_after, mailoutbox):
    item = publish_after(OrganisationFactory, country="KR")
    send()
    message = mailoutbox[0]
    assert f"http://localhost:8000{reverse('organisations:detail', args=[item.pk])}" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].strip("<>") in message.body


def test_nothing_is_announced_twice(saved_search, publish_after, mailoutbox):
    publish_after(OrganisationFactory, country="KR")
    send()
    send()
    assert len(mailoutbox) == 1
    assert AlertDelivery.objects.get().saved_search == saved_search


@pytest.mark.parametrize(
    ("frequency", "too_soon", "due"), [("daily", 23, 25), ("weekly", 160, 169)]
)
def test_a_digest_waits_for_its_period_then_sends_only_the_newer_item(
    saved_search, publish_after, mailoutbox, frequency, too_soon, due
):
    SavedSearch.objects.filter(pk=saved_search.pk).update(frequency=frequency)
    publish_after(OrganisationFactory, country="KR", name="First Co")
    send()
    publish_after(OrganisationFactory, country="KR", name="Second Co")
    send(hours_later=too_soon)
    assert len(mailoutbox) == 1
    send(hours_later=due)
    assert len(mailoutbox) == 2 and "Second Co" in mailoutbox[1].body
    assert "First Co" not in mailoutbox[1].body


def test_a_paused_search_sends_nothing(saved_search, publish_after, mailoutbox):
    SavedSearch.objects.filter(pk=saved_search.pk).update(active=False)
    publish_after(OrganisationFactory, country="KR")
    send()
    assert mailoutbox == []


def test_opportunity_searches_announce_new_open_opportunities(member, mailoutbox):
    saved = SavedSearchFactory(user=member, scope="opportunities", query="country=GB")
    moment = saved.created_at + datetime.timedelta(seconds=1)
    OpportunityFactory(title="UK testbed call", country="GB", published_at=moment)
    OpportunityFactory(title="Closed call", country="GB", published_at=moment,
                       opens_on=None, deadline=datetime.date(2020, 1, 1))  # fmt: skip
    send()
    assert mailoutbox[0].subject == "[Korea–UK Match] 1 new opportunity: " + saved.name
    assert "UK testbed call (deadline" in mailoutbox[0].body and "Closed" not in mailoutbox[0].body


def test_a_korean_reader_gets_new_opportunities_by_their_korean_titles(member, mailoutbox):
    language_preference_set(user=member, language="ko")
    saved = SavedSearchFactory(user=member, scope="opportunities", query="country=GB")
    moment = saved.created_at + datetime.timedelta(seconds=1)
    OpportunityFactory(title="UK testbed call", title_ko="영국 테스트베드 공모", country="GB",
                       published_at=moment)  # fmt: skip
    send()
    assert (
        "- 영국 테스트베드 공모 (" in mailoutbox[0].body and "UK testbed" not in mailoutbox[0].body
    )


def test_a_filter_that_no_longer_holds_announces_nothing(member, mailoutbox):
    saved = SavedSearchFactory(user=member, query="sector=renamed-since")
    OrganisationFactory(published_at=saved.created_at + datetime.timedelta(seconds=1))
    send()
    assert mailoutbox == []


def test_a_long_list_is_cut_short_with_a_link_to_the_rest(
    saved_search, publish_after, mailoutbox, monkeypatch
):
    monkeypatch.setattr(sending, "ITEMS_PER_MAIL", 1)
    publish_after(OrganisationFactory, country="KR")
    publish_after(OrganisationFactory, country="KR")
    send()
    assert "…and 1 more." in mailoutbox[0].body
    assert AlertDelivery.objects.count() == 2


def _mail_server_down(*args):
    raise SMTPException("Connection refused")


def test_a_failed_send_records_nothing_and_the_next_run_sends_it(
    saved_search, publish_after, mailoutbox, monkeypatch
):
    publish_after(OrganisationFactory, country="KR")
    with monkeypatch.context() as patch:
        patch.setattr(EmailBackend, "send_messages", _mail_server_down)
        assert send().failed == 1
    assert not AlertDelivery.objects.exists()
    send()
    assert len(mailoutbox) == 1


def test_a_text_search_finds_new_ones_on_every_database(member, mailoutbox):
    saved = SavedSearchFactory(user=member, query="q=twin&sort=newest", name="Twins")
    moment = saved.created_at + datetime.timedelta(seconds=1)
    OrganisationFactory(name="Twin Works", description="Digital twins.", published_at=moment)
    OrganisationFactory(name="Radio Co", description="Open RAN.", published_at=moment)
    send()
    assert "Twin Works" in mailoutbox[0].body and "Radio Co" not in mailoutbox[0].body


def test_a_new_match_that_ranks_below_the_lists_limit_is_announced(member, mailoutbox, monkeypatch):
    monkeypatch.setattr(OrganisationFilter, "search_limit", 1)
    saved = SavedSearchFactory(user=member, query="q=twin", name="Twins")
    OrganisationFactory(name="Twin Works", published_at=saved.created_at)
    moment = saved.created_at + datetime.timedelta(seconds=1)
    OrganisationFactory(name="Radio Co", description="Digital twins.", published_at=moment)
    send()
    assert "Radio Co" in mailoutbox[0].body


def test_a_korean_reader_gets_new_organisations_by_their_korean_names(
    saved_search, publish_after, member, mailoutbox
):
    language_preference_set(user=member, language="ko")
    publish_after(OrganisationFactory, name="New Korean Co", name_ko="새 한국 기업", country="KR")
    send()
    assert "- 새 한국 기업\n" in mailoutbox[0].body and "New Korean Co" not in mailoutbox[0].body


def test_the_link_to_the_list_is_percent_encoded(member, mailoutbox):
    saved = SavedSearchFactory(user=member, query="city=부산", name="Busan")
    OrganisationFactory(
        city_ko="부산", published_at=saved.created_at + datetime.timedelta(seconds=1)
    )
    send()
    assert "/organisations/?city=%EB%B6%80%EC%82%B0" in mailoutbox[0].body
