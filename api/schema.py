"""OpenAPI pieces every endpoint shares: the error body and which errors each operation can
answer with, so the schema lists them without each view repeating them."""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from rest_framework import serializers

ERROR_DESCRIPTIONS = {
    400: "The input is invalid (a body field, filter, ordering or page parameter); "
    "`fields` says which.",
    401: "Not signed in, or the API token is unknown or revoked.",
    403: "Signed in but not allowed to do this (with session authentication, also a missing "
    "CSRF token).",
    404: "Nothing with this id is visible to you, or the page is past the last one.",
    409: "Conflicts with stored data: a taken external id or slug, a status that does not "
    "allow this step, or a record still in use.",
    413: "The request body is larger than the server accepts.",
    415: "The request body is not JSON (send Content-Type: application/json).",
    429: "Too many requests: wait the number of seconds given in Retry-After.",
}


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")
    code = serializers.CharField(
        help_text="Machine-readable: invalid, not_authenticated, authentication_failed, "
        "permission_denied, not_found, method_not_allowed, conflict, too_large, "
        "unsupported_media_type, parse_error, throttled, …"
    )
    message = serializers.CharField(help_text="What went wrong, for a person to read.")


# "fields" is also the name of Serializer's own property, so it cannot be declared as a class
# attribute; adding it to the declared fields keeps the wire name the clients see.
ErrorDetailSerializer._declared_fields["fields"] = serializers.DictField(
    child=serializers.ListField(child=serializers.CharField()),
    help_text="Messages per input, keyed by field name (dotted when nested); "
    "non_field_errors for the input as a whole.",
)


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()

    class Meta:
        ref_name = "Error"


class AutoSchema(SpectacularAutoSchema):
    """Adds the error responses an operation can really give. A view can name extra ones per
    action in `extra_error_statuses`, e.g. {"destroy": [409]}."""

    def error_statuses(self) -> set[int]:
        view = self.view
        action = getattr(view, "action", None)
        has_id = "{" in self.path  # e.g. /api/organisations/{id}/: an unknown id is a 404
        statuses = {401}  # a wrong token is refused on every endpoint, even public ones
        if view.get_throttles():
            statuses.add(429)
        if has_id:
            statuses.add(404)
        if self.method == "GET" and self._is_list_view():
            statuses |= {400, 404}
        if self.method not in ("GET", "HEAD", "OPTIONS"):
            statuses.add(403)
            if self.get_request_serializer() is not None:
                statuses |= {400, 413, 415}
        statuses.update(getattr(view, "extra_error_statuses", {}).get(action, ()))
        return statuses

    def get_auth(self):
        # drf-spectacular only knows DRF's own permission classes allow anonymous reads; ours
        # say so with `anonymous_reads`.
        auth = super().get_auth()
        if (
            self.method in ("GET", "HEAD")
            and {} not in auth
            and all(getattr(p, "anonymous_reads", False) for p in self.view.get_permissions())
        ):
            auth.append({})
        return auth

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        error = self.resolve_serializer(ErrorSerializer, direction).ref
        for status in sorted(self.error_statuses()):
            response = {
                "description": ERROR_DESCRIPTIONS[status],
                "content": {"application/json": {"schema": error}},
            }
            if status == 429:
                response["headers"] = {
                    "Retry-After": {
                        "schema": {"type": "integer"},
                        "description": "Seconds to wait before trying again.",
                    }
                }
            responses.setdefault(str(status), response)
        return responses
