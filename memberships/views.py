"""The member pages: claiming an organisation, the owners' "People" page (claims to decide,
invitations to send and revoke) and the invitation link's page.

Who may see what: signed-out visitors are sent to log in; the People page and its actions
answer 404 to users who may not manage the organisation, as organisations' member pages do, so
a draft's existence does not leak; an editor of the organisation is told 403."""

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from memberships import selectors, services
from memberships.forms import ClaimForm, ClaimRejectForm, InvitationForm
from memberships.models import InvitationState, MembershipClaim
from organisations.forms import form_errors_add
from organisations.selectors import membership_role, organisation_visible_to


def _organisation_managed(request, pk: int):
    organisation = get_object_or_404(organisation_visible_to(user=request.user), pk=pk)
    if selectors.people_manageable_by(organisation=organisation, user=request.user):
        return organisation
    if membership_role(organisation=organisation, user=request.user) is not None:
        raise PermissionDenied(_("Only an owner can manage who belongs to the organisation."))
    raise Http404


@login_required
def claim_create(request, pk: int):
    organisation = get_object_or_404(organisation_visible_to(user=request.user), pk=pk)
    if membership_role(organisation=organisation, user=request.user) is not None:
        messages.info(request, _("You are already a member of this organisation."))
        return redirect("organisations:manage", pk)
    form = ClaimForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.claim_create(
                organisation=organisation,
                user=request.user,
                message=form.cleaned_data["message"],
                language=translation.get_language(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Your request is sent. We will email you the answer."))
            return redirect("memberships:claim", pk)
    return render(
        request,
        "memberships/claim.html",
        {
            "organisation": organisation,
            "form": form,
            "pending": selectors.claim_pending_of(organisation=organisation, user=request.user),
            "owners_decide": selectors.organisation_has_owner(organisation=organisation),
        },
    )


def _render_people(request, organisation, *, invitation_form: InvitationForm, status: int = 200):
    claims = [
        (claim, selectors.claim_domain_check(claim=claim))
        for claim in selectors.claims_pending_for(organisation=organisation)
    ]
    return render(
        request,
        "memberships/people.html",
        {
            "organisation": organisation,
            "memberships": organisation.memberships.select_related("user"),
            "claims": claims,
            "invitations": selectors.invitations_of(organisation=organisation),
            "invitation_form": invitation_form,
        },
        status=status,
    )


@login_required
def people(request, pk: int):
    organisation = _organisation_managed(request, pk)
    return _render_people(request, organisation, invitation_form=InvitationForm())


@login_required
@require_POST
def invitation_create(request, pk: int):
    organisation = _organisation_managed(request, pk)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                organisation=organisation,
                invited_by=request.user,
                email=form.cleaned_data["email"],
                language=translation.get_language(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("memberships:people", pk)
    return _render_people(request, organisation, invitation_form=form, status=400)


@login_required
@require_POST
def invitation_revoke(request, pk: int, invitation_pk: int):
    organisation = _organisation_managed(request, pk)
    invitation = get_object_or_404(
        selectors.invitations_of(organisation=organisation), pk=invitation_pk
    )
    try:
        services.invitation_revoke(invitation=invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The invitation to %(email)s is revoked.") % {"email": invitation.email}
        )
    return redirect("memberships:people", pk)


def claim_approve_response(request, claim: MembershipClaim, *, back: str, back_args=()):
    """Shared by the owners' People page and the staff queue: the rule is the service's."""
    try:
        services.claim_approve(claim=claim, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(user)s is now a member of “%(organisation)s”.")
            % {
                "user": claim.user.email,
                "organisation": localized_field(claim.organisation, "name").text,
            },
        )
    return redirect(back, *back_args)


def claim_reject_response(request, claim: MembershipClaim, *, back: str, back_args=()):
    form = ClaimRejectForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.claim_reject(claim=claim, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request, _("Claim rejected; %(user)s is told why.") % {"user": claim.user.email}
            )
            return redirect(back, *back_args)
    return render(
        request,
        "memberships/claim_reject.html",
        {
            "claim": claim,
            "form": form,
            "domain_check": selectors.claim_domain_check(claim=claim),
            "back": back,
            "back_args": back_args,
        },
    )


def _owner_claim(request, pk: int, claim_pk: int) -> MembershipClaim:
    organisation = _organisation_managed(request, pk)
    return get_object_or_404(
        MembershipClaim.objects.select_related("organisation", "user"),
        pk=claim_pk,
        organisation=organisation,
    )


@login_required
@require_POST
def claim_approve(request, pk: int, claim_pk: int):
    claim = _owner_claim(request, pk, claim_pk)
    return claim_approve_response(request, claim, back="memberships:people", back_args=(pk,))


@login_required
def claim_reject(request, pk: int, claim_pk: int):
    claim = _owner_claim(request, pk, claim_pk)
    return claim_reject_response(request, claim, back="memberships:people", back_args=(pk,))


def _invitation_or_closed(request, token: str):
    invitation = selectors.invitation_from_token(token=token)
    if invitation is None:
        return None, render(
            request, "memberships/invitation_closed.html", {"state": None}, status=404
        )
    state = invitation.state()
    if state != InvitationState.PENDING:
        context = {"state": state, "invitation": invitation}
        return None, render(request, "memberships/invitation_closed.html", context, status=410)
    return invitation, None


def invitation(request, token: str):
    """The link in the invitation mail. Signed out, it offers sign-up with the invited address
    (already taken as confirmed, since the link reached that mailbox) or login, both coming
    back here; signed in with that address, one button joins."""
    invitation, closed = _invitation_or_closed(request, token)
    if closed:
        return closed
    if not request.user.is_authenticated:
        get_adapter(request).stash_verified_email(request, invitation.email)
    return render(
        request,
        "memberships/invitation.html",
        {
            "invitation": invitation,
            "token": token,
            "address_matches": selectors.user_has_email(user=request.user, email=invitation.email),
        },
    )


@login_required
@require_POST
def invitation_accept(request, token: str):
    invitation, closed = _invitation_or_closed(request, token)
    if closed:
        return closed
    try:
        membership = services.invitation_accept(invitation=invitation, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("memberships:invitation", token)
    messages.success(
        request,
        _("Welcome to “%(organisation)s”.")
        % {"organisation": localized_field(membership.organisation, "name").text},
    )
    return redirect("organisations:manage", membership.organisation_id)
