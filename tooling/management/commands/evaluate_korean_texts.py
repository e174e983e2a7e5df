from django.core.management.base import BaseCommand, CommandError

from tooling.evaluation.korean_texts import agreements_table, korean_text_agreements


class Command(BaseCommand):
    help = (
        "Measure how much of what the database's bilingual profiles find by their English "
        "descriptions they find by their Korean ones alone (common/korean_text.py): the "
        "text similarity on its own and the engine's suggestions, against chance for the texts "
        "and against no description for the engine. Load the demo first (make demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--top", type=int, default=5, help="How many suggestions to compare.")

    def handle(self, *args, top: int, **options):
        if top < 1:
            raise CommandError("--top must be at least 1.")
        agreements = korean_text_agreements(k=top)
        if not agreements:
            raise CommandError(
                "No organisation here has a description in both English and Korean: "
                "load the demo first (make demo)."
            )
        self.stdout.write(agreements_table(agreements, k=top))
