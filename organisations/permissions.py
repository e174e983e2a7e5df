"""Who may open which page. Signed-out visitors are sent to log in; signed-in users without
the right get 403, so they are told rather than bounced to a login they already did."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def staff_required(view: Callable) -> Callable:
    """For the staff curation pages: any user with is_staff, not only superusers."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied(_("These pages are for staff."))
        return view(request, *args, **kwargs)

    return wrapped
