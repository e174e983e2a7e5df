from django.utils.translation import gettext
from rest_framework import exceptions, pagination

from common.pagination import ListPaginator


def _positive_whole_number(raw: str, *, name: str, maximum: int | None = None) -> int:
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise exceptions.ValidationError({name: [gettext("Must be a whole number.")]}) from None
    if number < 1:
        raise exceptions.ValidationError({name: [gettext("Must be 1 or more.")]})
    if maximum is not None and number > maximum:
        raise exceptions.ValidationError(
            {name: [gettext("Must be at most %(maximum)d.") % {"maximum": maximum}]}
        )
    return number


class PageNumberPagination(pagination.PageNumberPagination):
    """?page=N&page_size=M. A page that is not a whole number of at least 1 is a 400; a page
    past the end is a 404 (DRF's own rule)."""

    page_size = 25
    # Cheap deep pages and counts on long lists; no cap on depth, so scripts can read all.
    django_paginator_class = ListPaginator
    page_size_query_param = "page_size"
    max_page_size = 100
    last_page_strings = ()

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        return _positive_whole_number(
            raw, name=self.page_size_query_param, maximum=self.max_page_size
        )

    def get_page_number(self, request, paginator) -> int:
        raw = request.query_params.get(self.page_query_param)
        if raw is None:
            return 1
        return _positive_whole_number(raw, name=self.page_query_param)

    def get_schema_operation_parameters(self, view) -> list[dict]:
        page, page_size = super().get_schema_operation_parameters(view)
        page["schema"]["minimum"] = 1
        page["description"] = "Page number, from 1. A page past the last one answers 404."
        page_size["schema"].update(minimum=1, maximum=self.max_page_size)
        page_size["description"] = (
            f"Results per page: {self.page_size} unless given, at most {self.max_page_size}."
        )
        return [page, page_size]
