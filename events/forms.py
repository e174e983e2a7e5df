"""Forms of the events pages. They check the input's shape and show errors by the field; the
rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.text_limits import MESSAGE_MAX_LENGTH
from events.models import MeetingSlot, Registration
from organisations.forms import capability_field

PRIORITY_CHOICES = [(3, _("High")), (2, _("Normal")), (1, _("Low"))]


class SlotChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, *, zone, **kwargs):
        self.zone = zone
        super().__init__(**kwargs)

    def label_from_instance(self, slot: MeetingSlot) -> str:
        starts, ends = slot.starts_at.astimezone(self.zone), slot.ends_at.astimezone(self.zone)
        return f"{starts:%a %d %b %H:%M}–{ends:%H:%M}"


class RegistrationForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Organisation"), empty_label=None)
    seeking = forms.CharField(
        label=_("What you seek at this event"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, event, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["capabilities"] = capability_field(
            label=_("Capabilities you seek here"),
            help_text=_("Besides those on your profile; they feed your suggested meetings."),
        )
        slots = MeetingSlot.objects.filter(event=event)
        if slots.exists():
            self.fields["available_slots"] = SlotChoiceField(
                zone=event.zone,
                queryset=slots,
                label=_("Meeting slots in which you are free (event time)"),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                initial=list(slots),
                help_text=_("Leave them all ticked if you are free throughout."),
            )


class DelegateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    role = forms.CharField(label=_("Role"), max_length=120, required=False)
    languages = forms.CharField(
        label=_("Languages spoken"),
        max_length=200,
        required=False,
        help_text=_("For example: English, Korean."),
    )


DelegateFormSet = forms.formset_factory(
    DelegateForm, extra=2, min_num=1, validate_min=True, max_num=10, validate_max=True
)


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, registration: Registration) -> str:
        return registration.organisation.name


class MeetingRequestForm(forms.Form):
    to_registration = ParticipantChoiceField(queryset=None, label=_("Meet"))
    message = forms.CharField(
        label=_("Message"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        help_text=_("Up to 500 characters: why you would like to meet."),
    )
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=PRIORITY_CHOICES, coerce=int, initial=2
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_registration"].queryset = participants


class AnswerForm(forms.Form):
    priority = forms.TypedChoiceField(
        label=_("Priority"), choices=PRIORITY_CHOICES, coerce=int, initial=2, required=False
    )


class BrokerForm(forms.Form):
    from_registration = ParticipantChoiceField(queryset=None, label=_("Participant"))
    to_registration = ParticipantChoiceField(queryset=None, label=_("Meets"))
    message = forms.CharField(
        label=_("Why they should meet"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_registration"].queryset = participants
        self.fields["to_registration"].queryset = participants


class MeetingMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MeetingOutcomeForm(forms.Form):
    held = forms.BooleanField(label=_("The meeting took place"), required=False)
    follow_up = forms.BooleanField(label=_("We want to follow it up"), required=False)
