from django import forms
from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AdminTextInputWidget
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from organisations import services
from organisations.admin_helpers import HttpsURLFieldsMixin, apply_to_each
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Membership,
    Organisation,
    Project,
    ProjectParticipation,
    Sector,
)


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ko", "slug"]
    search_fields = ["name", "name_ko", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Capability)
class CapabilityAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ko", "slug", "sector"]
    list_filter = ["sector"]
    list_select_related = ["sector"]
    search_fields = ["name", "name_ko", "slug"]
    autocomplete_fields = ["sector"]
    prepopulated_fields = {"slug": ["name"]}


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    verbose_name = _("member (user)")
    verbose_name_plural = _("members (users who can edit this profile)")


class ConsortiumMemberInlineForm(forms.ModelForm):
    class Meta:
        model = ConsortiumMembership
        fields = ["member", "role"]

    def clean(self):
        cleaned_data = super().clean()
        member = cleaned_data.get("member")
        if member is not None:
            try:
                services.consortium_member_validate(
                    consortium=self.instance.consortium, member=member
                )
            except ValidationError as error:
                self.add_error("member", error)
        return cleaned_data


class ConsortiumMemberInline(admin.TabularInline):
    model = ConsortiumMembership
    form = ConsortiumMemberInlineForm
    fk_name = "consortium"
    extra = 0
    autocomplete_fields = ["member"]
    verbose_name = _("consortium member")
    verbose_name_plural = _("consortium members")


class ConsortiumLinkInline(admin.TabularInline):
    """The consortia this organisation belongs to; edited from the consortium's own page."""

    model = ConsortiumMembership
    fk_name = "member"
    extra = 0
    fields = ["consortium", "role"]
    readonly_fields = ["consortium", "role"]
    can_delete = False
    verbose_name = _("consortium it belongs to")
    verbose_name_plural = _("consortia it belongs to")

    def has_add_permission(self, request, obj=None):
        return False


class ProjectParticipationInline(admin.TabularInline):
    model = ProjectParticipation
    extra = 0
    autocomplete_fields = ["project"]
    verbose_name = _("project (track record)")
    verbose_name_plural = _("projects (track record)")


class RejectionForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("The organisation’s members see this, so say what to fix."),
    )


@admin.register(Organisation)
class OrganisationAdmin(HttpsURLFieldsMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "name_ko",
        "country",
        "kind",
        "status",
        "verified",
        "origin",
        "updated_at",
    ]
    list_filter = [
        "status",
        "kind",
        ("country", CountryFilter),
        "verified",
        "origin",
        "sectors",
    ]
    search_fields = [
        "name",
        "name_ko",
        "external_id",
        "city",
        "city_ko",
        "description",
        "description_ko",
    ]
    autocomplete_fields = ["sectors", "offers", "seeks"]
    date_hierarchy = "updated_at"
    # Publication state changes only through the actions, which enforce the workflow.
    readonly_fields = [
        "status",
        "rejection_reason",
        "review_reason",
        "verified",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {"fields": ["name", "name_ko", "kind", "country", ("city", "city_ko"), "website"]},
        ),
        (
            _("Profile"),
            {"fields": ["description", "description_ko", "founded_year", "size_band"]},
        ),
        (_("What it does"), {"fields": ["sectors", "offers", "seeks"]}),
        (
            _("Contact (shown to its members and organisations introduced to it)"),
            {"fields": ["contact_name", "contact_email", "contact_phone"]},
        ),
        (
            _("Publication"),
            {
                "description": _("Change these with the actions on the organisation list."),
                "fields": [
                    "status",
                    "rejection_reason",
                    "review_reason",
                    "verified",
                    "origin",
                    "external_id",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]
    actions = ["publish", "reject_with_reason", "verify", "unverify"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "city_ko":
            kwargs["widget"] = AdminTextInputWidget(attrs={"lang": "ko"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_inlines(self, request, obj):
        inlines = [MembershipInline, ProjectParticipationInline, ConsortiumLinkInline]
        if obj is not None and obj.is_consortium:
            inlines.insert(0, ConsortiumMemberInline)
        return inlines

    @admin.action(description=_("Publish selected organisations"))
    def publish(self, request, queryset):
        apply_to_each(
            self,
            request,
            queryset,
            lambda organisation: services.organisation_publish(organisation=organisation),
            done=ngettext_lazy(
                "Published %(count)d organisation.", "Published %(count)d organisations.", "count"
            ),
        )

    @admin.action(description=_("Mark selected organisations as verified"))
    def verify(self, request, queryset):
        apply_to_each(
            self,
            request,
            queryset,
            lambda organisation: services.organisation_verify(
                organisation=organisation, verified=True
            ),
            done=ngettext_lazy(
                "Verified %(count)d organisation.", "Verified %(count)d organisations.", "count"
            ),
        )

    @admin.action(description=_("Remove verification from selected organisations"))
    def unverify(self, request, queryset):
        apply_to_each(
            self,
            request,
            queryset,
            lambda organisation: services.organisation_verify(
                organisation=organisation, verified=False
            ),
            done=ngettext_lazy(
                "Removed verification from %(count)d organisation.",
                "Removed verification from %(count)d organisations.",
                "count",
            ),
        )

    @admin.action(description=_("Reject selected organisations with a reason…"))
    def reject_with_reason(self, request, queryset):
        # The first post comes from the changelist; the second, with "apply", from the form.
        if "apply" in request.POST:
            form = RejectionForm(request.POST)
            if form.is_valid():
                reason = form.cleaned_data["reason"]
                apply_to_each(
                    self,
                    request,
                    queryset,
                    lambda organisation: services.organisation_reject(
                        organisation=organisation, reason=reason
                    ),
                    done=ngettext_lazy(
                        "Rejected %(count)d organisation.",
                        "Rejected %(count)d organisations.",
                        "count",
                    ),
                )
                return None
        else:
            form = RejectionForm()
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Reject organisations"),
            "opts": self.model._meta,
            "organisations": queryset.order_by("name"),
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action_name": "reject_with_reason",
        }
        return TemplateResponse(
            request, "admin/organisations/organisation/reject_with_reason.html", context
        )


class ParticipationInline(admin.TabularInline):
    model = ProjectParticipation
    extra = 0
    autocomplete_fields = ["organisation"]
    verbose_name = _("participant")
    verbose_name_plural = _("participants")


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "year", "programme", "participant_count"]
    list_filter = ["year"]
    search_fields = [
        "title",
        "programme",
        "external_id",
        "participants__name",
        "participants__name_ko",
    ]
    inlines = [ParticipationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(participant_count=Count("participations"))

    @admin.display(description=_("Participants"), ordering="participant_count")
    def participant_count(self, project):
        return project.participant_count


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    list_select_related = ["user", "organisation"]
    search_fields = ["user__username", "user__email", "organisation__name", "organisation__name_ko"]
    autocomplete_fields = ["user", "organisation"]
