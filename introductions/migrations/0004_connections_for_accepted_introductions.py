"""Organisations whose introduction was accepted before connections existed get one now, so
they keep seeing each other's contact details. It lives here because it reads introduction
requests; backwards it leaves the rows to be dropped with organisations' table."""

from django.db import migrations

# INTRODUCED_STATES when this was written: a migration must not follow later edits of it.
INTRODUCED_STATES = ["introduced", "meeting_held", "partnership_formed", "no_fit"]


def connections_create(apps, schema_editor):
    IntroductionRequest = apps.get_model("introductions", "IntroductionRequest")
    OrganisationConnection = apps.get_model("organisations", "OrganisationConnection")
    accepted = IntroductionRequest.objects.filter(state__in=INTRODUCED_STATES).order_by("pk")
    pairs = {
        tuple(sorted(pair))
        for pair in accepted.values_list("requester_organisation_id", "requested_organisation_id")
    }
    existing = set(OrganisationConnection.objects.values_list("organisation_a_id", "organisation_b_id"))
    OrganisationConnection.objects.bulk_create(
        OrganisationConnection(organisation_a_id=low, organisation_b_id=high, source="introduction")
        for low, high in sorted(pairs - existing)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("introductions", "0003_text_limits"),
        ("organisations", "0006_organisation_connection"),
    ]

    operations = [migrations.RunPython(connections_create, migrations.RunPython.noop)]
