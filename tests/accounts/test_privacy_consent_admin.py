from django.urls import reverse

from accounts.services import privacy_consent_record


def test_staff_read_consents_in_the_admin(admin_client, member):
    consent = privacy_consent_record(user=member)
    assert (
        member.username
        in admin_client.get(reverse("admin:accounts_privacyconsent_changelist")).text
    )
    change = reverse("admin:accounts_privacyconsent_change", args=[consent.pk])
    assert admin_client.get(change).status_code == 200


def test_nobody_adds_a_consent_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:accounts_privacyconsent_add")).status_code == 403
