"""Schemathesis against the live schema: every operation, with generated valid and invalid
input, as a staff member (so writes get past the permission checks and into the services).

Slow, so not part of the default run: `.venv/bin/pytest -m fuzz` runs it (CI does). It fails
on any server error or any response that breaks the schema, and leaves schemathesis' reports
in test-artifacts/api-fuzz/. docs/api-fuzz.md says how to read them.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from api.services import api_token_create
from events import services as events_services
from opportunities.models import OpportunityStatus
from organisations.models import OrganisationKind, PublicationStatus
from tests.events.factories import (
    DelegateFactory,
    EventFactory,
    MeetingSlotFactory,
    RegistrationFactory,
    TableFactory,
)
from tests.factories import (
    CapabilityFactory,
    ConsortiumMembershipFactory,
    MembershipFactory,
    OpportunityFactory,
    OrganisationFactory,
    SectorFactory,
    UserFactory,
)

pytestmark = pytest.mark.fuzz

REPORTS = Path(settings.BASE_DIR) / "test-artifacts" / "api-fuzz"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# Enough to reach every operation's boundaries and a good spread of random input while
# keeping the run to a few minutes on CI's two cores. The seed makes a failure repeatable.
MAX_EXAMPLES = int(os.environ.get("API_FUZZ_MAX_EXAMPLES", "25"))
SEED = os.environ.get("API_FUZZ_SEED", "20251")
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "ignored_auth",
]


@pytest.fixture
def unthrottled(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }


@pytest.fixture
def staff_token(transactional_db) -> str:
    """A staff member's token, and a little of everything for the requests to find."""
    sectors = [SectorFactory(slug=f"sector-{n}") for n in range(3)]
    capabilities = [
        CapabilityFactory(slug=f"capability-{n}", sector=sectors[n % 3]) for n in range(6)
    ]
    consortium = OrganisationFactory(
        kind=OrganisationKind.CONSORTIUM, country="KR", sectors=sectors[:1]
    )
    for status in PublicationStatus.values:
        organisation = OrganisationFactory(
            status=status, offers=capabilities[:2], seeks=capabilities[2:4]
        )
        MembershipFactory(organisation=organisation)
        ConsortiumMembershipFactory(consortium=consortium, member=organisation)
    for status in OpportunityStatus.values:
        OpportunityFactory(
            status=status, hosts=[consortium], required_capabilities=capabilities[:3]
        )
    staff = UserFactory(is_staff=True)
    _event_with_an_agenda(staff=staff)
    _, secret = api_token_create(user=staff, name="fuzz")
    return secret


def _event_with_an_agenda(*, staff) -> None:
    """A published event with participants, requested and accepted meetings, a published
    schedule and a message, so the events endpoints answer with data rather than 404s."""
    event = EventFactory(slug="fuzz-brokerage-day")
    for _ in range(3):
        MeetingSlotFactory(event=event)
    TableFactory(event=event, name="Table 1")
    members = [MembershipFactory().user for _ in range(4)]
    registrations = [
        RegistrationFactory(event=event, organisation=member.memberships.get().organisation)
        for member in members
    ]
    for registration in registrations:
        DelegateFactory(registration=registration)
    accepted = events_services.meeting_request_create(
        from_registration=registrations[0], to_registration=registrations[1], user=members[0]
    )
    events_services.meeting_request_accept(meeting_request=accepted, user=members[1])
    events_services.meeting_request_create(
        from_registration=registrations[2], to_registration=registrations[3], user=members[2]
    )
    events_services.schedule_run(event=event, actor=staff, time_limit=5)
    events_services.schedule_publish(event=event, actor=staff)
    events_services.meeting_message_send(meeting_request=accepted, user=members[0], body="Hi")


def schemathesis_run(base_url: str, token: str, *selection: str, name: str) -> None:
    """Runs schemathesis on the selected operations, keeping its reports under `name`."""
    reports = REPORTS / name
    shutil.rmtree(reports, ignore_errors=True)  # keep only this run's reports
    reports.mkdir(parents=True)
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{base_url}/api/schema/",
        *selection,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        ",".join(CHECKS),
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        SEED,
        "--workers",
        "1",
        "--request-timeout",
        "20",
        "--generation-database",
        "none",
        "--report",
        "junit,json",
        "--report-dir",
        str(reports),
        "--no-color",
    ]
    # Run from the report folder: schemathesis keeps its replay cache in the working directory.
    result = subprocess.run(command, capture_output=True, text=True, timeout=1500, cwd=reports)
    (reports / "output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_the_api_answers_every_generated_request_within_its_schema(
    live_server, unthrottled, staff_token
):
    # Revoking tokens is fuzzed last, on its own: it would otherwise revoke the very token the
    # run authenticates with, and every later request would only test the 401.
    schemathesis_run(
        live_server.url, staff_token, "--exclude-operation-id", "tokens_destroy", name="all"
    )
    schemathesis_run(
        live_server.url, staff_token, "--include-operation-id", "tokens_destroy", name="revoke"
    )
