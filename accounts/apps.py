from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and personal data")

    def ready(self):
        from accounts import receivers  # noqa: F401  (connects the login receiver)
        from accounts.selectors import language_preferences_by_user, time_zones_by_user
        from common.language import recipient_language_source_set
        from common.time_zone import recipient_time_zone_source_set

        # Lower apps write mail in the recipient's language and time zone without importing
        # accounts.
        recipient_language_source_set(language_preferences_by_user)
        recipient_time_zone_source_set(time_zones_by_user)
