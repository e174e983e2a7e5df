from accounts.selectors import language_preference_get
from accounts.services import language_preference_set

SAVE = {"query": "q=robotics", "scope": "organisations", "frequency": "weekly"}


def test_a_form_posted_on_a_korean_page_makes_korean_the_members_language(login_as, member):
    login_as("member").post("/ko/alerts/save/", SAVE)
    assert language_preference_get(user=member) == "ko"


def test_reading_a_korean_page_stores_nothing(login_as, member):
    login_as("member").get("/ko/organisations/")
    assert language_preference_get(user=member) is None


def test_a_form_posted_on_an_english_page_stores_nothing(login_as, member):
    login_as("member").post("/alerts/save/", SAVE)
    assert language_preference_get(user=member) is None


def test_a_saved_choice_is_kept(login_as, member):
    language_preference_set(user=member, language="en")
    login_as("member").post("/ko/alerts/save/", SAVE)
    assert language_preference_get(user=member) == "en"


def test_the_session_carries_the_new_language_at_once(login_as, member):
    client = login_as("member")
    client.post("/ko/alerts/save/", SAVE)
    assert client.session["preferred_language"] == "ko"


def test_staff_posting_on_a_korean_page_keep_their_language(client, staff_user):
    client.force_login(staff_user)
    client.post("/ko/alerts/save/", SAVE)
    assert language_preference_get(user=staff_user) is None
