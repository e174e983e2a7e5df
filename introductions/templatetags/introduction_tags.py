from django import template
from django.utils.translation import gettext_lazy as _

from introductions.models import IntroductionState
from introductions.selectors.progress import introductions_waiting_for_member_count

register = template.Library()

State = IntroductionState

# Button labels and styles ("", "secondary" or "danger") for the step to each state.
STEP_BUTTONS: dict[str, tuple[str, str]] = {
    State.FORWARDED: (_("Forward"), ""),
    State.MORE_INFORMATION_NEEDED: (_("Ask for more information"), "secondary"),
    State.DECLINED: (_("Decline"), "danger"),
    State.REQUESTED: (_("Send the updated request"), ""),
    State.INTRODUCED: (_("Accept the introduction"), ""),
    State.DECLINED_BY_RECIPIENT: (_("Decline"), "danger"),
    State.MEETING_HELD: (_("We have met"), "secondary"),
    State.PARTNERSHIP_FORMED: (_("We formed a partnership"), ""),
    State.NO_FIT: (_("No fit"), "secondary"),
}


@register.simple_tag(takes_context=True)
def introductions_waiting_count(context) -> int:
    """For the menu: how many introduction requests wait for the signed-in user to act. A
    page that read it already (the dashboard, with other introductions in the same query)
    passes it as introductions_waiting_count."""
    counted = context.get("introductions_waiting_count")
    if counted is not None:
        return counted
    return introductions_waiting_for_member_count(user=context["user"])


@register.filter
def step_button_label(to_state: str) -> str:
    """The label of the button that takes a request to this state."""
    return STEP_BUTTONS[to_state][0]


@register.filter
def step_button_style(to_state: str) -> str:
    """The button variant for the step to this state: "", "secondary" or "danger"."""
    return STEP_BUTTONS[to_state][1]
