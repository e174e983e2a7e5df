from organisations.filters import OrganisationFilter
from organisations.models import Organisation


def filterset(**data) -> OrganisationFilter:
    return OrganisationFilter(data, queryset=Organisation.objects.all())


def test_each_filterset_has_its_own_filters_sharing_one_field(db):
    first, second = filterset(), filterset()
    assert first.filters["sort"] is not second.filters["sort"]
    assert first.filters["sort"].field is second.filters["sort"].field


def test_a_method_filter_belongs_to_its_own_filterset(db):
    first = filterset(sort="name")
    assert first.filters["sort"].parent is first
    assert first.filters["sort"].filter.f is first.filters["sort"]


def test_counts_shown_on_one_form_stay_on_it(db):
    first, second = filterset(), filterset()
    assert (
        first.form.fields["sector"].widget.counts is not second.form.fields["sector"].widget.counts
    )


def test_a_country_code_is_checked_against_the_codes(db):
    assert filterset(country="KR").form.is_valid()
    assert "country" in filterset(country="XX").form.errors
