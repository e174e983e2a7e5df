from django.core.management.base import BaseCommand

from alerts.models import AlertKind
from alerts.services import alerts_send


class Command(BaseCommand):
    help = (
        "Mail what is due: new matches of saved searches (instant, daily or weekly), deadline "
        "reminders 14 and 3 days ahead, and reminders to confirm profiles unchanged for a "
        "year; then take out of suggestions the profiles whose reminder went unanswered for a "
        "month. Safe to run as often as you like (every 15 minutes from cron suits instant "
        "alerts): nothing is ever mailed twice. --dry-run lists what would be sent and writes "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the mails that are due and the profiles that would lapse; send and "
            "write nothing.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        run = alerts_send(dry_run=dry_run)
        if dry_run:
            for line in run.lines:
                self.stdout.write(f"  would send {line}")
        verb = "Would send" if dry_run else "Sent"
        counts = ", ".join(f"{run.sent[kind]} {label.lower()}" for kind, label in AlertKind.choices)
        self.stdout.write(f"{verb}: {counts}.")
        self.stdout.write(f"{'Would lapse' if dry_run else 'Lapsed'}: {run.lapsed} profiles.")
        if run.skipped:
            self.stdout.write(f"Skipped {run.skipped} already sent by another run.")
        if run.failed:
            self.stderr.write(f"Failed: {run.failed} (logged; the next run tries them again).")
