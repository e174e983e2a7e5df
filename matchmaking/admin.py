from django.contrib import admin

from matchmaking.models import Dismissal


@admin.register(Dismissal)
class DismissalAdmin(admin.ModelAdmin):
    """Read-only: a dismissal is the user's own decision, so staff look but do not edit."""

    list_display = [
        "user",
        "organisation",
        "dismissed_organisation",
        "dismissed_opportunity",
        "created_at",
    ]
    list_select_related = [
        "user",
        "organisation",
        "dismissed_organisation",
        "dismissed_opportunity",
    ]
    search_fields = ["user__username", "organisation__name", "organisation__name_ko"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
