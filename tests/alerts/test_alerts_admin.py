import pytest
from django.urls import reverse

from tests.factories import SavedSearchFactory


@pytest.mark.parametrize("model", ["savedsearch", "alertdelivery", "deadlinereminderstop"])
def test_staff_see_the_alerts_records_in_the_admin(admin_client, model):
    SavedSearchFactory(name="Smart city calls")
    assert admin_client.get(reverse(f"admin:alerts_{model}_changelist")).status_code == 200


def test_a_saved_search_is_listed_but_cannot_be_changed(admin_client):
    search = SavedSearchFactory(name="Smart city calls")
    assert (
        "Smart city calls" in admin_client.get(reverse("admin:alerts_savedsearch_changelist")).text
    )
    change = admin_client.post(
        reverse("admin:alerts_savedsearch_change", args=[search.pk]), {"name": "x"}
    )
    assert change.status_code == 403
    search.refresh_from_db()
    assert search.name == "Smart city calls"
