"""One pending claim, so staff trying the demo find something under Staff > Requests to join:
a fictional researcher asks to join ETRI, which has no members, from an address at its own
domain (so the domain check shows a match)."""

from django.contrib.auth import get_user_model

from memberships.models import MembershipClaim
from organisations.models import Organisation
from organisations.seeding.upsert import Outcome, SeedDataError, SeedReport

CLAIMED_ORGANISATION = "demo-etri"
CLAIMANT_USERNAME = "jisoo-example"
CLAIMANT_EMAIL = "jisoo.example@etri.re.kr"
CLAIM_MESSAGE = (
    "An example claim for the demo: the person is fictional. 5G 연구실 선임연구원입니다."
)


def claims_demo_ensure() -> SeedReport:
    """Created once; what staff then decide is kept on later runs."""
    organisation = Organisation.objects.filter(external_id=CLAIMED_ORGANISATION).first()
    if organisation is None:
        raise SeedDataError(f"No organisation {CLAIMED_ORGANISATION!r} to claim in the demo.")
    report = SeedReport()
    user, created = get_user_model().objects.get_or_create(
        username=CLAIMANT_USERNAME, defaults={"email": CLAIMANT_EMAIL}
    )
    if created:
        # Nobody signs in as this person: the claim is only there to be decided.
        user.set_unusable_password()
        user.save()
    report.add("users", Outcome.CREATED if created else Outcome.UNCHANGED)
    _, created = MembershipClaim.objects.get_or_create(
        user=user, organisation=organisation, defaults={"message": CLAIM_MESSAGE, "language": "ko"}
    )
    report.add("membership claims", Outcome.CREATED if created else Outcome.UNCHANGED)
    return report
