import datetime

import pytest

from common.compiled import CompiledQuery
from organisations.models import Membership, Organisation
from tests.factories import MembershipFactory, OrganisationFactory


def _memberships(*, user_id):
    return Membership.objects.filter(user=user_id).values_list("organisation__name", "created_at")


@pytest.fixture
def memberships_of():
    return CompiledQuery(_memberships, "user_id")


def test_gives_the_querysets_rows_for_each_id(memberships_of, member, other_member):
    assert [row[0] for row in memberships_of.rows(user_id=member.pk)] == ["Bayes Example Ltd"]
    assert [row[0] for row in memberships_of.rows(user_id=other_member.pk)] == ["Seoul Example Co"]


def test_converts_values_as_the_orm_does(memberships_of, member):
    (row,) = memberships_of.rows(user_id=member.pk)
    assert row[1] == Membership.objects.get(user=member).created_at


def test_sees_rows_added_after_it_compiled(memberships_of, member):
    memberships_of.rows(user_id=member.pk)
    MembershipFactory(user=member, organisation=OrganisationFactory(name="Later Ltd"))
    assert len(memberships_of.rows(user_id=member.pk)) == 2


def test_compiles_once_per_fixed_value(db):
    built = []

    def founded_after(day, *, organisation_id):
        built.append(day)
        return Organisation.objects.filter(
            pk=organisation_id, created_at__date__gt=day
        ).values_list("pk")

    query = CompiledQuery(founded_after, "organisation_id")
    for day in [datetime.date(2020, 1, 1), datetime.date(2020, 1, 1), datetime.date(2020, 1, 2)]:
        query.rows(fixed=(day,), organisation_id=1)
    assert built == [datetime.date(2020, 1, 1), datetime.date(2020, 1, 2)]


def test_an_id_the_sql_does_not_use_is_refused(db):
    query = CompiledQuery(lambda *, user_id: Organisation.objects.values_list("pk"), "user_id")
    with pytest.raises(ValueError, match="user_id"):
        query.rows(user_id=1)


def test_rows_among_gives_only_the_rows_with_those_ids(db):
    kept, other = OrganisationFactory(name="Kept Ltd"), OrganisationFactory()
    query = CompiledQuery(lambda: Organisation.objects.order_by().values_list("id", "name"))
    assert query.rows_among([kept.pk, other.pk + 1000]) == [(kept.pk, "Kept Ltd")]
    assert query.rows_among([]) == []
