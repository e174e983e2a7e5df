import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from alerts.models import SavedSearch
from alerts.services import saved_search_save
from alerts.services import saved_searches as services


def save(user, query="", scope="organisations", frequency="daily"):
    return saved_search_save(user=user, scope=scope, query=query, frequency=frequency)


def test_keeps_only_the_filters_in_the_lists_order_and_names_them(member):
    saved, created = save(member, "page=2&kind=sme&sort=name&utm_source=mail&country=KR")
    assert created
    assert saved.query == "country=KR&kind=sme"
    assert saved.name == "Organisations · Country: South Korea · Type: SME"


def test_names_a_sector_and_a_search_in_words(member, sector):
    saved, _ = save(member, "q=+digital+twin+&sector=smart-cities", scope="opportunities")
    assert saved.name == "Opportunities · Search: “digital twin” · Sector: Smart cities"


def test_a_search_saved_in_korean_is_named_in_korean(member):
    with translation.override("ko"):
        saved, _ = save(member, "kind=sme")
    assert saved.name.startswith("기관 · ")


def test_no_filters_is_the_whole_list(member):
    assert save(member, "sort=newest", scope="opportunities")[0].name == "All opportunities"


@pytest.mark.parametrize(
    ("scope", "query", "message"),
    [
        ("organisations", "country=XX", "Country: Select a valid choice. XX is not one"),
        ("opportunities", "closes_within=5", "Closes within: Select a valid choice. 5"),
        ("organisations", "sector=no-such-sector", "Sector: Select a valid choice."),
        ("people", "", "organisations or of opportunities"),
        ("organisations", "q=" + "x" * 1000, "too long to save"),
    ],
)
def test_what_the_list_would_refuse_is_refused_and_nothing_saved(member, scope, query, message):
    with pytest.raises(ValidationError, match=message):
        save(member, query, scope=scope)
    assert not SavedSearch.objects.exists()


def test_an_unknown_frequency_is_refused(member):
    with pytest.raises(ValidationError, match="instant, daily or weekly"):
        save(member, "country=KR", frequency="hourly")
    assert not SavedSearch.objects.exists()


def test_saving_it_again_changes_the_frequency_and_resumes_it(member):
    first, _ = save(member, "country=KR")
    SavedSearch.objects.filter(pk=first.pk).update(active=False)
    again, created = save(member, "sort=name&country=KR", frequency="weekly")
    assert (again.pk, created, again.frequency, again.active) == (first.pk, False, "weekly", True)


def test_a_member_cannot_save_more_than_the_limit(member, monkeypatch):
    monkeypatch.setattr(services, "SAVED_SEARCHES_PER_USER", 1)
    save(member, "country=KR")
    with pytest.raises(ValidationError, match="already have 1 saved searches"):
        save(member, "country=GB")
    assert SavedSearch.objects.count() == 1
