"""{% save_search_form "organisations" %}: the "Save this search" box of a list page."""

from django import template

from alerts.models import AlertFrequency

register = template.Library()


@register.inclusion_tag("alerts/_save_search.html", takes_context=True)
def save_search_form(context, scope: str) -> dict:
    request = context["request"]
    return {
        "scope": scope,
        "query": request.GET.urlencode(),
        "frequencies": AlertFrequency.choices,
        "user": request.user,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
