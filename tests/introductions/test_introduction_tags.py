import pytest

from introductions.steps import INTRODUCTION_STEPS
from introductions.templatetags.introduction_tags import step_button_label, step_button_style


@pytest.mark.parametrize("state", sorted({to_state for _, to_state in INTRODUCTION_STEPS}))
def test_every_state_a_step_leads_to_has_a_button(state):
    assert step_button_label(state)


def test_declining_is_drawn_as_a_danger_button():
    assert (step_button_label("declined"), step_button_style("declined")) == ("Decline", "danger")
