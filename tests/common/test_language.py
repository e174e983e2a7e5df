from accounts.services import language_preference_set
from common.language import recipient_language, recipient_languages


def test_a_member_who_chose_korean_is_written_to_in_korean(member):
    language_preference_set(user=member, language="ko")
    assert recipient_language(user=member) == "ko"


def test_a_member_who_never_chose_gets_the_default_language(member, settings):
    assert recipient_language(user=member) == settings.LANGUAGE_CODE


def test_an_address_without_an_account_gets_the_default_language(db, settings):
    assert recipient_languages(user_ids=[None]) == {None: settings.LANGUAGE_CODE}


def test_a_member_who_never_chose_gets_the_fallback_when_it_is_offered(member):
    assert recipient_language(user=member, fallback="ko") == "ko"


def test_a_chosen_language_comes_before_the_fallback(member):
    language_preference_set(user=member, language="en")
    assert recipient_language(user=member, fallback="ko") == "en"


def test_a_fallback_the_site_does_not_offer_gives_the_default(db, settings):
    assert recipient_language(user=None, fallback="fr") == settings.LANGUAGE_CODE
