from django.http import QueryDict
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from organisations.filters import OrganisationFilter
from organisations.models import Organisation
from tests.factories import OrganisationFactory

TAG = Template("{% load filter_form_tags %}{% filter_form filter %}")


def rendered(query: str) -> tuple[str, str]:
    """The tag's HTML and the include's, for the same filters."""
    request = RequestFactory().get("/organisations/")
    tagged = OrganisationFilter(QueryDict(query), queryset=Organisation.objects.all())
    included = OrganisationFilter(QueryDict(query), queryset=Organisation.objects.all())
    html = TAG.render(Context({"filter": tagged, "request": request}))
    plain = render_to_string(
        "includes/filter_form.html", {"form": included.form, "request": request}
    )
    return html, plain


def test_the_tag_renders_what_the_include_does(sector):
    OrganisationFactory(sectors=[sector])
    with translation.override("en"):
        html, plain = rendered("sector=smart-cities&q=twin")
    # No organisation matches "twin", so the chosen sector counts 0 and stays chosen.
    assert html == plain and "selected>Smart cities (0)" in html


def test_new_counts_render_afresh(sector):
    OrganisationFactory(sectors=[sector])
    with translation.override("en"):
        rendered("")
        OrganisationFactory(sectors=[sector])
        html, _ = rendered("")
    assert ">Smart cities (2)</option>" in html


def test_a_form_with_errors_shows_them(db):
    with translation.override("en"):
        html, plain = rendered("sector=no-such-sector")
    assert html == plain and "Select a valid choice" in html


def test_no_control_is_described_by_a_help_text_the_page_does_not_show(sector):
    with translation.override("en"):
        html, _ = rendered("")
    assert "_helptext" not in html


def test_a_control_with_an_error_is_described_by_it(sector):
    with translation.override("en"):
        html, _ = rendered("country=XX")
    assert 'aria-describedby="id_country_error"' in html and 'id="id_country_error"' in html
