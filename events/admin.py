"""Thin admin: editing of the raw records. The steps with rules (approving within capacity,
meeting requests, scheduling) go through the staff pages, which call the services."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import (
    Availability,
    Delegate,
    Event,
    MeetingMessage,
    MeetingOutcome,
    MeetingRequest,
    MeetingSlot,
    Registration,
    ScheduledMeeting,
    Session,
    Table,
    UnplacedMeeting,
)
from organisations.admin_helpers import HttpsURLFieldsMixin


class SessionInline(admin.StackedInline):
    model = Session
    extra = 0
    autocomplete_fields = ["organisations"]
    fields = [
        ("title", "title_ko"),
        ("kind", "starts_at", "ends_at"),
        ("place", "place_ko"),
        ("description", "description_ko"),
        "organisations",
    ]


class SlotInline(admin.TabularInline):
    model = MeetingSlot
    extra = 0


class TableInline(HttpsURLFieldsMixin, admin.TabularInline):
    model = Table
    extra = 0
    fields = ["name", "name_ko", "video_url"]


@admin.register(Event)
class EventAdmin(HttpsURLFieldsMixin, admin.ModelAdmin):
    list_display = ["title", "title_ko", "kind", "starts_at", "time_zone", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "title_ko", "city", "city_ko", "venue", "venue_ko"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organisers", "opportunities"]
    inlines = [SessionInline, SlotInline, TableInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "status", "description"]}),
        # Optional; pages show the reader's language and fall back to the other.
        (_("In Korean"), {"fields": ["title_ko", "description_ko"]}),
        (
            _("When and where"),
            {
                "fields": [
                    "starts_at",
                    "ends_at",
                    "time_zone",
                    ("venue", "venue_ko"),
                    ("city", "city_ko"),
                    "country",
                    "online_url",
                ]
            },
        ),
        (
            _("Registration"),
            {"fields": ["registration_opens_at", "registration_closes_at", "capacity"]},
        ),
        (_("Organisers and opportunities"), {"fields": ["organisers", "opportunities"]}),
    ]


class DelegateInline(admin.TabularInline):
    model = Delegate
    extra = 0


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["organisation", "event", "status", "created_at"]
    list_filter = ["status", "event"]
    search_fields = [
        "organisation__name",
        "organisation__name_ko",
        "event__title",
        "event__title_ko",
    ]
    raw_id_fields = ["organisation", "registered_by", "decided_by"]
    filter_horizontal = ["seeks_capabilities"]
    inlines = [DelegateInline]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "title_ko", "event", "kind", "starts_at"]
    list_filter = ["kind", "event"]
    search_fields = ["title", "title_ko", "event__title", "event__title_ko"]
    autocomplete_fields = ["organisations"]
    fields = [
        "event",
        ("title", "title_ko"),
        ("kind", "starts_at", "ends_at"),
        ("place", "place_ko"),
        ("description", "description_ko"),
        "organisations",
    ]


@admin.register(Delegate)
class DelegateAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "registration"]
    search_fields = [
        "name",
        "registration__organisation__name",
        "registration__organisation__name_ko",
    ]


@admin.register(MeetingSlot)
class MeetingSlotAdmin(admin.ModelAdmin):
    list_display = ["event", "starts_at", "ends_at"]
    list_filter = ["event"]


@admin.register(Table)
class TableAdmin(HttpsURLFieldsMixin, admin.ModelAdmin):
    list_display = ["name", "name_ko", "event", "video_url"]
    list_filter = ["event"]
    search_fields = ["name", "name_ko"]
    fields = ["event", ("name", "name_ko"), "video_url"]


@admin.register(Availability)
class AvailabilityAdmin(admin.ModelAdmin):
    list_display = ["registration", "slot"]
    raw_id_fields = ["registration", "slot"]


class MeetingMessageInline(admin.TabularInline):
    """Read only: the messages are the meeting's record."""

    model = MeetingMessage
    fields = ["from_registration", "author", "body", "sent_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class MeetingOutcomeInline(admin.TabularInline):
    model = MeetingOutcome
    fields = ["registration", "held", "follow_up", "recorded_by", "recorded_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "event", "status", "brokered_by", "created_at"]
    list_filter = ["status", "event"]
    raw_id_fields = ["from_registration", "to_registration", "brokered_by"]
    inlines = [MeetingMessageInline, MeetingOutcomeInline]


@admin.register(ScheduledMeeting)
class ScheduledMeetingAdmin(admin.ModelAdmin):
    list_display = ["meeting_request", "slot", "table", "published"]
    list_filter = ["published", "slot__event"]
    raw_id_fields = ["meeting_request", "slot", "table"]


@admin.register(UnplacedMeeting)
class UnplacedMeetingAdmin(admin.ModelAdmin):
    list_display = ["meeting_request", "reason"]
    raw_id_fields = ["meeting_request"]
