from django.core.management.base import BaseCommand
from django.utils.translation import gettext

from matchmaking.fits_shown import fit_shown
from matchmaking.fitting import matching_model_fit


class Command(BaseCommand):
    help = (
        "Fit the partner weights of the matching formula to the app's own history (past "
        "projects and accepted introductions as positives; dismissals, declined introductions "
        "and random pairs as negatives) and store them with what they saw and their validation "
        "figures. With too little history the documented defaults are stored instead. The "
        "running app picks the newest up at its next index build. Prints what the staff page "
        "(Staff > Matching weights) shows of the fit."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=0, help="Seed of the samples and split.")

    def handle(self, *args, seed: int, **options):
        shown = fit_shown(matching_model_fit(seed=seed))
        self.stdout.write(shown.outcome)
        if shown.opportunity_note:
            self.stdout.write(f"{gettext('Opportunity weights')}: {shown.opportunity_note}")
        for heading, rows in (
            (gettext("Partner weights"), shown.partner_weights),
            (gettext("Data seen"), shown.data_seen),
            (gettext("Validation"), shown.validation),
        ):
            if rows:
                self.stdout.write(f"{heading}: " + "; ".join(f"{k} {v}" for k, v in rows))
