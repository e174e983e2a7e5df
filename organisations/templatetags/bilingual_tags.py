"""Bilingual text on any page: the reader's language first, the other as a labelled fallback.
The rule is common.bilingual's; these tags only put it into templates.

    {% localized organisation "description" as about %}
    <div lang="{{ about.language }}">{{ about.text|linebreaks }}</div> {% fallback_badge about %}
    {{ sector|localized_name }}
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext

from common.bilingual import ENGLISH, LocalizedText, localized_field

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
