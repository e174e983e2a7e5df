"""Forms of the events pages. They check the input's shape and show errors by the field; the
rules are the services'."""

import datetime
import zoneinfo

from django import forms
from django.db.models import F, QuerySet, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import dateformat, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.bilingual import KOREAN, localized_field, reader_language
from common.text_limits import MESSAGE_MAX_LENGTH
from events.models import Event, MeetingSlot, Registration, Session
from events.services.setup import EVENT_FIELDS
from opportunities.models import Opportunity
from organisations.forms import OrganisationChoiceField, capability_field
from organisations.models import Organisation

PRIORITY_CHOICES = [(3, _("High")), (2, _("Normal")), (1, _("Low"))]
PRIORITY_HELP = _(
    "When the meeting slots run short, the meetings both sides gave a higher priority are "
    "placed first."
)


class SlotChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, *, zone, **kwargs):
        self.zone = zone
        super().__init__(**kwargs)

    def label_from_instance(self, slot: MeetingSlot) -> str:
        starts, ends = slot.starts_at.astimezone(self.zone), slot.ends_at.astimezone(self.zone)
        # The pattern is translated: Korean puts the month first and the weekday after.
        pattern = gettext("D j M H:i")
        return f"{dateformat.format(starts, pattern)}–{ends:%H:%M}"


class RegistrationForm(forms.Form):
    organisation = OrganisationChoiceField(queryset=None, label=_("Organisation"), empty_label=None)
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


class BaseDelegateFormSet(forms.BaseFormSet):
    default_error_messages = {"too_few_forms": _("Name at least one delegate.")}

    def _construct_form(self, i, **kwargs):
        # An untouched first form is reported once, by the formset's message, not also as a
        # missing name; a form begun without a name still says so.
        form = super()._construct_form(i, **kwargs)
        form.empty_permitted = True
        return form


DelegateFormSet = forms.formset_factory(
    DelegateForm,
    formset=BaseDelegateFormSet,
    extra=2,
    min_num=1,
    validate_min=True,
    max_num=10,
    validate_max=True,
)


class ParticipantChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("empty_label", _("Choose a participant"))
        super().__init__(**kwargs)

    def label_from_instance(self, registration: Registration) -> str:
        return localized_field(registration.organisation, "name").text


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
        label=_("Priority"),
        choices=PRIORITY_CHOICES,
        coerce=int,
        initial=2,
        help_text=PRIORITY_HELP,
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
        label=_("Write to them (they are mailed the text)"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MeetingOutcomeForm(forms.Form):
    held = forms.BooleanField(label=_("The meeting took place"), required=False)
    follow_up = forms.BooleanField(label=_("We want to follow it up"), required=False)


# Staff: setting an event up. Times are typed in the event's own time zone.

LOCAL_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def _wall_time_in(value: datetime.datetime | None, zone) -> datetime.datetime | None:
    """The time as typed (read in the reader's zone by the field) taken as a time in zone."""
    if value is None:
        return None
    return timezone.make_aware(timezone.make_naive(value), zone)


def _by_shown_text(queryset: QuerySet, field: str) -> QuerySet:
    """Ordered by what localized_field shows the reader: the Korean version for a Korean
    reader when there is one, else the English, so a list reads in order in either language;
    in any case, as a reader expects ("Cambridge" before "CJ")."""
    shown = F(field)
    if reader_language() == KOREAN:
        shown = Coalesce(NullIf(f"{field}_ko", Value("")), field)
    return queryset.order_by(Lower(shown), "pk")


class OrganisationChoices(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Organisation.objects.all(), **kwargs)

    def label_from_instance(self, organisation: Organisation) -> str:
        return f"{localized_field(organisation, 'name').text} ({organisation.country.code})"


class OpportunityChoices(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Opportunity.objects.all(), **kwargs)

    def label_from_instance(self, opportunity: Opportunity) -> str:
        return localized_field(opportunity, "title").text


def _choices_in_reader_order(form: forms.BaseForm) -> None:
    """The reader's language is known only once a request is served, not at import."""
    for field in form.fields.values():
        if isinstance(field, OrganisationChoices):
            field.queryset = _by_shown_text(field.queryset, "name")
        elif isinstance(field, OpportunityChoices):
            field.queryset = _by_shown_text(field.queryset, "title")


class EventForm(forms.ModelForm):
    """The event's own fields, organisers and opportunities. The times are read in the time
    zone chosen in the same form, whatever the zone of the staff member typing them."""

    organisers = OrganisationChoices(
        required=False,
        label=_("Organisers"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    online_url = forms.URLField(
        label=capfirst(Event._meta.get_field("online_url").verbose_name),
        max_length=300,
        required=False,
        assume_scheme="https",
    )
    opportunities = OpportunityChoices(
        required=False,
        label=_("Opportunities it prepares"),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    class Meta:
        model = Event
        fields = [*EVENT_FIELDS, "organisers", "opportunities"]
        widgets = {
            "starts_at": LOCAL_INPUT,
            "ends_at": LOCAL_INPUT,
            "registration_opens_at": LOCAL_INPUT,
            "registration_closes_at": LOCAL_INPUT,
            "title_ko": forms.TextInput(attrs={"lang": "ko"}),
            "venue_ko": forms.TextInput(attrs={"lang": "ko"}),
            "city_ko": forms.TextInput(attrs={"lang": "ko"}),
            "description": forms.Textarea(attrs={"rows": 5}),
            "description_ko": forms.Textarea(attrs={"rows": 5, "lang": "ko"}),
        }
        # The main fields hold the English text; their labels say so beside the Korean twins.
        labels = {
            "slug": _("Address"),
            "title": _("Title in English"),
            "description": _("Description in English"),
            "venue": _("Venue in English"),
            "city": _("City in English"),
        }
        # Help texts are shown as HTML: an example address, not a <placeholder> a browser would eat.
        help_texts = {
            "slug": _("The event's address: /events/your-event/. Letters, digits, hyphens.")
        }

    TIMES = ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _choices_in_reader_order(self)
        # The lists are long: say what is chosen, which the list may have scrolled out of view.
        if self.instance.pk is not None:
            for name in ("organisers", "opportunities"):
                chosen = ", ".join(
                    localized_field(item, "name" if name == "organisers" else "title").text
                    for item in getattr(self.instance, name).all()
                )
                self.fields[name].help_text = _(
                    "Chosen now: %(chosen)s. Hold Ctrl (⌘ on a Mac) to choose several."
                ) % {"chosen": chosen or "—"}

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        # An unknown zone is reported by the model's validator, after this.
        if zone_name in zoneinfo.available_timezones():
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in self.TIMES:
                cleaned[name] = _wall_time_in(cleaned.get(name), zone)
        return cleaned


class SessionForm(forms.ModelForm):
    """An item of the itinerary; its times are in the event's zone (the view reads them so)."""

    organisations = OrganisationChoices(
        required=False,
        label=_("Organisations visited"),
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _choices_in_reader_order(self)

    class Meta:
        model = Session
        fields = [
            "title",
            "title_ko",
            "kind",
            "starts_at",
            "ends_at",
            "place",
            "place_ko",
            "description",
            "description_ko",
            "organisations",
        ]
        widgets = {
            "title_ko": forms.TextInput(attrs={"lang": "ko"}),
            "starts_at": LOCAL_INPUT,
            "ends_at": LOCAL_INPUT,
            "place_ko": forms.TextInput(attrs={"lang": "ko"}),
            "description": forms.Textarea(attrs={"rows": 2}),
            "description_ko": forms.Textarea(attrs={"rows": 2, "lang": "ko"}),
        }
        labels = {
            "title": _("Title in English"),
            "place": _("Place in English"),
            "description": _("Description in English"),
        }


class SlotGeneratorForm(forms.Form):
    """Meeting slots from a start to an end, of a given length, and tables or video links."""

    starts_at = forms.DateTimeField(label=_("First slot starts"), widget=LOCAL_INPUT)
    ends_at = forms.DateTimeField(label=_("Last slot ends by"), widget=LOCAL_INPUT)
    slot_minutes = forms.IntegerField(
        label=_("Slot length (minutes)"), initial=20, min_value=5, max_value=240
    )
    tables = forms.IntegerField(
        label=_("Tables in the hall"), initial=0, min_value=0, max_value=200, required=False
    )
    video_links = forms.CharField(
        label=_("Video links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: each becomes a table for online meetings."),
    )

    def clean_video_links(self) -> list[str]:
        return [
            line.strip() for line in self.cleaned_data["video_links"].splitlines() if line.strip()
        ]
