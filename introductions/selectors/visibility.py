"""Who may see an introduction request, and what of the other side: the privacy rules that
pages, mail and the timeline all read."""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils.translation import gettext

from common.bilingual import localized_field, reader_language
from introductions.models import INTRODUCED_STATES, IntroductionRequest, IntroductionState
from introductions.steps import Side
from organisations.models import Membership, Organisation
from organisations.selectors import organisation_contacts_visible_to

State = IntroductionState


def _is_member(*, user: AbstractBaseUser, organisation_id: int) -> bool:
    return Membership.objects.filter(user=user, organisation_id=organisation_id).exists()


def introduction_sides(*, request: IntroductionRequest, user: AbstractBaseUser) -> set[Side]:
    """Which sides of the request the user acts for (a user may be staff and a member)."""
    sides = set()
    if not user.is_authenticated:
        return sides
    if user.is_staff:
        sides.add(Side.STAFF)
    if _is_member(user=user, organisation_id=request.requester_organisation_id):
        sides.add(Side.REQUESTER)
    if _is_member(user=user, organisation_id=request.requested_organisation_id):
        sides.add(Side.RECIPIENT)
    return sides


def introduction_requests_visible_to(*, user: AbstractBaseUser) -> QuerySet[IntroductionRequest]:
    """Staff see every request; the requester's members see theirs; the requested
    organisation's members see a request only once staff have forwarded it."""
    requests = IntroductionRequest.objects.select_related(
        "requester_organisation", "requested_organisation"
    )
    if not user.is_authenticated:
        return requests.none()
    if user.is_staff:
        return requests
    organisations = Membership.objects.filter(user=user).values("organisation_id")
    reached_recipient = [State.FORWARDED, State.DECLINED_BY_RECIPIENT, *INTRODUCED_STATES]
    return requests.filter(
        Q(requester_organisation__in=organisations)
        | Q(requested_organisation__in=organisations, state__in=reached_recipient)
    )


def introduction_anonymous_name(*, organisation: Organisation) -> str:
    """How the requester is shown to the recipient before they accept: enough to judge the
    request (kind, country, a sector), not enough to tell who it is."""
    name = gettext("%(kind)s in %(country)s") % {
        "kind": organisation.get_kind_display(),
        "country": organisation.country.name,
    }
    # One sector: a list of them reads as a list of names, and narrows down who it is.
    sector = next(iter(organisation.sectors.all()), None)
    if sector is None:
        return name
    return gettext("%(name)s, working in %(sector)s") % {
        "name": name,
        "sector": localized_field(sector, "name").text,
    }


@dataclass(frozen=True)
class Counterpart:
    """The other side of a request as one side may see it."""

    name: str
    country: str
    kind: str
    # The language the name is written in: the reader's for the anonymous description, else
    # the organisation's name in the reader's language where it has one.
    name_language: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""

    @property
    def has_contacts(self) -> bool:
        return bool(self.contact_name or self.contact_email or self.contact_phone)


def introduction_counterpart(
    *, request: IntroductionRequest, user: AbstractBaseUser
) -> Counterpart:
    """The other organisation as the user may see it. Until the recipient accepts, the recipient
    sees the requester only by kind, country and sector, and neither side sees contact
    details. After, the contacts follow the one rule of the organisation pages
    (organisation_contacts_visible_to), which acceptance satisfies by connecting the two."""
    if not introduction_requests_visible_to(user=user).filter(pk=request.pk).exists():
        raise PermissionDenied(gettext("You may not see this introduction request."))
    sides = introduction_sides(request=request, user=user)
    if Side.REQUESTER in sides:
        other, requester_side = request.requested_organisation, False
    elif Side.RECIPIENT in sides:
        other, requester_side = request.requester_organisation, True
    else:
        raise PermissionDenied(
            gettext("Only the two organisations have a counterpart; staff see both.")
        )
    shown = localized_field(other, "name")
    if not request.is_introduced or not organisation_contacts_visible_to(
        organisation=other, user=user
    ):
        if requester_side:
            name = introduction_anonymous_name(organisation=other)
            return Counterpart(
                name=name,
                country=other.country.code,
                kind=other.kind,
                name_language=reader_language(),
            )
        return Counterpart(
            name=shown.text,
            country=other.country.code,
            kind=other.kind,
            name_language=shown.language,
        )
    contact_email = other.contact_email
    if not contact_email:
        # Without an organisation address, the person who asked, or who accepted, is the
        # contact: they are the ones expecting the other side's mail.
        if requester_side:
            contact_person = request.requested_by
        else:
            acceptance = (
                request.events.filter(to_state=State.INTRODUCED).select_related("actor").first()
            )
            contact_person = acceptance.actor if acceptance else None
        contact_email = contact_person.email if contact_person is not None else ""
    return Counterpart(
        name=shown.text,
        country=other.country.code,
        kind=other.kind,
        name_language=shown.language,
        contact_name=other.contact_name,
        contact_email=contact_email,
        contact_phone=other.contact_phone,
        website=other.website,
    )
