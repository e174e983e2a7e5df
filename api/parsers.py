from django.utils.translation import gettext
from rest_framework import exceptions, parsers


def _refuse_lone_surrogates(data) -> None:
    """JSON may spell half a UTF-16 pair ("\\ud800"); Python accepts it but no database can
    store it, so it is refused here rather than failing on save."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise exceptions.ParseError(
                    gettext("JSON parse error - the body contains an unpaired UTF-16 surrogate.")
                ) from None


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, made to answer 400 to anything a client can send: nesting deep
    enough to exhaust the stack, lone surrogates. (Django itself refuses bodies over
    DATA_UPLOAD_MAX_MEMORY_SIZE; the exception handler turns that into a 413.)"""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError(
                gettext("JSON parse error - the body is nested too deeply.")
            ) from None
        _refuse_lone_surrogates(data)
        return data
