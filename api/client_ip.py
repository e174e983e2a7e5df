"""The client's address for counting failed logins and requests.

Behind N reverse proxies (API_NUM_PROXIES), REMOTE_ADDR is the nearest proxy, the same for
everyone; the client is the Nth address from the right in X-Forwarded-For, the last one the
trusted proxies wrote. Addresses further left are whatever the client claimed.
"""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    proxies = settings.REST_FRAMEWORK.get("NUM_PROXIES") or 0
    remote = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if not proxies or not forwarded:
        return remote
    addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
    return addresses[-min(proxies, len(addresses))]


def login_name(request: HttpRequest, credentials: dict | None) -> str | None:
    """What the visitor typed as their login: allauth passes an email or a username, the admin
    a username. Case is ignored, so User@x and user@x count as one account."""
    credentials = credentials or {}
    name = (
        credentials.get("username")
        or credentials.get("email")
        or request.POST.get("login")
        or request.POST.get("username")
    )
    return name.strip().lower() if name else None
