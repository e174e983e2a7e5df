import pytest
from django.contrib import admin
from django.urls import reverse

from introductions.models import IntroductionRequest
from matchmaking.models import Dismissal
from opportunities.models import Opportunity
from organisations.admin import ConsortiumMemberInlineForm
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Membership,
    Organisation,
    Project,
    PublicationStatus,
    Sector,
)
from tests.factories import (
    ConsortiumMembershipFactory,
    IntroductionRequestFactory,
    OpportunityFactory,
    OrganisationFactory,
    ProjectFactory,
)

OUR_APPS = {"organisations", "opportunities", "introductions", "matchmaking"}
MODELS = [
    Sector, Capability, Organisation, Project, Membership, Opportunity, Dismissal,
    IntroductionRequest,
]  # fmt: skip


@pytest.fixture
def one_of_each(organisation, capability, member):
    opportunity = OpportunityFactory(hosts=[organisation], required_capabilities=[capability])
    return {
        Sector: capability.sector,
        Capability: capability,
        Organisation: organisation,
        Project: ProjectFactory(participants=[organisation]),
        Membership: organisation.memberships.get(),
        Opportunity: opportunity,
        Dismissal: Dismissal.objects.create(
            user=member, organisation=organisation, dismissed_opportunity=opportunity
        ),
        IntroductionRequest: IntroductionRequestFactory(requester_organisation=organisation),
    }


def changelist_url(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def test_every_model_registered_from_our_apps_is_covered_here():
    registered = admin.site._registry
    ours = {model for model in registered if model._meta.app_label in OUR_APPS}
    assert ours == set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_and_change_page_render(admin_client, one_of_each, model):
    obj = one_of_each[model]
    change_url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk]
    )
    assert admin_client.get(changelist_url(model)).status_code == 200
    assert admin_client.get(change_url).status_code == 200


def test_consortium_change_page_lists_its_members(admin_client):
    link = ConsortiumMembershipFactory(member__name="Hanbit Vision")
    url = reverse("admin:organisations_organisation_change", args=[link.consortium.pk])
    assert "Hanbit Vision" in admin_client.get(url).text


def test_publish_action_publishes_and_reports_refusals(admin_client):
    submitted = OrganisationFactory(status=PublicationStatus.SUBMITTED)
    rejected = OrganisationFactory(status=PublicationStatus.REJECTED, rejection_reason="No")
    data = {"action": "publish", "_selected_action": [submitted.pk, rejected.pk]}
    response = admin_client.post(changelist_url(Organisation), data, follow=True)
    assert Organisation.objects.get(pk=submitted.pk).status == PublicationStatus.PUBLISHED
    assert Organisation.objects.get(pk=rejected.pk).status == PublicationStatus.REJECTED
    assert "Published 1 organisation." in response.text
    assert "Cannot publish" in response.text


def test_reject_action_asks_for_a_reason_first(admin_client):
    organisation = OrganisationFactory(status=PublicationStatus.SUBMITTED)
    data = {"action": "reject_with_reason", "_selected_action": [organisation.pk]}
    response = admin_client.post(changelist_url(Organisation), data)
    assert 'name="reason"' in response.text
    assert Organisation.objects.get(pk=organisation.pk).status == PublicationStatus.SUBMITTED


def test_reject_action_refuses_a_blank_reason(admin_client):
    organisation = OrganisationFactory(status=PublicationStatus.SUBMITTED)
    data = {"action": "reject_with_reason", "_selected_action": [organisation.pk]}
    response = admin_client.post(changelist_url(Organisation), {**data, "apply": "yes"})
    assert "This field is required" in response.text
    assert Organisation.objects.get(pk=organisation.pk).status == PublicationStatus.SUBMITTED


def test_reject_action_rejects_with_the_reason(admin_client):
    organisation = OrganisationFactory(status=PublicationStatus.SUBMITTED)
    data = {"action": "reject_with_reason", "_selected_action": [organisation.pk]}
    admin_client.post(changelist_url(Organisation), {**data, "apply": "yes", "reason": "Vague"})
    organisation.refresh_from_db()
    assert (organisation.status, organisation.rejection_reason) == ("rejected", "Vague")


def test_verify_action_marks_organisations_verified(admin_client, organisation):
    data = {"action": "verify", "_selected_action": [organisation.pk]}
    admin_client.post(changelist_url(Organisation), data)
    assert Organisation.objects.get(pk=organisation.pk).verified


def test_archive_action_archives_opportunities(admin_client):
    opportunity = OpportunityFactory()
    data = {"action": "archive", "_selected_action": [opportunity.pk]}
    admin_client.post(changelist_url(Opportunity), data)
    assert Opportunity.objects.get(pk=opportunity.pk).status == "archived"


def test_opportunity_form_stores_ticked_kinds_as_a_list(admin_client):
    data = {"title": "Joint call", "kind": "rd_call", "origin": "imported"}
    data["eligible_kinds"] = ["sme", "startup"]
    response = admin_client.post(reverse("admin:opportunities_opportunity_add"), data)
    assert response.status_code == 302
    assert Opportunity.objects.get().eligible_kinds == ["sme", "startup"]


def test_non_staff_user_is_sent_to_the_login_page(client, member):
    client.force_login(member)
    response = client.get(changelist_url(Organisation))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_organisation_changelist_queries_do_not_grow_with_rows(
    admin_client, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(30)
    with django_assert_max_num_queries(10):
        assert admin_client.get(changelist_url(Organisation)).status_code == 200


def test_consortium_inline_refuses_the_consortium_as_its_own_member(db):
    consortium = OrganisationFactory(kind="consortium")
    link = ConsortiumMembership(consortium=consortium)
    form = ConsortiumMemberInlineForm({"member": consortium.pk, "role": "member"}, instance=link)
    assert not form.is_valid()
    assert "cannot be a member of itself" in str(form.errors["member"])


def test_a_membership_is_named_in_the_admins_language(admin_in_korean, organisation, member):
    membership = organisation.memberships.get()
    assert str(membership) == f"{member} (Owner) at Bayes Example Ltd"
    url = reverse("admin:organisations_membership_change", args=[membership.pk])
    assert f"Bayes Example Ltd의 {member}(소유자)" in admin_in_korean.get(url).text
