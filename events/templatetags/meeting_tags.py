from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict, key):
    """mapping[key], or None: the templates look up a meeting's messages and outcome by id."""
    return mapping.get(key) if mapping else None
