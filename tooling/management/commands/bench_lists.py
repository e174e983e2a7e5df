from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tooling.benchmark.lists import list_page_timings, list_timings_table


class Command(BaseCommand):
    help = (
        "Time the list pages and list APIs in this process (Django test client) on the database "
        "in DATABASE_URL, with the login page's p50 as the yardstick, and print path, p50, "
        "ratio to the login page and queries per request. Generate the data first "
        "(generate_synthetic); --member times the dashboard too, signed in as that user."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30, help="Timed requests per path.")
        parser.add_argument("--warmup", type=int, default=3, help="Untimed requests first.")
        parser.add_argument(
            "--member", default="", help="Email of a member to sign in as (adds the dashboard)."
        )

    def handle(self, *args, repeat: int, warmup: int, member: str, **options):
        user = None
        if member:
            user = get_user_model().objects.filter(email__iexact=member).first()
            if user is None:
                raise CommandError(f"No user with the email {member}.")
        rows = list_page_timings(repeat=repeat, warmup=warmup, member=user)
        self.stdout.write(list_timings_table(rows))
