import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from demo.data.events import AGENDA_EVENT
from demo.services.load import DEFAULT_DEMO_PASSWORD, demo_load
from organisations.seeding.upsert import Outcome, SeedDataError


class Command(BaseCommand):
    help = (
        "Load the taxonomy, the demo organisations, consortia, projects and opportunities "
        "drawn from the Korea-UK source documents, fictional example UK SMEs, Korean companies "
        "and open calls (labelled as examples), three demo logins (staff, sme and korea), and "
        "three events: the 2018 ICT Expert Mission and the 2024 Korea-EU semiconductor "
        "researcher forum (past) and an example brokerage day whose agenda the sme and korea "
        "logins open. "
        "The password comes from DEMO_PASSWORD, else "
        f"'{DEFAULT_DEMO_PASSWORD}'. Safe to repeat: a second run changes nothing."
    )

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD", "")
        if not password and not settings.DEBUG:
            raise CommandError(
                "DEBUG is off, so this looks like a real site: set DEMO_PASSWORD rather than "
                "create logins with the published default password."
            )
        password = password or DEFAULT_DEMO_PASSWORD
        try:
            result = demo_load(password=password)
        except SeedDataError as error:
            raise CommandError(str(error)) from error

        report = result.report
        self.stdout.write(
            f"Demo data loaded: {report.total(Outcome.CREATED)} created, "
            f"{report.total(Outcome.UPDATED)} updated, {report.total(Outcome.REMOVED)} removed."
        )
        for line in report.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write(f"Demo logins (password: {password}):")
        for login in result.logins:
            self.stdout.write(f"  {login.username} ({login.email}): {login.role}")
        site = settings.SITE_URL.rstrip("/")
        agenda = reverse("events:agenda", args=[AGENDA_EVENT])
        ics = reverse("events:agenda_ics", args=[AGENDA_EVENT])
        self.stdout.write(
            f"An agenda: sign in as sme or korea and open {site}{agenda} "
            f"(calendar file: {site}{ics})."
        )
