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
from django.utils.translation import gettext


class Checklist(forms.CheckboxSelectMultiple):
    template_name = "widgets/checklist.html"
    option_template_name = "widgets/checklist_option.html"

    class Media:
        js = ["js/checklist.js"]

    def __init__(self, attrs=None, choices=(), *, search_label: str = "Search the list"):
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
        selected = {str(chosen) for chosen in self.format_value(value)}
        counts = self.counts() if self.counts is not None else {}
        choices = self.choices
        if self.options is not None:
            # The field's empty choice ("Any sector") comes first; the rest from options().
            empty = next(iter(self.choices), None)
            choices = [*([empty] if empty and empty[0] == "" else []), *self.options()]
        final_attrs = self.build_attrs(self.attrs, attrs)
        with_count = gettext("%(label)s (%(count)s)")
        parts = [format_html('<select name="{}"{}>', name, flatatt(final_attrs))]
        for group_value, group_label in choices:
            if isinstance(group_label, list | tuple):
                parts.append(format_html('<optgroup label="{}">', group_value))
                parts.extend(
                    self._option(option, label, selected, counts, with_count)
                    for option, label in group_label
                )
                parts.append("</optgroup>")
            else:
                parts.append(self._option(group_value, group_label, selected, counts, with_count))
        parts.append("</select>")
        return mark_safe("\n".join(parts))  # noqa: S308 - every part is escaped by format_html

    @staticmethod
    def _option(value, label, selected: set[str], counts: dict[str, int], with_count: str) -> str:
        # Plain escape and an f-string: format_html per option was most of the render time.
        value = "" if value is None else str(value)
        if value in counts:
            label = with_count % {
                "label": label,
                "count": number_format(counts[value], force_grouping=True),
            }
        chosen = ""
        if value in selected:
            selected.discard(value)  # one option at most, as Django's Select does
            chosen = " selected"
        return f'<option value="{escape(value)}"{chosen}>{escape(str(label))}</option>'
