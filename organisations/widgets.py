"""A searchable checklist for picking several of a long list (capabilities, sectors, hosts).

Without JavaScript it is a plain list of checkboxes grouped under headings; checklist.js adds a
search box that hides what does not match and a summary of what is ticked. Checkboxes rather
than a multiple <select> because everyone knows how to use them, with any input device.
"""

from collections.abc import Callable
from html import escape

from django import forms
from django.db.models import Model
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy


class Checklist(forms.CheckboxSelectMultiple):
    template_name = "widgets/checklist.html"
    option_template_name = "widgets/checklist_option.html"

    class Media:
        js = ["js/checklist.js"]

    def __init__(
        self, attrs=None, choices=(), *, search_label: str = gettext_lazy("Search the list")
    ):
        super().__init__(attrs, choices)
        self.search_label = search_label

    def optgroups(self, name, value, attrs=None):
        # Django gives every ungrouped option a group of its own; one list reads better.
        merged = []
        for group, options, index in super().optgroups(name, value, attrs):
            if group is None and merged and merged[-1][0] is None:
                merged[-1][1].extend(options)
            else:
                merged.append((group, options, index))
        return merged

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["search_label"] = self.search_label
        return context


class GroupedModelChoiceIterator(ModelChoiceIterator):
    """Yields (group label, options) pairs in the queryset's order, so a checklist can show
    each capability under its sector. Lazy like its parent: nothing is read until rendering."""

    def __iter__(self):
        groups: dict[str, list] = {}
        for instance in self.queryset:
            label = self.field.group_label(instance)
            groups.setdefault(label, []).append(self.choice(instance))
        yield from groups.items()


class GroupedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    iterator = GroupedModelChoiceIterator

    def __init__(self, queryset, *, group_label: Callable[[Model], str], **kwargs):
        self.group_label = group_label
        super().__init__(queryset, **kwargs)


class QuickSelect(forms.Select):
    """A <select> with the same HTML as Django's, written in Python rather than a template per
    option: the list filters offer hundreds of options (countries, capabilities), and
    rendering each through templates took half of a list page's time.

    `options`, if given, is called at render time for the choices (flat, or grouped as
    (group label, [(value, label), ...]) pairs), so a filter can offer plain values read in one
    cheap query while its field still validates against the queryset. `counts`, if given, is
    called at render time for {value: number}; an option whose value is in it shows the number
    after its label, formatted for the reader's language ("Semiconductors (1,240)"). Neither
    is called when a form is only validated (the API)."""

    def __init__(
        self,
        attrs=None,
        choices=(),
        *,
        options: Callable[[], list] | None = None,
        counts: Callable[[], dict[str, int]] | None = None,
    ):
        super().__init__(attrs, choices)
        self.options = options
        self.counts = counts

    def render(self, name, value, attrs=None, renderer=None):
        counts = self.counts() if self.counts is not None else _NO_COUNTS
        if self.options is not None:
            # The field's empty choice ("Any sector") comes first; the rest from options().
            empty = next(iter(self.choices), None)
            body = _options_html_of(
                self.options(), counts, empty if empty and empty[0] == "" else None
            )
        else:
            body = _options_html(list(self.choices), counts)
        final_attrs = self.build_attrs(self.attrs, attrs)
        # One option at most is selected, the first with the value, as Django's Select does.
        for chosen in self.format_value(value):
            option = f'<option value="{escape(str(chosen))}">'
            if option in body:
                body = body.replace(option, option[:-1] + " selected>", 1)
                break
        select = format_html('<select name="{}"{}>', name, flatatt(final_attrs))
        return mark_safe(f"{select}\n{body}</select>")  # noqa: S308 - body is escaped below


_NO_COUNTS: dict[str, int] = {}

# Rendered option lists by the identity of the options and counts they were made from, which
# options() and counts() return unchanged while they are kept (common.kept keeps the object,
# and country_choices is cached per language): building the content key below reads every
# option, hundreds of them, so on a hit it is skipped. The entry holds both objects, so their
# ids cannot be reused by others while it exists.
_BY_SOURCE: dict[tuple, tuple[object, object, str]] = {}


def _options_html_of(options: list, counts: dict[str, int], empty: tuple | None) -> str:
    head = (empty[0], str(empty[1])) if empty else None
    key = (get_language(), id(options), id(counts), head)
    entry = _BY_SOURCE.get(key)
    if entry is not None and entry[0] is options and entry[1] is counts:
        return entry[2]
    body = _options_html([*([head] if head else []), *options], counts)
    if len(_BY_SOURCE) >= _RENDERED_MAX:
        _BY_SOURCE.clear()
    _BY_SOURCE[key] = (options, counts, body)
    return body


# Rendered option lists, by their choices, counts and language: the same 570 options are
# rendered for every list page, and only change when the taxonomy or a kept count does (the
# key holds them all, so a change renders afresh). Bounded: few distinct lists exist.
_RENDERED: dict[tuple, str] = {}
_RENDERED_MAX = 64


def _plain(label) -> str | tuple:
    if isinstance(label, list | tuple):
        return tuple((value, str(text)) for value, text in label)
    return str(label)


def _options_html(choices: list, counts: dict[str, int]) -> str:
    """Every option (and optgroup) as HTML, none selected, each line ending in a newline."""
    # The labels as text (a lazy translation is the same object in every language).
    key = (
        get_language(),
        tuple((value, _plain(label)) for value, label in choices),
        tuple(sorted(counts.items())),
    )
    body = _RENDERED.get(key)
    if body is None:
        with_count = gettext("%(label)s (%(count)s)")
        parts = []
        for group_value, group_label in choices:
            if isinstance(group_label, list | tuple):
                parts.append(f'<optgroup label="{escape(str(group_value))}">')
                parts.extend(
                    _option(option, label, counts, with_count) for option, label in group_label
                )
                parts.append("</optgroup>")
            else:
                parts.append(_option(group_value, group_label, counts, with_count))
        body = "".join(part + "\n" for part in parts)
        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()
        _RENDERED[key] = body
    return body


def _option(value, label, counts: dict[str, int], with_count: str) -> str:
    # Plain escape and an f-string: format_html per option was most of the render time.
    value = "" if value is None else str(value)
    if value in counts:
        label = with_count % {
            "label": label,
            "count": number_format(counts[value], force_grouping=True),
        }
    return f'<option value="{escape(value)}">{escape(str(label))}</option>'
