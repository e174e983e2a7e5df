from django.utils import translation

from common.labels import choice_label, country_name
from tests.factories import OrganisationFactory


def test_choice_label_is_the_display_value_in_the_active_language(db):
    organisation = OrganisationFactory.build(kind="university")
    with translation.override("ko"):
        korean = choice_label(organisation, "kind")
        assert korean == str(organisation.get_kind_display())
    assert choice_label(organisation, "kind") == str(organisation.get_kind_display()) != korean


def test_an_unknown_choice_shows_its_value(db):
    assert choice_label(OrganisationFactory.build(kind="not-a-kind"), "kind") == "not-a-kind"


def test_country_name_in_each_language():
    assert country_name("KR") == "South Korea"
    with translation.override("ko"):
        assert country_name("GB") != "United Kingdom" and country_name("GB")


def test_no_country_has_no_name():
    assert country_name("") == ""
