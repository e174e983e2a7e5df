"""The OpenAPI schema: valid, generated without warnings, committed so that a change to it shows
in review, and served with its docs from the app itself."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

COMMITTED = Path(settings.BASE_DIR) / "docs" / "openapi.yaml"
REGENERATE = ".venv/bin/python manage.py spectacular --validate --file docs/openapi.yaml"


@pytest.fixture(scope="module")
def generated() -> str:
    """The schema, validated against the OpenAPI 3 specification; a warning fails it."""
    output = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=output)
    return output.getvalue()


def test_the_committed_schema_is_up_to_date(generated):
    committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
    assert generated == committed, f"docs/openapi.yaml is out of date: run `{REGENERATE}`."


def test_every_operation_is_summarised_and_lists_its_errors(generated):
    operations = re.findall(r"^    (get|post|put|patch|delete):$", generated, flags=re.M)
    assert len(operations) == generated.count("      summary: ") > 30
    assert generated.count("$ref: '#/components/schemas/Error'") > len(operations)


def test_the_schema_is_served(api_client, db):
    response = api_client.get(reverse("api:schema"), {"format": "json"})
    assert response.json()["info"]["title"] == "Korea–UK Match API"


def test_the_docs_load_nothing_from_other_sites(client, db):
    page = client.get(reverse("api:docs")).text
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_the_docs_assets_ship_with_the_app():
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")
