"""Bilingual text on any page: the reader's language first, the other as a labelled fallback.
The rule is common.bilingual's; these tags only put it into templates.

    {% localized organisation "description" as about %}
    <div lang="{{ about.language }}">{{ about.text|linebreaks }}</div> {% fallback_badge about %}
    {{ sector|localized_name }}
    {% blocktranslate with name=org|localized_name_in_text %}Join {{ name }}{% endblocktranslate %}
    {% localized opportunity "city" as city %}{% where city=city country=opportunity.country %}
    {% localized organisation "city" as city %}{% where city=city country=organisation.country %}
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from common.bilingual import ENGLISH, KOREAN, LocalizedText, localized_field, reader_language
from common.korean_text import english_key_terms, korean_key_terms
from common.labels import country_name
from common.places import where_html

register = template.Library()


@register.simple_tag
def localized(obj: object, field: str) -> LocalizedText:
    """obj.<field> or obj.<field>_ko, whichever the reader's language asks for."""
    return localized_field(obj, field)


@register.filter
def localized_name(obj: object) -> str:
    """A name in the reader's language (sectors, capabilities, organisations): names need no
    fallback label, the other language's name is simply shown."""
    return localized_field(obj, "name").text


@register.filter
def localized_name_in_text(obj: object) -> str:
    """localized_name for a name inside running text (a translated sentence, a button's
    hidden words): a name in the other language than the page's (there is none in the
    reader's) comes in a span with its lang, so it is read out in its own language. HTML, so
    not for a page's title, an attribute or mail."""
    name = localized_field(obj, "name")
    return text_in_language(name.text, name.language)


@register.filter
def text_in_language(text: str, language: str) -> str:
    """Text written in `language` (a name worked out elsewhere), for running text: in a span
    with its lang when that is not the reader's language. HTML, like localized_name_in_text."""
    if not text or not language or reader_language(language) == reader_language():
        return text
    return format_html('<span lang="{}">{}</span>', language, text)


@register.simple_tag
def fallback_badge(text: LocalizedText) -> str:
    """A small label when text is not in the reader's language, so they know why."""
    if not isinstance(text, LocalizedText) or not text.fallback or not text.text:
        return ""
    if text.language == ENGLISH:
        label, hint = gettext("(English)"), gettext("There is no Korean version yet.")
    else:
        label, hint = gettext("(Korean)"), gettext("There is no English version yet.")
    return format_html('<span class="badge badge--language" title="{}">{}</span>', hint, label)


@register.simple_tag
def key_terms(text: LocalizedText) -> list[str]:
    """For a text shown in the other language than the reader's (a fallback): the terms of the
    glossary it holds, in the reader's language, so they can tell what it is about."""
    if not isinstance(text, LocalizedText) or not text.fallback:
        return []
    if text.language == KOREAN:
        return english_key_terms(text.text)
    return korean_key_terms(text.text)


def _shown(text: LocalizedText | str, *, badge: bool) -> str:
    """A LocalizedText in a span with its lang, labelled if badge and it is a fallback; plain
    text as it is (where_html escapes it)."""
    if not isinstance(text, LocalizedText):
        return text or ""
    if not text:
        return ""
    span = format_html('<span lang="{}">{}</span>', text.language, text.text)
    return format_html("{} {}", span, fallback_badge(text)) if badge and text.fallback else span


@register.simple_tag
def where(
    place: LocalizedText | str = "", city: LocalizedText | str = "", country: object = ""
) -> SafeString:
    """Where something is, in the order the reader's language writes it (common.places), as
    HTML. place and city: a LocalizedText (shown in its language with its lang attribute; a
    place in the other language is labelled as a title is, a city is not: it is a name) or
    plain text written in one language only (shown as written).
    country: a code or a Country, named in the reader's language."""
    return where_html(
        place=_shown(place, badge=True),
        city=_shown(city, badge=False),
        country=country_name(country),
    )
