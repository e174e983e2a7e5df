from rest_framework.routers import SimpleRouter

from organisations.api.taxonomy_views import CapabilityViewSet, SectorViewSet
from organisations.api.views import ConsortiumMembershipViewSet, OrganisationViewSet

router = SimpleRouter()
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register(
    "consortium-memberships", ConsortiumMembershipViewSet, basename="consortium-membership"
)
router.register("sectors", SectorViewSet, basename="sector")
router.register("capabilities", CapabilityViewSet, basename="capability")

urlpatterns = router.urls
