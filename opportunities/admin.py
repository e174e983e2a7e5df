from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_countries.filters import CountryFilter

from opportunities import services
from opportunities.models import Opportunity
from organisations.admin_helpers import HttpsURLFieldsMixin, apply_to_each
from organisations.models import OrganisationKind


class OpportunityAdminForm(forms.ModelForm):
    # Staff tick kinds instead of typing a JSON list the model would then have to refuse.
    eligible_kinds = forms.MultipleChoiceField(
        choices=OrganisationKind.choices,
        required=False,
        label=_("Eligible kinds"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Organisation kinds that may apply; tick none for any kind."),
    )
    # Declared because a ModelForm class builds its fields at import, outside the admin's
    # formfield_for_dbfield, and would warn about the default URL scheme.
    source_url = forms.URLField(
        label=_("Source URL"), max_length=500, required=False, assume_scheme="https"
    )

    class Meta:
        model = Opportunity
        fields = [
            "title",
            "title_ko",
            "kind",
            "hosts",
            "summary",
            "summary_ko",
            "description",
            "description_ko",
            "source_url",
            "country",
            "city",
            "city_ko",
            "opens_on",
            "deadline",
            "budget_amount",
            "budget_currency",
            "sectors",
            "required_capabilities",
            "eligible_countries",
            "eligible_kinds",
            "max_organisation_age_years",
            "origin",
            "external_id",
        ]
        widgets = {
            "title": forms.TextInput(attrs={"size": 80}),
            "summary": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "title_ko": forms.TextInput(attrs={"size": 80, "lang": "ko"}),
            "summary_ko": forms.Textarea(attrs={"rows": 2, "cols": 80, "lang": "ko"}),
            "city_ko": forms.TextInput(attrs={"lang": "ko"}),
        }


@admin.register(Opportunity)
class OpportunityAdmin(HttpsURLFieldsMixin, admin.ModelAdmin):
    form = OpportunityAdminForm
    list_display = ["title", "kind", "status", "deadline", "is_open_now", "country"]
    list_filter = ["status", "kind", ("country", CountryFilter), "sectors"]
    search_fields = [
        "title",
        "title_ko",
        "summary",
        "summary_ko",
        "description",
        "description_ko",
        "external_id",
        "city",
        "city_ko",
    ]
    autocomplete_fields = ["hosts", "sectors", "required_capabilities"]
    date_hierarchy = "deadline"
    # Publication state changes only through the actions, which enforce the workflow.
    readonly_fields = ["status", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "hosts", "summary", "description", "source_url"]}),
        # Optional; pages show the reader's language and fall back to the other.
        (_("In Korean"), {"fields": ["title_ko", "summary_ko", "description_ko"]}),
        (_("Where and when"), {"fields": ["country", ("city", "city_ko"), "opens_on", "deadline"]}),
        (_("Budget"), {"fields": ["budget_amount", "budget_currency"]}),
        (_("Topics"), {"fields": ["sectors", "required_capabilities"]}),
        (
            _("Eligibility"),
            {"fields": ["eligible_countries", "eligible_kinds", "max_organisation_age_years"]},
        ),
        (
            _("Publication"),
            {
                "description": _("Change the status with the actions on the opportunity list."),
                "fields": ["status", "origin", "external_id", "created_at", "updated_at"],
            },
        ),
    ]
    actions = ["publish", "archive"]

    @admin.display(description=_("Open now"), boolean=True)
    def is_open_now(self, opportunity):
        return opportunity.is_open()

    @admin.action(description=_("Publish selected opportunities"))
    def publish(self, request, queryset):
        apply_to_each(
            self,
            request,
            queryset,
            lambda opportunity: services.opportunity_publish(opportunity=opportunity),
            done=ngettext_lazy(
                "Published %(count)d opportunity.", "Published %(count)d opportunities.", "count"
            ),
        )

    @admin.action(description=_("Archive selected opportunities"))
    def archive(self, request, queryset):
        apply_to_each(
            self,
            request,
            queryset,
            lambda opportunity: services.opportunity_archive(opportunity=opportunity),
            done=ngettext_lazy(
                "Archived %(count)d opportunity.", "Archived %(count)d opportunities.", "count"
            ),
        )
