from rest_framework.routers import SimpleRouter

from opportunities.api.views import OpportunityViewSet

router = SimpleRouter()
router.register("opportunities", OpportunityViewSet, basename="opportunity")

urlpatterns = router.urls
