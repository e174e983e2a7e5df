"""HTML escaping for markup written in Python, at a fraction of conditional_escape's cost.

conditional_escape goes through keep_lazy's wrapper on every call (it looks for lazy
arguments), which is most of its cost when a list's markup escapes a few hundred values. Here
the common cases (a plain string, an int) take a short path; anything else is handed to
conditional_escape. The text is the same either way; the result is a plain str (the caller
marks the whole markup safe once)."""

import html

from django.utils.html import conditional_escape
from django.utils.safestring import SafeData


def escape(value: object) -> str:
    """conditional_escape(value) as a str: markup already safe (SafeData) is kept as it is,
    everything else is escaped (& < > " ')."""
    kind = type(value)
    if kind is str:
        return html.escape(value)
    if kind is int:
        return str(value)
    if isinstance(value, SafeData):
        return value
    if isinstance(value, str):  # a subclass, such as a reason that knows its code
        return html.escape(str(value))
    return str(conditional_escape(value))
