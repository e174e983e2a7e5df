"""Writes about one account: recording consent to the privacy notice, and deleting the account.

Deleting relies on the foreign keys the other apps declare for a user going away: their
memberships, saved searches, alert deliveries and stops, dismissals and API tokens go with
the account (CASCADE), while introduction requests, the steps and notes of their audit trail
and interest in opportunities stay with their organisations, their author left empty (SET_NULL)
and shown as "a former user". tests/accounts/test_account_delete_service.py checks both."""

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import LanguagePreference, PrivacyConsent, TimeZonePreference
from accounts.notice import PRIVACY_NOTICE_VERSION
from accounts.selectors import account_sole_owned_organisations
from common.bilingual import localized_field
from common.language import recipient_language
from common.mail import mail_render, mail_send_after_commit
from common.time_zone import time_zone_for_reader, time_zones_known
from organisations.models import Membership, Organisation

# Said of a value that is not an IANA zone name, by the settings form's field as by the service.
TIME_ZONE_UNKNOWN = gettext_lazy(
    "“%(value)s” is not a time zone we know. Choose one from the list."
)


def privacy_consent_record(
    *,
    user: AbstractBaseUser,
    notice_version: str = PRIVACY_NOTICE_VERSION,
    at: datetime.datetime | None = None,
) -> PrivacyConsent:
    """The user accepted this version of the notice; accepting it again keeps the first time."""
    consent, _created = PrivacyConsent.objects.get_or_create(
        user=user,
        notice_version=notice_version,
        defaults={"accepted_at": at or timezone.now()},
    )
    return consent


def account_delete(*, user: AbstractBaseUser, password: str) -> None:
    """Deletes the account once its password is given, unless the user is the only owner of
    an organisation; mails a confirmation once the deletion commits."""
    if not password or not user.check_password(password):
        raise ValidationError({"password": _("That is not your password.")})
    with transaction.atomic():
        # Lock what the user owns so two owners of one organisation deleting their accounts
        # at the same moment cannot each leave it to the other.
        list(
            Organisation.objects.select_for_update()
            .filter(memberships__user=user, memberships__role=Membership.Role.OWNER)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        sole = account_sole_owned_organisations(user=user)
        if sole:
            names = ", ".join(
                f"“{localized_field(organisation, 'name').text}”" for organisation in sole
            )
            raise ValidationError(
                _(
                    "You are the only owner of %(names)s. Before you delete your account, ask "
                    "us to make a colleague an owner, or to delete the organisation."
                )
                % {"names": names}
            )
        address, name = user.email, user.get_username()
        # Read before the account (and its preference) is gone.
        language = recipient_language(user=user)
        user.delete()
        if address:
            # The account is gone whatever the mail server says; the page has told them too.
            mail_send_after_commit(
                lambda: _mail_deleted(address=address, username=name, language=language),
                what="the confirmation of a deleted account",
            )


def _mail_deleted(*, address: str, username: str, language: str) -> list[EmailMessage]:
    return [
        mail_render(
            template="accounts/email/account_deleted",
            subject=gettext_lazy("Your account has been deleted"),
            context={"username": username},
            to=[address],
            language=language,
        )
    ]


def language_preference_set(*, user: AbstractBaseUser, language: str) -> LanguagePreference:
    """Keeps the member's language for their next logins; a language the site does not offer
    is refused and nothing is stored."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("This language is not offered.")})
    preference, _created = LanguagePreference.objects.update_or_create(
        user=user, defaults={"language": language}
    )
    return preference


def language_preference_keep_first(*, user: AbstractBaseUser, language: str) -> None:
    """Keeps the language of the page a member signed up or logged in on as their language,
    so mail reaches a Korean reader in Korean before they ever touch the switcher. A saved
    choice is never replaced, and the default language is not stored: without a preference
    mail is in it anyway, and storing it would keep a later Korean page from counting."""
    if language == settings.LANGUAGE_CODE or language not in dict(settings.LANGUAGES):
        return
    LanguagePreference.objects.get_or_create(user=user, defaults={"language": language})


def time_zone_preference_set(*, user: AbstractBaseUser, time_zone: str) -> TimeZonePreference:
    """Keeps the zone the member reads times in; a name that is not an IANA zone is refused and
    nothing is stored."""
    if time_zone not in time_zones_known():
        raise ValidationError(
            {"time_zone": ValidationError(TIME_ZONE_UNKNOWN, params={"value": time_zone})}
        )
    preference, _created = TimeZonePreference.objects.update_or_create(
        user=user, defaults={"time_zone": time_zone}
    )
    return preference


def time_zone_preference_keep_first(*, user: AbstractBaseUser, language: str | None) -> None:
    """Gives a new member who signed up on a Korean page Korea's zone, unless they already
    chose one. Nothing is stored for the default language: without a choice the zone follows
    the member's language, so one who turns to Korean later reads Korea time at once."""
    if not language or language == settings.LANGUAGE_CODE:
        return
    zone = time_zone_for_reader(chosen=None, language=language)
    TimeZonePreference.objects.get_or_create(user=user, defaults={"time_zone": zone})


def time_zone_preference_clear(*, user: AbstractBaseUser) -> None:
    """Forgets the zone the member chose: their times follow their language again."""
    TimeZonePreference.objects.filter(user=user).delete()
