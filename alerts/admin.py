from django.contrib import admin

from alerts.models import AlertDelivery, DeadlineReminderStop, SavedSearch


class ReadOnlyAdmin(admin.ModelAdmin):
    """Members make these (saved searches, stops) or send_alerts writes them (deliveries, whose
    unique keys keep a mail from going out twice): staff look, to answer "why did I get, or
    not get, this mail?", but do not edit."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SavedSearch)
class SavedSearchAdmin(ReadOnlyAdmin):
    list_display = ["name", "user", "scope", "frequency", "active", "created_at", "last_sent_at"]
    list_filter = ["scope", "frequency", "active"]
    list_select_related = ["user"]
    search_fields = ["name", "user__username", "user__email"]
    date_hierarchy = "created_at"


@admin.register(AlertDelivery)
class AlertDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["sent_at", "kind", "recipient", "saved_search", "organisation", "opportunity"]
    list_filter = ["kind"]
    list_select_related = ["recipient", "saved_search", "organisation", "opportunity"]
    search_fields = ["recipient__username", "recipient__email"]
    date_hierarchy = "sent_at"


@admin.register(DeadlineReminderStop)
class DeadlineReminderStopAdmin(ReadOnlyAdmin):
    list_display = ["user", "opportunity", "created_at"]
    list_select_related = ["user", "opportunity"]
    search_fields = ["user__username", "user__email", "opportunity__title"]
    date_hierarchy = "created_at"
