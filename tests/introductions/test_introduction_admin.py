from tests.factories import IntroductionRequestFactory, OrganisationFactory

CHANGELIST = "/admin/introductions/introductionrequest/"


def test_the_admin_search_finds_an_organisation_by_its_korean_name(admin_client):
    IntroductionRequestFactory(requested_organisation=OrganisationFactory(name_ko="한빛전자"))
    IntroductionRequestFactory()
    response = admin_client.get(CHANGELIST, {"q": "한빛전자"})
    assert response.context["cl"].result_count == 1
