from django import template

from matchmaking.introduction_selectors import introductions_waiting_for_member_count

register = template.Library()


@register.simple_tag(takes_context=True)
def introductions_waiting_count(context) -> int:
    """For the menu: how many introduction requests wait for the signed-in user to act."""
    return introductions_waiting_for_member_count(user=context["user"])
