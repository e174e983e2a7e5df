from django.core.management.base import BaseCommand

from matchmaking.fitting import matching_model_fit


class Command(BaseCommand):
    help = (
        "Fit the partner weights of the matching formula to the app's own history (past "
        "projects and accepted introductions as positives; dismissals, declined introductions "
        "and random pairs as negatives) and store them with what they saw and their validation "
        "figures. With too little history the documented defaults are stored instead. The "
        "running app picks the newest up at its next index build."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=0, help="Seed of the samples and split.")

    def handle(self, *args, seed: int, **options):
        model = matching_model_fit(seed=seed)
        self.stdout.write(f"{model}: {model.note}")
        self.stdout.write(f"Data seen: {model.data_seen}")
        if model.validation:
            self.stdout.write(f"Validation: {model.validation}")
        self.stdout.write(f"Partner weights: {model.partner_weights}")
