"""Small pieces of the dashboard's markup."""

from django import template

from common.labels import choice_label

register = template.Library()


@register.simple_tag
def label_of(instance, field_name: str) -> str:
    """instance.get_<field_name>_display(), looked up once per value and language
    (common.labels): the dashboard shows a status and a role per organisation, and Django's
    builds the field's whole choices mapping and a lazy label each time."""
    return choice_label(instance, field_name)
