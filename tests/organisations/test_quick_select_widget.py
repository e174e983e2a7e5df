from django.utils import translation

from organisations.widgets import QuickSelect


def render(**kwargs) -> str:
    widget = QuickSelect(choices=[("", "Any"), ("a", "Alpha"), ("b", "B & co")], **kwargs)
    return widget.render("kind", "a", attrs={"id": "id_kind"})


def test_renders_the_same_html_as_djangos_select():
    assert render() == (
        '<select name="kind" id="id_kind">\n<option value="">Any</option>\n'
        '<option value="a" selected>Alpha</option>\n<option value="b">B &amp; co</option>\n'
        "</select>"
    )


def test_counts_follow_their_labels_with_grouped_digits():
    assert '<option value="b">B &amp; co (1,240)</option>' in render(counts=lambda: {"b": 1240})


def test_counts_use_the_readers_number_format():
    with translation.override("ko"):
        assert "Alpha (12,345)" in render(counts=lambda: {"a": 12345})


def test_options_are_grouped_after_the_empty_choice():
    html = render(options=lambda: [("Group", [("x", "Ex")])])
    assert '<option value="">Any</option>\n<optgroup label="Group">\n<option value="x">' in html


def test_counts_are_not_read_unless_rendered():
    calls = []
    QuickSelect(counts=lambda: calls.append(1) or {})
    assert calls == []


def test_a_changed_count_shows_on_the_next_render():
    render(counts=lambda: {"b": 1})
    assert "B &amp; co (2)" in render(counts=lambda: {"b": 2})


def test_each_render_selects_its_own_value():
    widget = QuickSelect(choices=[("", "Any"), ("a", "Alpha"), ("b", "Beta")])
    widget.render("kind", "a")
    html = widget.render("kind", "b")
    assert '<option value="b" selected>' in html and '<option value="a">' in html


def test_kept_options_render_once_while_they_are_the_same_objects():
    options, counts = [("x", "Ex")], {"x": 3}
    first = render(options=lambda: options, counts=lambda: counts)
    options.append(("y", "Why"))  # never done to a kept value: shows the render was reused
    assert render(options=lambda: options, counts=lambda: counts) == first


def test_new_options_or_counts_render_afresh():
    render(options=lambda: [("x", "Ex")], counts=lambda: {"x": 3})
    html = render(options=lambda: [("x", "Ex"), ("y", "Why")], counts=lambda: {"x": 4})
    assert "Ex (4)" in html and '<option value="y">Why</option>' in html
