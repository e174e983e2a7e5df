"""Interest in opportunities: a member says one of their organisations means to take part in an
opportunity, and whether it is looking for partners for it.

An organisation may express interest whatever the status of its profile: a member whose profile
is still a draft or under review can already track an opportunity (and get its deadline
reminders), and nothing leaks, because other members only ever see published organisations in
the "Looking for partners" list.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from opportunities.models import Opportunity, OpportunityInterest
from opportunities.selectors import PUBLIC_STATUSES
from organisations.models import Membership, Organisation


def _member_check(*, user: AbstractBaseUser, organisation: Organisation) -> None:
    if not Membership.objects.filter(user=user, organisation=organisation).exists():
        raise PermissionDenied(
            f"You are not a member of {organisation.name}, so you cannot speak for it."
        )


# Writes -----------------------------------------------------------------------------------


def opportunity_interest_express(
    *,
    user: AbstractBaseUser,
    organisation: Organisation,
    opportunity: Opportunity,
    looking_for_partners: bool,
) -> OpportunityInterest:
    """Record the organisation's interest, or change whether it is looking for partners.
    Only while the opportunity is open: after its deadline there is nothing left to join."""
    _member_check(user=user, organisation=organisation)
    if not opportunity.is_open():
        raise ValidationError(
            f"“{opportunity.title}” is closed: interest can only be expressed while an "
            "opportunity is open."
        )
    # update_or_create locks the row, and retries a get when another request created it first.
    interest, _ = OpportunityInterest.objects.update_or_create(
        opportunity=opportunity,
        organisation=organisation,
        defaults={"looking_for_partners": looking_for_partners, "expressed_by": user},
    )
    return interest


def opportunity_interest_withdraw(
    *, user: AbstractBaseUser, organisation: Organisation, opportunity: Opportunity
) -> None:
    """Remove the organisation's interest; allowed after the deadline too."""
    _member_check(user=user, organisation=organisation)
    deleted, _ = OpportunityInterest.objects.filter(
        opportunity=opportunity, organisation=organisation
    ).delete()
    if not deleted:
        raise ValidationError(
            f"{organisation.name} has not said it is interested in “{opportunity.title}”."
        )


# Reads ------------------------------------------------------------------------------------


def organisations_looking_for_partners(*, opportunity: Opportunity) -> QuerySet[Organisation]:
    """Published organisations looking for partners for the opportunity, with their sectors.
    For signed-in viewers only: the views decide that."""
    return (
        Organisation.objects.published()
        .filter(
            opportunity_interests__opportunity=opportunity,
            opportunity_interests__looking_for_partners=True,
        )
        .prefetch_related("sectors")
        .order_by("name", "pk")
    )


def opportunity_interests_of(
    *, user: AbstractBaseUser, opportunity: Opportunity | None = None, only_open: bool = False
) -> QuerySet[OpportunityInterest]:
    """The interests of the user's organisations (in one opportunity, if given), in public
    opportunities (open ones only, if asked), soonest deadline first (rolling ones last)."""
    interests = OpportunityInterest.objects.filter(
        organisation__memberships__user=user, opportunity__status__in=PUBLIC_STATUSES
    )
    if opportunity is not None:
        interests = interests.filter(opportunity=opportunity)
    if only_open:
        interests = interests.filter(opportunity__in=Opportunity.objects.open())
    return interests.select_related("organisation", "opportunity").order_by(
        "opportunity__deadline", "opportunity__title", "organisation__name", "pk"
    )


def _interest_count(**filters) -> Coalesce:
    counted = (
        OpportunityInterest.objects.filter(opportunity=OuterRef("pk"), **filters)
        .order_by()
        .values("opportunity")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def opportunities_with_interest_counts(*, queryset: QuerySet[Opportunity]) -> QuerySet[Opportunity]:
    """Adds `interested_count` and `looking_for_partners_count`. Subqueries rather than a
    join, so filters that join other tables cannot inflate the counts."""
    return queryset.annotate(
        interested_count=_interest_count(),
        looking_for_partners_count=_interest_count(looking_for_partners=True),
    )


def opportunity_interest_counts(*, opportunity: Opportunity) -> dict[str, int]:
    """How many organisations are interested in one opportunity, and how many of them are
    looking for partners."""
    return OpportunityInterest.objects.filter(opportunity=opportunity).aggregate(
        interested=Count("pk"),
        looking_for_partners=Count("pk", filter=Q(looking_for_partners=True)),
    )
