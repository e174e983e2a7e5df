from allauth.account.models import EmailAddress

from accounts.services import time_zone_preference_set
from tests.factories import UserFactory


def test_login_form_applies_the_members_chosen_zone(client, db):
    user = UserFactory(email="ana@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    time_zone_preference_set(user=user, time_zone="Asia/Seoul")
    client.post("/accounts/login/", {"login": user.email, "password": "correct-horse-battery"})
    assert client.session["preferred_time_zone"] == "Asia/Seoul"
