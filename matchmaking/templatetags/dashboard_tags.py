"""Small pieces of the dashboard's markup."""

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

from common.labels import choice_label
from common.urls import url_around_pk

register = template.Library()


@register.simple_tag
def label_of(instance, field_name: str) -> str:
    """instance.get_<field_name>_display(), looked up once per value and language
    (common.labels): the dashboard shows a status and a role per organisation, and Django's
    builds the field's whole choices mapping and a lazy label each time."""
    return choice_label(instance, field_name)


# The URL's text around a pk, per URL name, language, URL prefix and URLconf, for the process.
_AROUND_PK: dict[tuple, tuple[str, str]] = {}


@register.simple_tag
def url_with_pk(name: str, pk: int) -> str:
    """{% url name pk %} for an integer pk, without a reverse() per row (a dashboard links
    each of the member's organisations)."""
    key = (name, get_language() or "", get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
    around = _AROUND_PK.get(key)
    if around is None:
        around = _AROUND_PK[key] = url_around_pk(name)
    return f"{around[0]}{int(pk)}{around[1]}"
