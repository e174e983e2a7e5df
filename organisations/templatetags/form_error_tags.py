"""Whether the page shows a form that failed, for base.html's <title> ("Error: ..."): the
title is rendered before the form's error summary, so it cannot learn it from the summary.

    {% load form_error_tags %}{% form_failed as failed %}{% if failed %}...{% endif %}
"""

from django import template
from django.forms import BaseForm, BaseFormSet

register = template.Library()


@register.simple_tag(takes_context=True)
def form_failed(context) -> bool:
    """True if the page was given a submitted form or formset with errors, under any name. A
    list page's filters are inside their FilterSet, so their errors do not count: the page
    shows its results with the filters it understood."""
    return any(_failed(value) for value in context.flatten().values())


def _failed(value) -> bool:
    if isinstance(value, BaseForm):
        return value.is_bound and bool(value.errors)
    if isinstance(value, BaseFormSet):
        return value.is_bound and value.total_error_count() > 0
    return False
