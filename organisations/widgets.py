"""A searchable checklist for picking several of a long list (capabilities, sectors, hosts).

Without JavaScript it is a plain list of checkboxes grouped under headings; checklist.js adds a
search box that hides what does not match and a summary of what is ticked. Checkboxes rather
than a multiple <select> because everyone knows how to use them, with any input device.
"""

from collections.abc import Callable

from django import forms
from django.db.models import Model
from django.forms.models import ModelChoiceIterator


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
