from django.contrib import admin

from introductions.models import IntroductionEvent, IntroductionMessage, IntroductionRequest


class IntroductionEventInline(admin.TabularInline):
    """The audit trail: written only by the introduction services, never edited."""

    model = IntroductionEvent
    fields = ["at", "from_state", "to_state", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class IntroductionMessageInline(admin.TabularInline):
    """What the two sides wrote to each other once accepted, kept with the record."""

    model = IntroductionMessage
    fields = ["sent_at", "from_organisation", "author", "body"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(IntroductionRequest)
class IntroductionRequestAdmin(admin.ModelAdmin):
    """Read-only: a request moves only through introduction_transition, which checks each
    step and writes the audit trail; editing the state here would bypass both."""

    list_display = [
        "requester_organisation",
        "requested_organisation",
        "state",
        "preferred_language",
        "created_at",
        "updated_at",
    ]
    list_filter = ["state", "preferred_language"]
    list_select_related = ["requester_organisation", "requested_organisation"]
    search_fields = [
        "requester_organisation__name",
        "requester_organisation__name_ko",
        "requested_organisation__name",
        "requested_organisation__name_ko",
    ]
    date_hierarchy = "created_at"
    inlines = [IntroductionEventInline, IntroductionMessageInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
