from rest_framework.routers import SimpleRouter

from events.api.views import EventViewSet, MeetingRequestViewSet, RegistrationViewSet

router = SimpleRouter()
router.register("events", EventViewSet, basename="event")
router.register("event-registrations", RegistrationViewSet, basename="event-registration")
router.register("meeting-requests", MeetingRequestViewSet, basename="meeting-request")

urlpatterns = router.urls
