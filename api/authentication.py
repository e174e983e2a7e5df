"""Bearer-token authentication with the members' own API tokens."""

from django.utils.translation import gettext
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from api import services

KEYWORD = "Bearer"


class ApiTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer kum_…`. A request without that header falls through to the
    next authentication class; one with a wrong or revoked token is refused outright, so a
    script never silently runs as an anonymous visitor."""

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(
                gettext(
                    "Send the token as “Authorization: %(keyword)s <token>”, with no spaces in it."
                )
                % {"keyword": KEYWORD}
            )
        try:
            raw = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(gettext("That is not an API token.")) from None
        token = services.api_token_authenticate(raw=raw)
        if token is None:
            raise exceptions.AuthenticationFailed(gettext("Unknown or revoked API token."))
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(
                gettext("The account this token belongs to is disabled.")
            )
        return token.user, token

    def authenticate_header(self, request) -> str:
        # Makes DRF answer 401 (not 403) to a request that needs a signed-in user.
        return f'{KEYWORD} realm="api"'


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An API token created with POST /api/tokens/, sent as "
                "`Authorization: Bearer <token>`."
            ),
        }
