"""The list pages' filter form, rendered once per language, chosen values and option lists.

    {% load filter_form_tags %}{% filter_form filter %}

The same as `{% include "includes/filter_form.html" with form=filter.form %}`, but the HTML is
kept: the form's fields, widgets and template loop cost about as much as the rest of a list
page's filters together, and the same few forms (no filter, a sector) are asked for again and
again. What the HTML depends on is the key: the page's address, the language, the values
submitted, and the identity of every option list and count a widget shows (organisations.
widgets.QuickSelect's options() and counts(), which return the same object while it is kept,
so a new count or a changed taxonomy renders afresh). A form with errors is not kept: whether a
value is understood can change as soon as the taxonomy does."""

import copy

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

register = template.Library()

_KEPT_MAX = 256
_kept: dict[tuple, tuple[tuple, str]] = {}


def _sources(form) -> tuple:
    sources = []
    for field in form.fields.values():
        for name in ("options", "counts"):
            source = getattr(field.widget, name, None)
            if source is not None:
                sources.append(source())
    return tuple(sources)


@register.simple_tag(takes_context=True)
def filter_form(context, filterset) -> str:
    form = filterset.form
    request = context.get("request")
    path = request.path if request is not None else ""
    if form.errors:
        return render_to_string("includes/filter_form.html", {"form": form, "request": request})
    sources = _sources(form)
    data = form.data
    values = tuple(
        (name, tuple(data.getlist(name)) if hasattr(data, "getlist") else data.get(name))
        for name in form.fields
    )
    key = (type(filterset), get_language(), path, values, tuple(map(id, sources)))
    entry = _kept.get(key)
    # The entry holds the sources, so their ids cannot be another object's while it exists.
    if entry is not None and all(a is b for a, b in zip(entry[0], sources, strict=True)):
        return entry[1]
    html = render_to_string("includes/filter_form.html", {"form": form, "request": request})
    if len(_kept) >= _KEPT_MAX:
        _kept.clear()
    _kept[key] = (sources, html)
    return html


@register.filter
def widget_without_help_text(field) -> str:
    """The field's widget, not described by its help text: the filters' help texts are notes
    for the API's schema, not shown on the page, so aria-describedby would point at nothing.
    An error is still named (includes/filter_form.html gives it its id)."""
    shown = copy.copy(field)
    shown.help_text = ""
    return shown.as_widget()
