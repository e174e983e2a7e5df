"""Writes behind a member's alerts: saving a search, changing or deleting it, and stopping
or resuming alerts (from the alerts page or a mail's one-click link)."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from alerts.filters import search_query_clean
from alerts.models import AlertFrequency, DeadlineReminderStop, SavedSearch
from opportunities.models import Opportunity

# Enough for anyone; more would be a script filling the table.
SAVED_SEARCHES_PER_USER = 50


def _frequency_check(frequency: str) -> None:
    if frequency not in AlertFrequency.values:
        raise ValidationError(
            _("“%(frequency)s” is not how often we can mail: choose instant, daily or weekly.")
            % {"frequency": frequency}
        )


def saved_search_save(
    *, user: AbstractBaseUser, scope: str, query: str, frequency: str
) -> tuple[SavedSearch, bool]:
    """Saves the list filters in `query` (checked by the list's own filters). Saving the same
    search again changes its frequency and resumes it. Returns it and whether it is new."""
    _frequency_check(frequency)
    search = search_query_clean(scope=scope, query=query)
    with transaction.atomic():
        existing = (
            SavedSearch.objects.select_for_update()
            .filter(user=user, scope=scope, query=search.query)
            .first()
        )
        if existing is not None:
            existing.frequency, existing.active = frequency, True
            existing.save(update_fields=["frequency", "active"])
            return existing, False
        if SavedSearch.objects.filter(user=user).count() >= SAVED_SEARCHES_PER_USER:
            raise ValidationError(
                _(
                    "You already have %(count)s saved searches: delete some on your alerts "
                    "page first."
                )
                % {"count": SAVED_SEARCHES_PER_USER}
            )
        try:
            with transaction.atomic():
                saved = SavedSearch.objects.create(
                    user=user, scope=scope, query=search.query, name=search.name,
                    frequency=frequency,
                )  # fmt: skip
        except IntegrityError:
            # The same search saved at the same moment from another tab.
            raise ValidationError(_("You have just saved this search.")) from None
    return saved, True


def saved_search_update(
    *, saved_search: SavedSearch, frequency: str | None = None, active: bool | None = None
) -> SavedSearch:
    """Changes how often it is mailed, or pauses or resumes it."""
    fields = []
    if frequency is not None:
        _frequency_check(frequency)
        saved_search.frequency = frequency
        fields.append("frequency")
    if active is not None:
        saved_search.active = active
        fields.append("active")
    if not fields:
        raise ValidationError(_("Choose a frequency, or pause or resume the alert."))
    saved_search.save(update_fields=fields)
    return saved_search


def saved_search_delete(*, saved_search: SavedSearch) -> None:
    saved_search.delete()


def deadline_reminders_stop(
    *, user: AbstractBaseUser, opportunity: Opportunity
) -> DeadlineReminderStop:
    """No more deadline reminders of this opportunity for this user. Stopping twice is harmless."""
    stop, _created = DeadlineReminderStop.objects.get_or_create(user=user, opportunity=opportunity)
    return stop


def deadline_reminders_resume(*, user: AbstractBaseUser, opportunity: Opportunity) -> None:
    DeadlineReminderStop.objects.filter(user=user, opportunity=opportunity).delete()
