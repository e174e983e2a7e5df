from django.template import Context, Template
from django.utils import translation

from tests.factories import OrganisationFactory

DESCRIPTION = (
    '{% load bilingual_tags %}{% localized organisation "description" as about %}'
    '<p lang="{{ about.language }}">{{ about }}</p>{% fallback_badge about %}'
)


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template(source).render(Context(context))


def test_a_fallback_is_labelled_with_its_language_and_marked_for_screen_readers(db):
    organisation = OrganisationFactory(description="Port sensors.", description_ko="")
    html = render(DESCRIPTION, "ko", organisation=organisation)
    assert '<p lang="en">Port sensors.</p>' in html
    assert 'class="badge badge--language"' in html


def test_text_in_the_readers_language_has_no_label(db):
    organisation = OrganisationFactory(description="Port sensors.", description_ko="항만 센서.")
    html = render(DESCRIPTION, "ko", organisation=organisation)
    assert '<p lang="ko">항만 센서.</p>' in html
    assert "badge--language" not in html


def test_korean_text_for_an_english_reader_is_labelled_korean(db):
    organisation = OrganisationFactory(description="", description_ko="항만 센서.")
    html = render(DESCRIPTION, "en", organisation=organisation)
    assert '<p lang="ko">항만 센서.</p>' in html and "(Korean)" in html


def test_taxonomy_names_follow_the_reader(sector):
    source = "{% load bilingual_tags %}{{ sector|localized_name }}"
    assert render(source, "ko", sector=sector) == "스마트시티"
    assert render(source, "en", sector=sector) == "Smart cities"
