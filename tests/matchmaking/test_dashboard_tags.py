from django.template import engines
from django.urls import reverse
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


def test_url_with_pk_is_the_url_tag_in_each_language(db):
    template = engines["django"].from_string(
        "{% load dashboard_tags %}{% url_with_pk 'organisations:manage' pk %}"
    )
    english = template.render({"pk": 42})
    with translation.override("ko"):
        korean = template.render({"pk": 42})
        assert korean == reverse("organisations:manage", args=[42])
    assert english == reverse("organisations:manage", args=[42]) and english != korean
