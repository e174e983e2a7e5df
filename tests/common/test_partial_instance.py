import pytest

from common.compiled import CompiledQuery, partial_instance
from organisations.models import Organisation
from tests.factories import OrganisationFactory


def test_sets_the_fields_given_in_any_order():
    organisation = partial_instance(
        Organisation, ["name", "id", "country"], ["Bayes Ltd", 7, "GB"], using="default"
    )
    assert (organisation.pk, organisation.name, organisation.country) == (7, "Bayes Ltd", "GB")


def test_the_other_fields_are_deferred():
    organisation = partial_instance(Organisation, ["id", "name"], [7, "Bayes"], using="default")
    assert "city" in organisation.get_deferred_fields()
    assert "name" not in organisation.get_deferred_fields()


def test_belongs_to_the_database_it_is_given():
    organisation = partial_instance(Organisation, ["id"], [7], using="reports")
    assert organisation._state.db == "reports" and not organisation._state.adding


def test_an_unknown_field_or_a_missing_value_is_refused():
    with pytest.raises(ValueError, match="organisation_name"):
        partial_instance(Organisation, ["id", "organisation_name"], [7, "x"], using="default")
    with pytest.raises(ValueError, match="2 fields but 1 values"):
        partial_instance(Organisation, ["id", "name"], [7], using="default")


def test_a_compiled_query_says_which_database_its_rows_come_from(db):
    OrganisationFactory(name="Bayes Example Ltd")
    query = CompiledQuery(lambda: Organisation.objects.using("default").values_list("id", "name"))
    rows = query.rows()
    organisation = partial_instance(Organisation, ["id", "name"], rows[0], using=query.using)
    assert query.using == "default" and organisation._state.db == "default"
    organisation.refresh_from_db(fields=["city"])  # a deferred field reads the same database
