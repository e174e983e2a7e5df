from django.contrib import admin

from accounts.models import PrivacyConsent


@admin.register(PrivacyConsent)
class PrivacyConsentAdmin(admin.ModelAdmin):
    """The record of who accepted which notice and when: staff may read it, never edit it
    (it goes only with its account)."""

    list_display = ["user", "notice_version", "accepted_at"]
    list_select_related = ["user"]
    list_filter = ["notice_version"]
    search_fields = ["user__username", "user__email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
