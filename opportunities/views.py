from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from common.pagination import ListPaginator
from opportunities import selectors, services
from opportunities.filters import OpportunityFilter
from opportunities.interest_forms import InterestForm, InterestWithdrawForm, TeamStartForm
from opportunities.models import Opportunity, OpportunityStatus
from organisations import selectors as organisation_selectors
from organisations.forms import form_errors_add
from organisations.models import Organisation, PublicationStatus

PAGE_SIZE = 25
# Nobody reads page 2,000 of a list; past this many rows the filters find things faster, and
# an OFFSET that deep costs more than the whole page otherwise (see common.pagination).
MAX_ROWS = 5_000


def opportunity_list(request):
    filterset = OpportunityFilter(
        request.GET, queryset=selectors.opportunity_list(with_relations=False)
    )
    # Ids first on every page: the deadline order is worked out per row (it depends on
    # today), so no index serves it, and sorting whole rows cost most of the page. The rows
    # are then read with only what a card shows.
    paginator = ListPaginator(
        filterset.qs,
        PAGE_SIZE,
        max_rows=MAX_ROWS,
        ids_first_from=0,
        rows=selectors.opportunity_list_cards(),
    )
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    selectors.opportunity_card_relations_set(opportunities=page.object_list)
    return render(
        request, "opportunities/opportunity_list.html", {"filter": filterset, "page": page}
    )


def _organisations_of(user) -> list[Organisation]:
    return list(organisation_selectors.organisation_of_member(user=user).order_by("name", "pk"))


def _member_context(request, opportunity: Opportunity, interest_form: InterestForm | None):
    """What a signed-in user sees of interest: their organisations' interests and the form,
    who is looking for partners, and the organisation the suggested team starts from."""
    mine = _organisations_of(request.user)
    my_interests = list(
        selectors.opportunity_interests_of(user=request.user, opportunity=opportunity)
    )
    seekers = list(selectors.organisations_looking_for_partners(opportunity=opportunity))
    starts = seekers + [
        interest.organisation
        for interest in my_interests
        if interest.organisation.status == PublicationStatus.PUBLISHED
        and not interest.looking_for_partners
    ]
    # An empty team_from (a form sent with nothing chosen) means no start, not an error.
    team_start_form = TeamStartForm(
        request.GET if request.GET.get("team_from") else None, organisations=starts
    )
    if interest_form is None:
        # With one interest, the form starts from it, so changing the checkbox is one click.
        initial = {}
        if len(my_interests) == 1:
            initial = {
                "organisation": my_interests[0].organisation_id,
                "looking_for_partners": my_interests[0].looking_for_partners,
            }
        interest_form = InterestForm(organisations=mine, initial=initial)
    return {
        "my_organisations": mine,
        "interest_form": interest_form,
        "my_interests": my_interests,
        "partner_seekers": seekers,
        "my_team_starts": starts[len(seekers) :],
        "team_start_form": team_start_form,
        "team_start": team_start_form.chosen(),
    }


def _detail_page(request, opportunity: Opportunity, *, interest_form=None, status: int = 200):
    context = {
        "opportunity": opportunity,
        "is_preview": opportunity.status == OpportunityStatus.DRAFT,
    }
    if request.user.is_authenticated:
        context |= _member_context(request, opportunity, interest_form)
    return render(request, "opportunities/opportunity_detail.html", context, status=status)


def opportunity_detail(request, pk: int):
    opportunity = get_object_or_404(selectors.opportunity_visible_to(user=request.user), pk=pk)
    return _detail_page(request, opportunity)


def _interest_target(request, pk: int):
    """The opportunity and the user's organisations; someone who belongs to none cannot speak
    for one, so they are told (403) rather than shown a form with nothing to pick."""
    opportunity = get_object_or_404(selectors.opportunity_visible_to(user=request.user), pk=pk)
    mine = _organisations_of(request.user)
    if not mine:
        raise PermissionDenied(
            gettext(
                "Only members of an organisation can say they are interested. Add your "
                "organisation first."
            )
        )
    return opportunity, mine


def _back_to(opportunity: Opportunity):
    return redirect(reverse("opportunities:detail", args=[opportunity.pk]) + "#interest-heading")


@login_required
@require_POST
def interest_express(request, pk: int):
    """The "I'm interested" form: create or update the interest of one of the user's
    organisations. Errors are shown by the field on the opportunity's page; nothing is saved."""
    opportunity, mine = _interest_target(request, pk)
    form = InterestForm(request.POST, organisations=mine)
    organisation = form.chosen()
    if organisation is not None:
        try:
            services.opportunity_interest_express(
                user=request.user,
                organisation=organisation,
                opportunity=opportunity,
                looking_for_partners=form.cleaned_data["looking_for_partners"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            if form.cleaned_data["looking_for_partners"]:
                done = gettext("%(name)s is interested and is looking for partners.")
            else:
                done = gettext("%(name)s is interested.")
            messages.success(request, done % {"name": localized_field(organisation, "name").text})
            return _back_to(opportunity)
    return _detail_page(request, opportunity, interest_form=form, status=400)


@login_required
@require_POST
def interest_withdraw(request, pk: int):
    """The "Withdraw" button of one interest. It is a button, not a form to correct, so a
    refusal comes back as a message."""
    opportunity, mine = _interest_target(request, pk)
    form = InterestWithdrawForm(request.POST, organisations=mine)
    organisation = form.chosen()
    if organisation is None:
        messages.error(request, " ".join(form.errors.get("organisation", [gettext("Try again.")])))
        return _back_to(opportunity)
    try:
        services.opportunity_interest_withdraw(
            user=request.user, organisation=organisation, opportunity=opportunity
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            gettext("%(name)s is no longer listed as interested in this opportunity.")
            % {"name": localized_field(organisation, "name").text},
        )
    return _back_to(opportunity)
