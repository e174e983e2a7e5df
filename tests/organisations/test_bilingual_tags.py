from types import SimpleNamespace

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


IN_TEXT = (
    "{% load i18n bilingual_tags %}"
    "{% blocktranslate with name=organisation|localized_name_in_text %}"
    "Join {{ name }}{% endblocktranslate %}"
)


def test_a_name_in_running_text_is_in_the_readers_language_without_a_span(korean_university):
    assert render(IN_TEXT, "ko", organisation=korean_university) == "한빛대학교 합류"
    assert render(IN_TEXT, "en", organisation=korean_university) == "Join Hanbit University"


def test_a_name_in_running_text_in_the_other_language_carries_its_lang_and_is_escaped(db):
    organisation = OrganisationFactory(name="R&D Lab", name_ko="")
    html = render(IN_TEXT, "ko", organisation=organisation)
    assert '<span lang="en">R&amp;D Lab</span>' in html


def test_text_in_another_language_than_the_readers_carries_its_lang():
    source = "{% load bilingual_tags %}{{ name|text_in_language:written_in }}"
    assert (
        render(source, "ko", name="Port & Co", written_in="en")
        == '<span lang="en">Port &amp; Co</span>'
    )
    assert render(source, "en", name="Port & Co", written_in="en") == "Port &amp; Co"


WHERE = (
    '{% load bilingual_tags %}{% localized event "city" as city %}'
    '{% where city=city country="KR" %}'
)


def test_where_puts_the_country_first_for_korean_readers_and_last_for_english_ones():
    event = SimpleNamespace(city="Seoul", city_ko="서울")
    assert render(WHERE, "ko", event=event) == '대한민국 <span lang="ko">서울</span>'
    assert render(WHERE, "en", event=event) == '<span lang="en">Seoul</span>, South Korea'


def test_where_shows_a_plain_city_as_written_and_escaped_and_a_country_alone():
    source = "{% load bilingual_tags %}{% where city=city country='GB' %}"
    assert render(source, "ko", city="Leeds & York") == "영국 Leeds &amp; York"
    assert render(source, "en", city="") == "United Kingdom"
