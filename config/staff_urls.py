"""The staff area under /staff/, composed once from each app's staff pages, so every staff URL
is named in the one "staff" namespace (reverse("staff:review_queue"))."""

from django.urls import path

from config import staff_views
from events.staff_urls import urlpatterns as event_patterns
from introductions.staff_urls import urlpatterns as introduction_patterns
from matchmaking.staff_urls import urlpatterns as matchmaking_patterns
from memberships.staff_urls import urlpatterns as membership_patterns
from opportunities.staff_urls import urlpatterns as opportunity_patterns
from organisations.staff_urls import urlpatterns as organisation_patterns

urlpatterns = [
    path("", staff_views.staff_home, name="home"),
    *opportunity_patterns,
    *organisation_patterns,
    *introduction_patterns,
    *event_patterns,
    *matchmaking_patterns,
    *membership_patterns,
]
