import pytest
from rest_framework import viewsets

from api.viewsets import ServiceWriteMixin


def test_a_viewset_that_leaves_out_a_service_cannot_be_made():
    class Incomplete(ServiceWriteMixin, viewsets.ModelViewSet):
        def service_create(self, *, values):
            return None

    with pytest.raises(TypeError, match="service_delete"):
        Incomplete()
