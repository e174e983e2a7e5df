from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone

from demo.data.organisations import CONSORTIA, ORGANISATIONS, PROJECTS
from demo.data.organisations.records import ConsortiumSeed, OrganisationSeed, ProjectSeed
from organisations.imports.bulk import published_at_stamp
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Organisation,
    OrganisationKind,
    Project,
    ProjectParticipation,
    PublicationStatus,
    Sector,
)
from organisations.seeding.upsert import (
    Outcome,
    SeedDataError,
    SeedReport,
    links_sync,
    record_upsert,
    records_upsert,
)


def _references_check(
    *,
    organisations: Sequence[OrganisationSeed],
    consortia: Sequence[ConsortiumSeed],
    projects: Sequence[ProjectSeed],
    sector_slugs: set[str],
    capability_slugs: set[str],
) -> None:
    """Every problem at once, before anything is written."""
    problems = []
    kinds = {seed.external_id: seed.kind for seed in organisations}
    if len(kinds) != len(organisations):
        problems.append("an organisation external_id is listed twice")
    for seed in organisations:
        unknown_sectors = sorted(set(seed.sectors) - sector_slugs)
        unknown_capabilities = sorted(set(seed.offers + seed.seeks) - capability_slugs)
        if unknown_sectors:
            problems.append(f"{seed.external_id}: unknown sectors {', '.join(unknown_sectors)}")
        if unknown_capabilities:
            problems.append(
                f"{seed.external_id}: unknown capabilities {', '.join(unknown_capabilities)}"
            )
    for seed in consortia:
        if kinds.get(seed.consortium) != OrganisationKind.CONSORTIUM:
            problems.append(f"{seed.consortium} is not a demo organisation of kind consortium")
        unknown = sorted(set(seed.leads + seed.members) - kinds.keys())
        if unknown:
            problems.append(f"{seed.consortium}: unknown members {', '.join(unknown)}")
    for seed in projects:
        unknown = sorted(set(seed.participants) - kinds.keys())
        if unknown:
            problems.append(f"{seed.external_id}: unknown participants {', '.join(unknown)}")
    if problems:
        raise SeedDataError("The demo organisation data is inconsistent: " + "; ".join(problems))


def _organisations_load(
    *,
    seeds: Sequence[OrganisationSeed],
    sectors: dict[str, Sector],
    capabilities: dict[str, Capability],
    report: SeedReport,
) -> dict[str, Organisation]:
    loaded = records_upsert(
        model=Organisation,
        key_field="external_id",
        rows={
            seed.external_id: {
                "name": seed.name,
                "name_ko": seed.name_ko,
                "kind": seed.kind,
                "country": seed.country,
                "city": seed.city,
                "city_ko": seed.city_ko,
                "website": seed.website,
                "description": seed.description,
                "description_ko": seed.description_ko,
                "founded_year": seed.founded_year,
                "size_band": seed.size_band,
                "status": PublicationStatus.PUBLISHED,
                "rejection_reason": "",
                "origin": seed.origin,
            }
            for seed in seeds
        },
    )
    relinked: set[int] = set()
    # The seeds name their links after the model's many-to-many fields.
    for field_name, by_slug in (
        ("sectors", sectors),
        ("offers", capabilities),
        ("seeks", capabilities),
    ):
        relinked |= links_sync(
            model=Organisation,
            field_name=field_name,
            wanted={
                loaded[seed.external_id][0].pk: [
                    by_slug[slug].pk for slug in getattr(seed, field_name)
                ]
                for seed in seeds
            },
        )
    for organisation, outcome in loaded.values():
        if outcome is Outcome.UNCHANGED and organisation.pk in relinked:
            # The matching engine finds changed profiles by updated_at.
            organisation.save(update_fields=["updated_at"])
            outcome = Outcome.UPDATED
        report.add("organisations", outcome)
    return {external_id: organisation for external_id, (organisation, _) in loaded.items()}


def _consortium_members_sync(
    *, seed: ConsortiumSeed, organisations: dict[str, Organisation], report: SeedReport
) -> None:
    consortium = organisations[seed.consortium]
    roles = dict.fromkeys(seed.members, ConsortiumMembership.Role.MEMBER)
    roles.update(dict.fromkeys(seed.leads, ConsortiumMembership.Role.LEAD))
    changed = False
    for external_id, role in roles.items():
        _, outcome = record_upsert(
            model=ConsortiumMembership,
            lookup={"consortium": consortium, "member": organisations[external_id]},
            values={"role": role},
        )
        report.add("consortium memberships", outcome)
        changed = changed or outcome is not Outcome.UNCHANGED
    wanted_ids = [organisations[external_id].pk for external_id in roles]
    removed, _ = (
        ConsortiumMembership.objects.filter(consortium=consortium)
        .exclude(member_id__in=wanted_ids)
        .delete()
    )
    report.add("consortium memberships", Outcome.REMOVED, removed)
    if changed or removed:
        consortium.save(update_fields=["updated_at"])


def _project_load(
    *, seed: ProjectSeed, organisations: dict[str, Organisation], report: SeedReport
) -> None:
    project, outcome = record_upsert(
        model=Project,
        lookup={"external_id": seed.external_id},
        values={
            "title": seed.title,
            "year": seed.year,
            "programme": seed.programme,
            "description": seed.description,
        },
    )
    report.add("projects", outcome)
    wanted_ids = {organisations[external_id].pk for external_id in seed.participants}
    current_ids = set(project.participations.values_list("organisation_id", flat=True))
    ProjectParticipation.objects.bulk_create(
        ProjectParticipation(project=project, organisation_id=organisation_id)
        for organisation_id in sorted(wanted_ids - current_ids)
    )
    removed, _ = project.participations.exclude(organisation_id__in=wanted_ids).delete()
    report.add("project participations", Outcome.CREATED, len(wanted_ids - current_ids))
    report.add("project participations", Outcome.UNCHANGED, len(wanted_ids & current_ids))
    report.add("project participations", Outcome.REMOVED, removed)


@transaction.atomic
def organisations_demo_load(
    *,
    organisations: Sequence[OrganisationSeed] = ORGANISATIONS,
    consortia: Sequence[ConsortiumSeed] = CONSORTIA,
    projects: Sequence[ProjectSeed] = PROJECTS,
) -> SeedReport:
    """Creates or updates the demo organisations (keyed by external_id), their consortium
    memberships and their past projects, published. Needs the taxonomy loaded first."""
    sectors = Sector.objects.in_bulk(field_name="slug")
    capabilities = Capability.objects.in_bulk(field_name="slug")
    _references_check(
        organisations=organisations,
        consortia=consortia,
        projects=projects,
        sector_slugs=set(sectors),
        capability_slugs=set(capabilities),
    )
    report = SeedReport()
    started = timezone.now()
    loaded = _organisations_load(
        seeds=organisations, sectors=sectors, capabilities=capabilities, report=report
    )
    published_at_stamp(model=Organisation, changed_since=started)
    for seed in consortia:
        _consortium_members_sync(seed=seed, organisations=loaded, report=report)
    for seed in projects:
        _project_load(seed=seed, organisations=loaded, report=report)
    return report
