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
    for value in context.flatten().values():
        if isinstance(value, BaseForm | BaseFormSet) and value.is_bound:
            if value.errors if isinstance(value, BaseForm) else value.total_error_count():
                return True
    return False
