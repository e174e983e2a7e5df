from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from accounts.views import language_set
from config.staff_urls import urlpatterns as staff_urlpatterns

# The admin names this site, not Django, in each reader's language.
admin.site.site_header = _("Korea–UK Match administration")
admin.site.site_title = _("Korea–UK Match")
admin.site.index_title = _("Records and settings")

# The API and the admin keep one address in every language; the switcher posts to a fixed one.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("config.api_urls")),
    path("language/", language_set, name="set_language"),
]

# The pages: English at the root as before (so links already mailed keep working), Korean
# under /ko/.
urlpatterns += i18n_patterns(
    path("", include("organisations.urls")),
    path("opportunities/", include("opportunities.urls")),
    path("", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("staff/", include((staff_urlpatterns, "staff"))),
    path("introductions/", include("introductions.urls")),
    path("events/", include("events.urls")),
    path("", include("matchmaking.urls")),
    path("", include("alerts.urls")),
    path("", include("memberships.urls")),
    prefix_default_language=False,
)

# Under /api/ these answer in the API's JSON error shape; elsewhere with the usual pages.
handler400 = "api.views.bad_request"
handler403 = "api.views.permission_denied"
handler404 = "api.views.page_not_found"
handler500 = "api.views.server_error"
