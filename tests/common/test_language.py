from accounts.services import language_preference_set
from common.language import recipient_language, recipient_languages


def test_a_member_who_chose_korean_is_written_to_in_korean(member):
    language_preference_set(user=member, language="ko")
    assert recipient_language(user=member) == "ko"


def test_a_member_who_never_chose_gets_the_default_language(member, settings):
    assert recipient_language(user=member) == settings.LANGUAGE_CODE


def test_an_address_without_an_account_gets_the_default_language(db, settings):
    assert recipient_languages(user_ids=[None]) == {None: settings.LANGUAGE_CODE}
