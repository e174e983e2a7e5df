"""Loads the whole demo: the taxonomy, the demo organisations and opportunities drawn from the
Korea-UK source documents, the example organisations and calls, and three demo logins. Running
it again writes nothing unless the data or the password changed."""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Permission
from django.db import transaction
from django.utils import timezone

from demo.data.opportunities import OPPORTUNITIES, OpportunitySeed
from demo.data.organisations import KOREA_LOGIN_ORGANISATION, SME_LOGIN_ORGANISATION
from demo.services.claims import claims_demo_ensure
from demo.services.events import events_demo_load
from demo.services.example_calls import EXAMPLE_CALL_MARGIN_DAYS, example_call_dates_roll
from demo.services.organisations import organisations_demo_load
from opportunities.models import Opportunity
from organisations.imports.bulk import published_at_stamp
from organisations.models import Capability, Membership, Organisation, Origin, Sector
from organisations.seeding.taxonomy import taxonomy_seed
from organisations.seeding.upsert import (
    Outcome,
    SeedDataError,
    SeedReport,
    links_sync,
    record_upsert,
    records_upsert,
)

DEFAULT_DEMO_PASSWORD = "demo-password-123"
STAFF_USERNAME = "staff"
SME_USERNAME = "sme"
KOREA_USERNAME = "korea"
# The staff login gets every permission of these apps and nothing else: its password is
# published, so it must not be able to manage users or grant itself more.
STAFF_APP_LABELS = (
    "organisations",
    "opportunities",
    "introductions",
    "matchmaking",
    "alerts",
    "events",
)


@dataclass(frozen=True)
class DemoLogin:
    username: str
    email: str
    role: str


@dataclass
class DemoLoadResult:
    report: SeedReport
    logins: list[DemoLogin]


def _opportunity_references_check(
    *,
    opportunities: Sequence[OpportunitySeed],
    host_ids: set[str],
    sector_slugs: set[str],
    capability_slugs: set[str],
) -> None:
    problems = []
    if len({seed.external_id for seed in opportunities}) != len(opportunities):
        problems.append("an opportunity external_id is listed twice")
    for seed in opportunities:
        for noun, names, known in (
            ("hosts", seed.hosts, host_ids),
            ("sectors", seed.sectors, sector_slugs),
            ("capabilities", seed.required_capabilities, capability_slugs),
        ):
            unknown = sorted(set(names) - known)
            if unknown:
                problems.append(f"{seed.external_id}: unknown {noun} {', '.join(unknown)}")
    if problems:
        raise SeedDataError("The demo opportunity data is inconsistent: " + "; ".join(problems))


def _seed_dates(
    *, seed: OpportunitySeed, today: datetime.date
) -> tuple[datetime.date | None, datetime.date | None]:
    # Only the invented example calls move, so that the demo always has open calls to show; the
    # documents' own calls keep the dates the documents give (or none).
    if seed.origin != Origin.EXAMPLE or seed.deadline is None:
        return seed.opens_on, seed.deadline
    return example_call_dates_roll(
        opens_on=seed.opens_on,
        deadline=seed.deadline,
        today=today,
        margin_days=EXAMPLE_CALL_MARGIN_DAYS,
    )


@transaction.atomic
def opportunities_demo_load(
    *, opportunities: Sequence[OpportunitySeed] = OPPORTUNITIES
) -> SeedReport:
    """Creates or updates the demo opportunities, keyed by external_id. Needs the taxonomy and
    the demo organisations (their hosts) loaded first. The example calls are moved on by whole
    years when they would be closed, or close soon, today (demo.services.example_calls)."""
    hosts = {
        organisation.external_id: organisation
        for organisation in Organisation.objects.exclude(external_id="")
    }
    sectors = Sector.objects.in_bulk(field_name="slug")
    capabilities = Capability.objects.in_bulk(field_name="slug")
    _opportunity_references_check(
        opportunities=opportunities,
        host_ids=set(hosts),
        sector_slugs=set(sectors),
        capability_slugs=set(capabilities),
    )
    started = timezone.now()
    today = timezone.localdate()
    dates = {seed.external_id: _seed_dates(seed=seed, today=today) for seed in opportunities}
    loaded = records_upsert(
        model=Opportunity,
        key_field="external_id",
        rows={
            seed.external_id: {
                "title": seed.title,
                "title_ko": seed.title_ko,
                "kind": seed.kind,
                "country": seed.country,
                "city": seed.city,
                "city_ko": seed.city_ko,
                "summary": seed.summary,
                "summary_ko": seed.summary_ko,
                "description": seed.description,
                "description_ko": seed.description_ko,
                "budget_amount": seed.budget_amount,
                "budget_currency": seed.budget_currency,
                "opens_on": dates[seed.external_id][0],
                "deadline": dates[seed.external_id][1],
                "eligible_countries": list(seed.eligible_countries),
                "eligible_kinds": list(seed.eligible_kinds),
                "max_organisation_age_years": seed.max_organisation_age_years,
                "source_url": seed.source_url,
                "status": seed.status,
                "origin": seed.origin,
            }
            for seed in opportunities
        },
    )
    relinked: set[int] = set()
    # The seeds name their links after the model's many-to-many fields.
    for field_name, by_name in (
        ("hosts", hosts),
        ("sectors", sectors),
        ("required_capabilities", capabilities),
    ):
        relinked |= links_sync(
            model=Opportunity,
            field_name=field_name,
            wanted={
                loaded[seed.external_id][0].pk: [
                    by_name[name].pk for name in getattr(seed, field_name)
                ]
                for seed in opportunities
            },
        )
    report = SeedReport()
    for opportunity, outcome in loaded.values():
        if outcome is Outcome.UNCHANGED and opportunity.pk in relinked:
            # The matching engine finds changed opportunities by updated_at.
            opportunity.save(update_fields=["updated_at"])
            outcome = Outcome.UPDATED
        report.add("opportunities", outcome)
    published_at_stamp(model=Opportunity, changed_since=started)
    return report


def _user_ensure(
    *, username: str, email: str, password: str, is_staff: bool
) -> tuple[AbstractBaseUser, Outcome]:
    User = get_user_model()
    values = {"email": email, "is_staff": is_staff, "is_superuser": False, "is_active": True}
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, **values)
        user.set_password(password)
        user.save()
        return user, Outcome.CREATED
    changed = any(getattr(user, name) != value for name, value in values.items())
    for name, value in values.items():
        setattr(user, name, value)
    # check_password, not set_password: a fresh salt would rewrite the row on every run.
    if not user.check_password(password):
        user.set_password(password)
        changed = True
    if changed:
        user.save()
    return user, Outcome.UPDATED if changed else Outcome.UNCHANGED


def _owner_ensure(
    *, username: str, email: str, password: str, organisation_external_id: str, noun: str
) -> tuple[SeedReport, AbstractBaseUser, Organisation]:
    """A non-staff login owning one example organisation, with a confirmed address."""
    organisation = Organisation.objects.filter(external_id=organisation_external_id).first()
    if organisation is None:
        raise SeedDataError(
            f"No organisation {organisation_external_id!r} for the {noun} login to own: "
            "load the demo organisations first."
        )
    report = SeedReport()
    user, outcome = _user_ensure(username=username, email=email, password=password, is_staff=False)
    report.add("users", outcome)
    _, outcome = record_upsert(
        model=Membership,
        lookup={"user": user, "organisation": organisation},
        values={"role": Membership.Role.OWNER},
    )
    report.add("memberships", outcome)
    return report, user, organisation


@transaction.atomic
def demo_accounts_ensure(
    *,
    password: str,
    sme_organisation_external_id: str = SME_LOGIN_ORGANISATION,
    korea_organisation_external_id: str = KOREA_LOGIN_ORGANISATION,
) -> tuple[SeedReport, list[DemoLogin]]:
    """The staff login (admin for the matching apps, not a superuser), an SME login that owns
    one example UK SME, and a Korean login that owns one example Korean company."""
    if not password:
        raise SeedDataError("The demo password must not be empty.")
    report = SeedReport()
    sme_report, sme, sme_organisation = _owner_ensure(
        username=SME_USERNAME,
        email="sme@example.com",
        password=password,
        organisation_external_id=sme_organisation_external_id,
        noun="SME",
    )
    korea_report, korea, korea_organisation = _owner_ensure(
        username=KOREA_USERNAME,
        email="korea@example.com",
        password=password,
        organisation_external_id=korea_organisation_external_id,
        noun="Korean",
    )
    staff, outcome = _user_ensure(
        username=STAFF_USERNAME, email="staff@example.com", password=password, is_staff=True
    )
    permissions = Permission.objects.filter(content_type__app_label__in=STAFF_APP_LABELS)
    wanted = {staff.pk: permissions.values_list("pk", flat=True)}
    if links_sync(model=type(staff), field_name="user_permissions", wanted=wanted):
        outcome = Outcome.CREATED if outcome is Outcome.CREATED else Outcome.UPDATED
    report.add("users", outcome)
    report.merge(sme_report)
    report.merge(korea_report)
    # Sign-in requires a confirmed address; the demo logins have nobody to click the link.
    for user in (staff, sme, korea):
        _, outcome = record_upsert(
            model=EmailAddress,
            lookup={"user": user, "email": user.email},
            values={"verified": True, "primary": True},
        )
        report.add("email addresses", outcome)
    logins = [
        DemoLogin(
            username=STAFF_USERNAME,
            email=staff.email,
            role="staff with the admin permissions of the "
            f"{', '.join(STAFF_APP_LABELS)} apps (not a superuser)",
        ),
        DemoLogin(
            username=SME_USERNAME,
            email=sme.email,
            role=f"owner of the example UK SME “{sme_organisation.name}”",
        ),
        DemoLogin(
            username=KOREA_USERNAME,
            email=korea.email,
            role=f"owner of the example Korean company “{korea_organisation.name}”",
        ),
    ]
    return report, logins


@transaction.atomic
def demo_load(*, password: str) -> DemoLoadResult:
    """Everything, in one transaction: a problem anywhere leaves the database as it was."""
    report = taxonomy_seed()
    report.merge(organisations_demo_load())
    report.merge(opportunities_demo_load())
    report.merge(events_demo_load())
    accounts_report, logins = demo_accounts_ensure(password=password)
    report.merge(accounts_report)
    report.merge(claims_demo_ensure())
    return DemoLoadResult(report=report, logins=logins)
