"""The API answers in the language the request asks for (Accept-Language, or the language
cookie a browser already carries): reasons, labels and error messages in English or Korean.

LocaleMiddleware serves every unprefixed address in the default language, since the pages keep
English at the root; the API has one address in every language, so it reads the request."""

from django.utils import translation
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/"


class ApiLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        language = translation.get_supported_language_variant(
            translation.get_language_from_request(request, check_path=False)
        )
        request.LANGUAGE_CODE = language
        # Overridden for this request only (the response is rendered inside), so the language
        # never outlives it in the thread.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Accept-Language",))
        return response
