from rest_framework import permissions


class IsStaffOrReadOnly(permissions.BasePermission):
    """Anyone reads; only staff write (opportunities and the taxonomy are curated)."""

    anonymous_reads = True  # read by the schema: GET needs no credentials

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated and request.user.is_staff)
