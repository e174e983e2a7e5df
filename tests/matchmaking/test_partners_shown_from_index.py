"""The partners API shows the suggested organisations from the index: never one deleted or
unpublished since, whatever way it went."""

from django.db import connection
from django.urls import reverse

from matchmaking import index_store
from organisations.models import Organisation
from organisations.services import organisation_reject
from tests.factories import OrganisationFactory


def partners(api_client, organisation):
    url = reverse("api:organisation-partners", args=[organisation.pk])
    return api_client.get(url).json()


def shown_ids(api_client, organisation) -> list[int]:
    return [suggestion["organisation"]["id"] for suggestion in partners(api_client, organisation)]


def test_shows_the_external_id_and_an_edited_name_from_the_index(
    api_client, uk_sme, korean_partner
):
    partners(api_client, uk_sme)  # builds the index
    korean_partner.name, korean_partner.external_id = "Busan Radio Group", "kr-77"
    korean_partner.save()
    [suggestion] = partners(api_client, uk_sme)
    assert suggestion["organisation"]["name"] == "Busan Radio Group"
    assert suggestion["organisation"]["external_id"] == "kr-77"


def test_a_deleted_partner_is_not_shown_on_the_next_request(api_client, uk_sme, korean_partner):
    assert shown_ids(api_client, uk_sme) == [korean_partner.pk]
    korean_partner.delete()
    assert shown_ids(api_client, uk_sme) == []


def test_a_bulk_deleted_partner_is_not_shown(api_client, uk_sme, korean_partner):
    shown_ids(api_client, uk_sme)
    Organisation.objects.filter(pk=korean_partner.pk).delete()
    assert shown_ids(api_client, uk_sme) == []


def test_a_partner_deleted_in_plain_sql_is_not_shown(api_client, uk_sme, korean_partner):
    shown_ids(api_client, uk_sme)
    for tags in (korean_partner.offers, korean_partner.seeks, korean_partner.sectors):
        tags.clear()
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {Organisation._meta.db_table} WHERE id = %s", [korean_partner.pk]
        )
    assert shown_ids(api_client, uk_sme) == []


def test_a_deleted_partner_stays_hidden_after_later_edits(
    api_client, uk_sme, korean_partner, monkeypatch
):
    monkeypatch.setattr(index_store, "DELTA_LIMIT", 10.0)  # deltas, never a rebuild
    shown_ids(api_client, uk_sme)
    gone = korean_partner.pk
    korean_partner.save()  # in the delta segment before it goes
    korean_partner.delete()
    shown_ids(api_client, uk_sme)
    OrganisationFactory(country="KR")  # another delta without it
    assert gone not in shown_ids(api_client, uk_sme)


def test_an_unpublished_partner_is_not_shown_on_the_next_request(
    api_client, uk_sme, korean_partner
):
    shown_ids(api_client, uk_sme)
    organisation_reject(organisation=korean_partner, reason="Needs a description")
    assert shown_ids(api_client, uk_sme) == []
