"""Forms for the profile a member builds step by step, and for staff review. They validate and
show errors by the field; saving goes through organisations.services."""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field
from common.text_limits import MESSAGE_MAX_LENGTH
from organisations.filters import country_choices
from organisations.models import Capability, Organisation, OrganisationKind, Sector, SizeBand
from organisations.widgets import Checklist, GroupedModelMultipleChoiceField


def form_errors_add(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's refusal on the form, by the field when it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class LocalizedNameChoices:
    """For a model choice field: each option named in the reader's language (an
    organisation's name_ko for a Korean reader, else its name), not by str(), which stays the
    English name for the admin and the logs."""

    def label_from_instance(self, obj) -> str:
        return localized_field(obj, "name").text


class OrganisationChoiceField(LocalizedNameChoices, forms.ModelChoiceField):
    pass


def capability_field(*, label: str, help_text: str) -> GroupedModelMultipleChoiceField:
    return GroupedModelMultipleChoiceField(
        Capability.objects.select_related("sector").order_by("sector__name", "name"),
        group_label=lambda capability: str(capability.sector),  # the reader's language
        label=label,
        help_text=help_text,
        required=False,
        widget=Checklist(search_label=_("Search capabilities, in English or Korean")),
    )


class BasicsForm(forms.ModelForm):
    country = forms.ChoiceField(
        # A callable, so the names are the reader's (a list here would be fixed at import).
        label=_("Country"),
        choices=lambda: [("", _("Choose a country")), *country_choices()],
    )
    # Declared, so Meta.labels does not reach it: the label is given here.
    website = forms.URLField(
        label=_("Website"),
        max_length=300,
        required=False,
        assume_scheme="https",
        help_text=_("Your organisation’s website, e.g. https://example.co.uk"),
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "name_ko",
            "kind",
            "country",
            "city",
            "city_ko",
            "website",
            "founded_year",
            "size_band",
        ]
        labels = {
            "name": _("Organisation name in English"),
            "name_ko": _("Korean name"),
            "kind": _("Type of organisation"),
            "country": _("Country"),
            "city": _("City or region in English"),
            "city_ko": _("City or region in Korean"),
            "founded_year": _("Founded year"),
            "size_band": _("Size"),
        }
        help_texts = {
            "name": _(
                "Once the profile is published, changing its name, Korean name, type, country "
                "or website sends it back to our staff for review."
            ),
            "name_ko": _("If your organisation has one, so Korean partners can find it."),
            "city_ko": _(
                "Its name in Korean, if it has one (부산 for Busan): Korean readers see it."
            ),
        }
        widgets = {
            "city_ko": forms.TextInput(attrs={"lang": "ko"}),
            "founded_year": forms.NumberInput(attrs={"min": 1800}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Choose a type")), *OrganisationKind.choices]
        self.fields["size_band"].choices = [("", _("Not given")), *SizeBand.choices]

    def clean_founded_year(self) -> int | None:
        year = self.cleaned_data["founded_year"]
        this_year = timezone.localdate().year
        if year is not None and not 1800 <= year <= this_year:
            raise forms.ValidationError(
                _("Give a year between 1800 and %(year)s.") % {"year": this_year}
            )
        return year


class SectorsForm(forms.ModelForm):
    sectors = forms.ModelMultipleChoiceField(
        Sector.objects.order_by("name"),
        label=_("Sectors"),
        required=False,
        help_text=_("The fields your organisation works in. Pick as many as apply."),
        widget=Checklist(search_label=_("Search sectors")),
    )

    class Meta:
        model = Organisation
        fields = ["sectors"]


class OffersForm(forms.ModelForm):
    offers = capability_field(
        label=_("Capabilities you offer"),
        help_text=_("What your organisation can bring to a partnership or a project."),
    )

    class Meta:
        model = Organisation
        fields = ["offers"]


class SeeksForm(forms.ModelForm):
    seeks = capability_field(
        label=_("Capabilities you are looking for"),
        help_text=_(
            "What you would want a partner to bring. Partners who offer these rank higher."
        ),
    )

    class Meta:
        model = Organisation
        fields = ["seeks"]


class DescriptionForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["description", "description_ko", "contact_name", "contact_email", "contact_phone"]
        labels = {
            "description": _("About your organisation, in English"),
            "description_ko": _("Korean description"),
            "contact_name": _("Contact name"),
            "contact_email": _("Contact email"),
            "contact_phone": _("Contact phone"),
        }
        help_texts = {
            "description": _(
                "A few sentences on what you do and what you want from Korea or "
                "the UK. Matching reads this too."
            ),
            "description_ko": _(
                "Optional. Korean readers see this instead of the description above; whichever "
                "is missing, readers see the other, marked with its language."
            ),
            "contact_name": _(
                "Contact details are shown only to your organisation’s members, our staff, "
                "and organisations whose introduction with yours has been accepted."
            ),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "description_ko": forms.Textarea(attrs={"rows": 8, "lang": "ko"}),
        }


@dataclass(frozen=True)
class ProfileStep:
    slug: str
    title: str
    form_class: type[forms.ModelForm]


PROFILE_STEPS = (
    ProfileStep("basics", _("The basics"), BasicsForm),
    ProfileStep("sectors", _("Sectors"), SectorsForm),
    ProfileStep("offers", _("What you offer"), OffersForm),
    ProfileStep("seeks", _("What you are looking for"), SeeksForm),
    ProfileStep("description", _("Description and contact"), DescriptionForm),
)
PROFILE_STEP_SLUGS = tuple(step.slug for step in PROFILE_STEPS)


class ColleagueForm(forms.Form):
    email = forms.EmailField(
        label=_("Colleague’s email address"),
        help_text=_("They need an account already; they join as an editor."),
    )


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("The organisation’s members see this, so say what to fix."),
    )


# Kept in the session between preview and confirm, so bounded well below the import's own
# limit; bigger files go through the import commands.
IMPORT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024


class ImportUploadForm(forms.Form):
    """A CSV file for a staff import; the option exists only for imports that have tags."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8 CSV, with the columns listed above in its first line."),
    )
    create_missing_tags = forms.BooleanField(
        required=False,
        label=_("Create sectors and capabilities the file names but the site does not have yet"),
    )

    def __init__(self, *args, tags_option: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not tags_option:
            del self.fields["create_missing_tags"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > IMPORT_UPLOAD_MAX_BYTES:
            raise ValidationError(
                _(
                    "The file is larger than %(size)s MB. Split it, or ask for it to be "
                    "imported with the import command."
                ),
                params={"size": IMPORT_UPLOAD_MAX_BYTES // (1024 * 1024)},
            )
        return upload


class ImportConfirmForm(forms.Form):
    """Names the previewed file by its SHA-256, so a confirm from an old tab cannot import
    a file other than the one it showed."""

    digest = forms.RegexField(regex=r"^[0-9a-f]{64}$", widget=forms.HiddenInput)
