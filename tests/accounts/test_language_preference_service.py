import pytest
from django.core.exceptions import ValidationError

from accounts.models import LanguagePreference
from accounts.services import language_preference_keep_first, language_preference_set


def test_language_preference_is_replaced_not_duplicated(member):
    language_preference_set(user=member, language="ko")
    language_preference_set(user=member, language="en")
    assert LanguagePreference.objects.get(user=member).language == "en"


def test_language_not_offered_is_refused_and_nothing_stored(member):
    with pytest.raises(ValidationError):
        language_preference_set(user=member, language="fr")
    assert not LanguagePreference.objects.exists()


def test_the_language_of_a_first_page_never_replaces_a_saved_choice(member):
    language_preference_set(user=member, language="en")
    language_preference_keep_first(user=member, language="ko")
    assert LanguagePreference.objects.get(user=member).language == "en"


def test_the_default_language_of_a_first_page_is_not_stored(member):
    language_preference_keep_first(user=member, language="en")
    assert not LanguagePreference.objects.exists()
