import pytest
from django.urls import reverse
from django.utils import translation

from opportunities.models import OpportunityInterest
from tests.factories import MembershipFactory, OpportunityFactory


@pytest.fixture
def express_post(organisation, open_call):
    """Posts "I'm interested" in open_call for organisation, with any changes."""

    def post(client, **changes):
        url = reverse("opportunities:interest_express", args=[open_call.pk])
        data = {"organisation": organisation.pk, "looking_for_partners": "on"}
        return client.post(url, {**data, **changes})

    return post


def test_anonymous_visitors_are_sent_to_log_in(client, express_post):
    assert express_post(client).url.startswith(reverse("account_login"))
    assert not OpportunityInterest.objects.exists()


def test_a_member_expresses_interest_and_comes_back_to_the_page(login_as, express_post, open_call):
    response = express_post(login_as("member"))
    page = reverse("opportunities:detail", args=[open_call.pk])
    assert response.url == f"{page}#interest-heading"
    assert OpportunityInterest.objects.get().looking_for_partners is True


def test_a_member_of_another_organisation_gets_the_error_by_the_field(login_as, express_post):
    response = express_post(login_as("other_member"))
    assert response.status_code == 400
    assert "Choose one of your own organisations." in response.text
    assert not OpportunityInterest.objects.exists()


def test_staff_who_belong_to_no_organisation_are_refused(login_as, express_post):
    assert express_post(login_as("staff")).status_code == 403
    assert not OpportunityInterest.objects.exists()


def test_a_closed_opportunity_is_refused_with_the_reason(login_as, organisation, db):
    closed = OpportunityFactory(status="archived")
    url = reverse("opportunities:interest_express", args=[closed.pk])
    response = login_as("member").post(url, {"organisation": organisation.pk})
    assert response.status_code == 400 and "is closed" in response.text
    assert not OpportunityInterest.objects.exists()


def test_drafts_are_not_found(login_as, organisation, db):
    url = reverse("opportunities:interest_express", args=[OpportunityFactory(status="draft").pk])
    assert login_as("member").post(url, {"organisation": organisation.pk}).status_code == 404


def test_a_member_of_several_organisations_picks_one(client, member, organisation, express_post):
    second = MembershipFactory(user=member, organisation__name="Second Ltd").organisation
    client.force_login(member)
    express_post(client, organisation=second.pk, looking_for_partners="")
    interest = OpportunityInterest.objects.get()
    assert (interest.organisation, interest.looking_for_partners) == (second, False)


def test_get_is_not_allowed(login_as, open_call):
    url = reverse("opportunities:interest_express", args=[open_call.pk])
    assert login_as("member").get(url).status_code == 405


def test_a_korean_member_is_told_under_the_korean_name(login_as, organisation, express_post):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client = login_as("member")
    with translation.override("ko"):
        text = client.get(express_post(client).url).text
    assert "베이즈 예시이(가) 관심을 표명했으며 파트너를 찾고 있습니다." in text


def test_a_member_of_several_chooses_among_names_in_their_language(
    client, member, organisation, open_call
):
    MembershipFactory(user=member, organisation__name="Second Ltd", organisation__name_ko="둘째")
    client.force_login(member)
    with translation.override("ko"):
        text = client.get(reverse("opportunities:detail", args=[open_call.pk])).text
    assert ">둘째</option>" in text and ">Bayes Example Ltd</option>" in text
