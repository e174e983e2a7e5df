from django.template import engines
from django.utils import translation

from organisations.models import PublicationStatus
from tests.factories import OrganisationFactory

TEMPLATE = engines["django"].from_string('{% load dashboard_tags %}{% label_of thing "status" %}')


def test_label_of_shows_what_get_display_shows_in_each_language(db):
    organisation = OrganisationFactory.build(status=PublicationStatus.SUBMITTED)
    english = TEMPLATE.render({"thing": organisation})
    with translation.override("ko"):
        korean = TEMPLATE.render({"thing": organisation})
        assert korean == organisation.get_status_display()
    assert english == organisation.get_status_display() and english != korean
