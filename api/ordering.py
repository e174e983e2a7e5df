from django.utils.translation import gettext
from rest_framework import exceptions, filters


class OrderingFilter(filters.OrderingFilter):
    """?ordering=name,-updated_at. DRF ignores names it does not know; here they are a 400, so
    a typo does not silently return the default order. The view's default ordering follows
    the requested one so that pages stay stable when values tie. Without ?ordering=, an order
    the filters chose (the list filters' `sort`, or search relevance) stands: the default only
    applies to a queryset nothing has ordered yet."""

    def get_ordering(self, request, queryset, view):
        default = list(self.get_default_ordering(view) or ())
        raw = request.query_params.get(self.ordering_param)
        if not raw:
            return None if queryset.query.order_by else default
        terms = raw.split(",")
        valid = self.remove_invalid_fields(queryset, terms, view, request)
        if len(valid) != len(terms):
            allowed = ", ".join(name for name, _ in self.get_valid_fields(queryset, view))
            raise exceptions.ValidationError(
                {
                    self.ordering_param: [
                        gettext("Order by any of %(fields)s, with “-” for descending.")
                        % {"fields": allowed}
                    ]
                }
            )
        return [*valid, *(term for term in default if term not in valid)]

    def get_schema_operation_parameters(self, view) -> list[dict]:
        names = list(getattr(view, "ordering_fields", None) or ())
        term = "-?(" + "|".join(names) + ")"
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": (
                    "Comma-separated fields to order by, “-” before one for descending: "
                    + ", ".join(names)
                    + "."
                ),
                "schema": {"type": "string", "pattern": f"^({term}(,{term})*)?$"},
            }
        ]
