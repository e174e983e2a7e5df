from allauth.account.models import EmailAddress

from accounts.services import language_preference_set
from tests.factories import UserFactory


def test_login_form_applies_the_members_saved_language(client, db):
    user = UserFactory(email="ana@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    language_preference_set(user=user, language="ko")
    client.post("/accounts/login/", {"login": user.email, "password": "correct-horse-battery"})
    response = client.get("/organisations/")
    assert response["Location"] == "/ko/organisations/"
