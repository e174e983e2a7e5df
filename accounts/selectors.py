"""Reads about one account: everything this site keeps about its user (for "Download my data")
and what stands in the way of deleting it. Every function reads the given user's rows only;
the views pass request.user, so nobody, staff included, reads another account's data here."""

import datetime
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import LanguagePreference, PrivacyConsent, TimeZonePreference
from accounts.notice import PRIVACY_NOTICE_VERSION
from alerts.models import AlertDelivery, DeadlineReminderStop, SavedSearch
from api.models import ApiToken
from common.time_zone import time_zone_for_reader
from events.selectors import event_data_of_user
from introductions.models import IntroductionEvent, IntroductionRequest
from introductions.selectors.progress import introduction_messages_written_by
from matchmaking.models import Dismissal
from opportunities.models import OpportunityInterest
from organisations.models import Membership, Organisation

# The profile fields of an organisation its owner downloads (all but staff's own bookkeeping).
_PROFILE_FIELDS = (
    "name", "name_ko", "kind", "city", "city_ko", "website", "description", "founded_year",
    "size_band", "contact_name", "contact_email", "contact_phone", "status", "rejection_reason",
    "verified", "created_at", "updated_at", "published_at", "profile_confirmed_at",
)  # fmt: skip


def account_sole_owned_organisations(*, user: AbstractBaseUser) -> list[Organisation]:
    """The organisations the user owns with no other owner: while there are any, the account
    cannot be deleted (an organisation always keeps someone who answers for it)."""
    owned = Membership.objects.filter(user=user, role=Membership.Role.OWNER)
    # Filtering by pk__in, not through the join, so the count sees every owner, not just them.
    return list(
        Organisation.objects.filter(pk__in=owned.values("organisation_id"))
        .annotate(owners=Count("memberships", filter=Q(memberships__role=Membership.Role.OWNER)))
        .filter(owners=1)
        .order_by("name", "pk")
    )


def account_data_export(
    *, user: AbstractBaseUser, now: datetime.datetime | None = None
) -> dict[str, Any]:
    """Everything kept about the user, as JSON-ready data (dates stay datetimes: encode them
    with DjangoJSONEncoder). API tokens are listed by name and dates, never their digest."""
    return {
        "exported_at": now or timezone.now(),
        "privacy_notice_in_force": PRIVACY_NOTICE_VERSION,
        "account": _account(user=user),
        "language": language_preference_get(user=user),
        "time_zone": time_zone_preference_get(user=user),
        "privacy_consents": list(
            PrivacyConsent.objects.filter(user=user).values("notice_version", "accepted_at")
        ),
        "memberships": [
            {
                "organisation_id": membership.organisation_id,
                "organisation": membership.organisation.name,
                "role": membership.role,
                "since": membership.created_at,
            }
            for membership in Membership.objects.filter(user=user)
            .select_related("organisation")
            .order_by("created_at", "pk")
        ],
        "organisations_owned": _organisations_owned(user=user),
        "introduction_requests": _introduction_requests(user=user),
        "introduction_steps": _introduction_steps(user=user),
        "introduction_messages": list(
            introduction_messages_written_by(user=user).values("request_id", "body", "sent_at")
        ),
        "saved_searches": list(
            SavedSearch.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values("name", "scope", "query", "frequency", "active", "created_at", "last_sent_at")
        ),
        "alert_deliveries": [
            {
                "kind": delivery.kind,
                "sent_at": delivery.sent_at,
                "saved_search": delivery.saved_search.name if delivery.saved_search else None,
                "organisation": delivery.organisation.name if delivery.organisation else None,
                "opportunity": delivery.opportunity.title if delivery.opportunity else None,
            }
            for delivery in AlertDelivery.objects.filter(recipient=user).select_related(
                "saved_search", "organisation", "opportunity"
            )
        ],
        "deadline_reminders_stopped": [
            {"opportunity": stop.opportunity.title, "stopped_at": stop.created_at}
            for stop in DeadlineReminderStop.objects.filter(user=user)
            .select_related("opportunity")
            .order_by("created_at", "pk")
        ],
        "dismissed_suggestions": [
            {
                "for_organisation": dismissal.organisation.name,
                "organisation": (
                    dismissal.dismissed_organisation.name
                    if dismissal.dismissed_organisation
                    else None
                ),
                "opportunity": (
                    dismissal.dismissed_opportunity.title
                    if dismissal.dismissed_opportunity
                    else None
                ),
                "dismissed_at": dismissal.created_at,
            }
            for dismissal in Dismissal.objects.filter(user=user)
            .select_related("organisation", "dismissed_organisation", "dismissed_opportunity")
            .order_by("created_at", "pk")
        ],
        "api_tokens": list(
            ApiToken.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values("name", "created_at", "last_used_at")
        ),
        "opportunity_interests": [
            {
                "opportunity": interest.opportunity.title,
                "organisation": interest.organisation.name,
                "looking_for_partners": interest.looking_for_partners,
                "created_at": interest.created_at,
                "updated_at": interest.updated_at,
            }
            for interest in OpportunityInterest.objects.filter(expressed_by=user)
            .select_related("opportunity", "organisation")
            .order_by("created_at", "pk")
        ],
        **event_data_of_user(user=user),
    }


def _account(*, user: AbstractBaseUser) -> dict[str, Any]:
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_staff": user.is_staff,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user)
            .order_by("pk")
            .values("email", "verified", "primary")
        ),
    }


def _organisations_owned(*, user: AbstractBaseUser) -> list[dict[str, Any]]:
    organisations = (
        Organisation.objects.filter(memberships__user=user, memberships__role=Membership.Role.OWNER)
        .prefetch_related("sectors", "offers", "seeks")
        .order_by("name", "pk")
    )
    return [
        {
            "id": organisation.pk,
            **{field: getattr(organisation, field) for field in _PROFILE_FIELDS},
            "country": organisation.country.code,
            "sectors": [sector.slug for sector in organisation.sectors.all()],
            "offers": [capability.slug for capability in organisation.offers.all()],
            "seeks": [capability.slug for capability in organisation.seeks.all()],
        }
        for organisation in organisations
    ]


def _introduction_requests(*, user: AbstractBaseUser) -> list[dict[str, Any]]:
    requests = IntroductionRequest.objects.filter(requested_by=user).select_related(
        "requester_organisation", "requested_organisation"
    )
    return [
        {
            "id": request.pk,
            "for_organisation": request.requester_organisation.name,
            "to_organisation": request.requested_organisation.name,
            "message": request.message,
            "seeking": request.seeking,
            "preferred_language": request.preferred_language,
            "state": request.state,
            "created_at": request.created_at,
            "updated_at": request.updated_at,
        }
        for request in requests.order_by("created_at", "pk")
    ]


def _introduction_steps(*, user: AbstractBaseUser) -> list[dict[str, Any]]:
    """The steps of introduction requests the user took, with the notes they wrote."""
    return list(
        IntroductionEvent.objects.filter(actor=user)
        .order_by("at", "pk")
        .values("request_id", "from_state", "to_state", "note", "at")
    )


def language_preference_get(*, user) -> str | None:
    """The language the member chose with the switcher, or None if they never chose."""
    preference = LanguagePreference.objects.filter(user=user).only("language").first()
    return preference.language if preference else None


def language_preference_of_address(*, email: str) -> str | None:
    """The chosen language of the account this address belongs to, or None (no such account,
    or it never chose)."""
    return (
        LanguagePreference.objects.filter(user__emailaddress__email__iexact=email)
        .values_list("language", flat=True)
        .first()
    )


def language_preferences_by_user(*, user_ids: list[int]) -> dict[int, str]:
    """The chosen language of each of these users who chose one, in one query: the source
    common.language asks when mail is written (registered in AccountsConfig.ready)."""
    return dict(
        LanguagePreference.objects.filter(user_id__in=user_ids).values_list("user_id", "language")
    )


def time_zone_preference_get(*, user) -> str | None:
    """The time zone the member chose (or was given at sign-up), or None."""
    preference = TimeZonePreference.objects.filter(user=user).only("time_zone").first()
    return preference.time_zone if preference else None


def time_zones_by_user(*, user_ids: list[int]) -> dict[int, str]:
    """The zone each of these users reads times in, their choice or else their saved
    language's, in one query: the source common.time_zone asks when mail is written
    (registered in AccountsConfig.ready)."""
    rows = (
        get_user_model()
        .objects.filter(pk__in=user_ids)
        .values_list("pk", "time_zone_preference__time_zone", "language_preference__language")
    )
    return {
        pk: time_zone_for_reader(chosen=chosen, language=language) for pk, chosen, language in rows
    }
