import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.services import session_add, session_delete


def add(event, actor, **kwargs):
    starts = event.starts_at
    return session_add(
        event=event, actor=actor, title="Visit to the 5G testbed", kind="site_visit",
        starts_at=starts, ends_at=starts + datetime.timedelta(hours=2), **kwargs,
    )  # fmt: skip


def test_staff_add_a_session_with_the_organisations_visited(event, staff_user, other_organisation):
    session = add(event, staff_user, organisations=[other_organisation])
    assert list(event.sessions.all()) == [session]
    assert list(session.organisations.all()) == [other_organisation]


def test_a_session_ending_before_it_starts_is_refused(event, staff_user):
    with pytest.raises(ValidationError):
        session_add(
            event=event, actor=staff_user, title="Talk",
            starts_at=event.starts_at, ends_at=event.starts_at,
        )  # fmt: skip
    assert not event.sessions.exists()


def test_staff_remove_a_session(event, staff_user):
    session_delete(session=add(event, staff_user), actor=staff_user)
    assert not event.sessions.exists()


def test_members_may_not(event, member):
    with pytest.raises(PermissionDenied):
        add(event, member)
