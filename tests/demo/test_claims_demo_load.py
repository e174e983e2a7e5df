from io import StringIO

from django.core.management import call_command

from memberships.models import ClaimStatus, MembershipClaim
from memberships.selectors import claim_domain_check


def test_the_demo_has_one_pending_claim_whose_domain_matches(demo_loaded):
    claim = MembershipClaim.objects.get()
    assert (claim.status, claim.organisation.external_id) == (ClaimStatus.PENDING, "demo-etri")
    assert claim_domain_check(claim=claim) == "match"


def test_a_second_run_keeps_the_decision_staff_took(demo_loaded):
    MembershipClaim.objects.update(status=ClaimStatus.APPROVED)
    call_command("load_demo", stdout=StringIO())
    assert MembershipClaim.objects.get().status == ClaimStatus.APPROVED
