"""Filters for the staff export of introductions."""

import django_filters
from django.utils.translation import gettext_lazy as _

from introductions.models import IntroductionRequest, IntroductionState


class IntroductionStaffFilter(django_filters.FilterSet):
    state = django_filters.MultipleChoiceFilter(choices=IntroductionState.choices, label=_("State"))

    class Meta:
        model = IntroductionRequest
        fields = ["state"]
