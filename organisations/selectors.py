"""Reads behind the organisation pages. Views stay thin: they ask these for querysets."""

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
    Value,
)
from django.utils.translation import get_language, gettext

from common.bilingual import either_language_contains, localized_text
from common.compiled import CompiledQuery, partial_instance
from common.kept import kept_briefly
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Membership,
    Organisation,
    OrganisationConnection,
    OrganisationKind,
    PublicationStatus,
    Sector,
)

Viewer = AbstractBaseUser | AnonymousUser


def organisation_list() -> QuerySet[Organisation]:
    """Published organisations; a list row's sectors come from organisation_sector_names."""
    return Organisation.objects.published()


def organisations_in_city(*, queryset: QuerySet[Organisation], text: str) -> QuerySet[Organisation]:
    """Those whose city or region, in English or in Korean, contains `text` (any case)."""
    return queryset.filter(either_language_contains("city", text))


def organisation_sector_names(*, organisation_ids: list[int]) -> dict[int, list[str]]:
    """Each organisation's sector names in the reader's language, in the sectors' order (by
    name). One query of the link table, the names from the kept taxonomy: a prefetch built a
    Sector instance per link, a tenth of the list page's CPU."""
    names = _sector_names()
    links = list(
        Sector.organisations.through.objects.filter(organisation_id__in=organisation_ids)
        .order_by()
        .values_list("organisation_id", "sector_id")
    )
    if any(sector_id not in names for _, sector_id in links):  # added since they were kept
        names = _sector_names(fresh=True)
    rows: dict[int, list[tuple[int, str]]] = {pk: [] for pk in organisation_ids}
    for organisation_id, sector_id in links:
        if sector_id in names:
            rows[organisation_id].append(names[sector_id])
    return {pk: [shown for *_, shown in sorted(sectors)] for pk, sectors in rows.items()}


def _sector_names(*, fresh: bool = False) -> dict[int, tuple[int, str]]:
    """{sector id: (its place in the database's order by name, the name in the reader's
    language)}; kept a minute per language, as the options are."""
    language = get_language()

    def compute() -> dict[int, tuple[int, str]]:
        rows = Sector.objects.order_by("name", "pk").values_list("pk", "name", "name_ko")
        return {
            pk: (place, localized_text(english=name, korean=name_ko, language=language).text)
            for place, (pk, name, name_ko) in enumerate(rows)
        }

    if fresh:
        return compute()
    return kept_briefly(f"names:sectors:{language}:{Sector.objects.db}", compute, keep=_always)


def _always(value: object) -> bool:
    return True


def _in_reader_language(name: str, name_ko: str) -> str:
    return name_ko if name_ko and (get_language() or "").startswith("ko") else name


def taxonomy_by_slug(*, model: type[Sector] | type[Capability]) -> dict[str, dict]:
    """Every sector or capability by slug, as its column values, for the filters to check a
    slug without a query; kept a minute, as the options are."""

    def compute() -> dict[str, dict]:
        fields = [field.attname for field in model._meta.concrete_fields]
        return {row["slug"]: row for row in model.objects.order_by().values(*fields)}

    return kept_briefly(f"slugs:{model._meta.label}:{model.objects.db}", compute, keep=_always)


def sector_options() -> list[tuple[str, str]]:
    """(slug, name) of every sector for a filter, by name, in the reader's language where the
    taxonomy has it. Kept a minute (common.kept): the taxonomy changes seldom, and staff see a
    change on the filters within the minute."""

    def compute() -> list[tuple[str, str]]:
        rows = Sector.objects.order_by("name", "pk").values_list("slug", "name", "name_ko")
        return [(slug, _in_reader_language(name, name_ko)) for slug, name, name_ko in rows]

    return kept_briefly(f"options:sectors:{get_language()}", compute, keep=_always)


def capability_options() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every capability for a filter, grouped under its sector: (sector name, [(slug, name)])
    by sector name and then capability name, in the reader's language where given; kept a
    minute, as the sectors are."""

    def compute() -> list[tuple[str, list[tuple[str, str]]]]:
        rows = Capability.objects.order_by("sector__name", "sector_id", "name", "pk")
        groups: dict[str, list[tuple[str, str]]] = {}
        for slug, name, name_ko, sector, sector_ko in rows.values_list(
            "slug", "name", "name_ko", "sector__name", "sector__name_ko"
        ):
            label = _in_reader_language(sector, sector_ko)
            groups.setdefault(label, []).append((slug, _in_reader_language(name, name_ko)))
        return list(groups.items())

    return kept_briefly(f"options:capabilities:{get_language()}", compute, keep=_always)


def organisation_visible_to(*, user: Viewer) -> QuerySet[Organisation]:
    """Everyone sees published profiles; staff and an organisation's own members also see it
    while it is a draft, under review or rejected, so they can check it before it goes out."""
    queryset = Organisation.objects.all()
    if user.is_staff:
        return queryset
    visible = Q(status=PublicationStatus.PUBLISHED)
    if user.is_authenticated:
        # A subquery rather than a join: a join would repeat rows and need DISTINCT, which at
        # 100,000 organisations makes the count and every page compare all columns.
        mine = Membership.objects.filter(user=user).values("organisation_id")
        visible |= Q(pk__in=mine)
    return queryset.filter(visible)


def _consortium_prefetches() -> list[Prefetch]:
    """A consortium's members and an organisation's consortia, published ones only, so a
    draft never leaks through a link."""
    links = ConsortiumMembership.objects.all()
    return [
        Prefetch(
            "member_links",
            queryset=links.filter(member__status=PublicationStatus.PUBLISHED)
            .select_related("member")
            .order_by("-role", "member__name"),
        ),
        Prefetch(
            "consortium_links",
            queryset=links.filter(consortium__status=PublicationStatus.PUBLISHED)
            .select_related("consortium")
            .order_by("consortium__name"),
        ),
    ]


def organisation_detail(*, user: Viewer) -> QuerySet[Organisation]:
    """The detail page's organisation with everything it lists prefetched; linked
    organisations are limited to published ones so a draft never leaks through a link."""
    return organisation_visible_to(user=user).prefetch_related(
        "sectors", "offers__sector", "seeks__sector", *_consortium_prefetches(), "projects"
    )


def organisation_api_list(*, user: Viewer) -> QuerySet[Organisation]:
    """What the API shows of each organisation it may see: tags as slugs (so no capability's
    sector) and consortium links, but not the detail page's projects; one query a relation."""
    return organisation_visible_to(user=user).prefetch_related(
        "sectors", "offers", "seeks", *_consortium_prefetches()
    )


def organisation_api_rows(*, user: Viewer) -> QuerySet[Organisation]:
    """The API list's organisations without their relations: a page of them reads those with
    organisation_api_relations, in two queries instead of five."""
    return organisation_visible_to(user=user)


@dataclass(frozen=True)
class ApiRelations:
    """What the API shows of an organisation's relations: taxonomy slugs in name order, and
    its published consortium links (a consortium's members by role, descending as
    organisation_api_list orders them, then by name; the consortia it belongs to, by name)."""

    sectors: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    seeks: list[str] = field(default_factory=list)
    member_links: list[ConsortiumMembership] = field(default_factory=list)
    consortium_links: list[ConsortiumMembership] = field(default_factory=list)


def organisation_api_relations(*, organisations: list[Organisation]) -> dict[int, ApiRelations]:
    """The relations organisation_api_list prefetches, for a page of organisations, in two
    queries: the three taxonomy relations as one UNION, both consortium link directions as
    one. Under load each round trip costs more than the rows it reads."""
    relations = {organisation.pk: ApiRelations() for organisation in organisations}
    if not relations:
        return relations
    ids = list(relations)
    tags = _taxonomy_slugs(ids, "sectors", "sector").union(
        _taxonomy_slugs(ids, "offers", "capability"),
        _taxonomy_slugs(ids, "seeks", "capability"),
        all=True,
    )
    # Sorted here rather than in SQL: a UNION orders only by its output columns, and names
    # compare by code point in Python as in the databases' C collation and SQLite's BINARY.
    for organisation_id, relation, slug, _name in sorted(tags, key=lambda row: row[3]):
        getattr(relations[organisation_id], relation).append(slug)
    published = PublicationStatus.PUBLISHED
    links = ConsortiumMembership.objects.filter(
        Q(consortium_id__in=ids, member__status=published)
        | Q(member_id__in=ids, consortium__status=published)
    ).select_related("consortium", "member")
    for link in sorted(links, key=lambda link: link.member.name):
        if link.consortium_id in relations and link.member.status == published:
            relations[link.consortium_id].member_links.append(link)
    for link in sorted(links, key=lambda link: link.consortium.name):
        if link.member_id in relations and link.consortium.status == published:
            relations[link.member_id].consortium_links.append(link)
    for relation in relations.values():
        # Stable: within a role, still by name.
        relation.member_links.sort(key=lambda link: link.role, reverse=True)
    return relations


def _taxonomy_slugs(ids: list[int], relation: str, target: str) -> QuerySet:
    """(organisation id, relation, slug, name) for one taxonomy relation of these ids."""
    through = Organisation._meta.get_field(relation).remote_field.through
    return (
        through.objects.filter(organisation_id__in=ids)
        .order_by()
        .annotate(
            owner=F("organisation_id"),
            relation_name=Value(relation, output_field=CharField()),
            tag_slug=F(f"{target}__slug"),
            tag_name=F(f"{target}__name"),
        )
        .values_list("owner", "relation_name", "tag_slug", "tag_name")
    )


def _contacts_visible_rule(*, user: Viewer) -> Q | bool:
    """The one rule for contact details: staff, the organisation's own members, and members of
    an organisation connected with it (an accepted introduction) see them; nobody else does,
    so the introduction staff broker stays the way in."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    mine = Membership.objects.filter(user=user).values("organisation_id")
    connections = OrganisationConnection.objects
    return (
        Q(pk__in=mine)
        | Q(pk__in=connections.filter(organisation_a__in=mine).values("organisation_b_id"))
        | Q(pk__in=connections.filter(organisation_b__in=mine).values("organisation_a_id"))
    )


def organisation_contacts_visible_to(*, organisation: Organisation, user: Viewer) -> bool:
    """Whether the user may see the organisation's contact name, email and phone. A list
    annotated by organisation_contacts_visible_annotate answers from its rows."""
    annotated = getattr(organisation, "contacts_visible", None)
    if annotated is not None:
        return annotated
    rule = _contacts_visible_rule(user=user)
    if isinstance(rule, bool):
        return rule
    return Organisation.objects.filter(rule, pk=organisation.pk).exists()


def organisation_contacts_visible_annotate(
    *, queryset: QuerySet[Organisation], user: Viewer
) -> QuerySet[Organisation]:
    """Each row with `contacts_visible`, by the same rule, so a list needs no query per row."""
    rule = _contacts_visible_rule(user=user)
    expression = Value(rule) if isinstance(rule, bool) else ExpressionWrapper(rule, BooleanField())
    return queryset.annotate(contacts_visible=expression)


def organisation_counts() -> dict[str, int]:
    """Headline numbers for the home page."""
    return Organisation.objects.published().aggregate(
        total=Count("pk"),
        uk=Count("pk", filter=Q(country="GB")),
        korea=Count("pk", filter=Q(country="KR")),
        consortia=Count("pk", filter=Q(kind=OrganisationKind.CONSORTIUM)),
    )


def memberships_of(*, user: Viewer) -> QuerySet[Membership]:
    """The organisations a user belongs to, with their role, for their own pages."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name", "organisation__pk")
    )


# What the dashboard shows of each of the member's organisations (its list and the chosen
# one's suggestions): any other field is deferred, and reading it costs a query.
MEMBERSHIP_ORGANISATION_FIELDS = (
    "id", "name", "name_ko", "status", "country", "lapsed_at", "profile_confirmed_at",
)  # fmt: skip


def _membership_columns() -> tuple[list[str], list[str]]:
    """The membership's columns and its organisation's (MEMBERSHIP_ORGANISATION_FIELDS), each
    in its model's field order, as Model.from_db takes them."""
    return (
        [f.attname for f in Membership._meta.concrete_fields],
        [
            f.attname
            for f in Organisation._meta.concrete_fields
            if f.attname in MEMBERSHIP_ORGANISATION_FIELDS
        ],
    )


# memberships_of's query compiled once per process: building and compiling it on every
# dashboard cost more CPU than the database answering it.
_MEMBERSHIPS_SHOWN = CompiledQuery(
    lambda user_id: memberships_of(user=user_id).values_list(
        *_membership_columns()[0],
        *(f"organisation__{name}" for name in _membership_columns()[1]),
    ),
    "user_id",
)


def memberships_shown(*, user_id: int) -> list[Membership]:
    """memberships_of, as the dashboard shows them: the same rule and order in one query, each
    organisation with only MEMBERSHIP_ORGANISATION_FIELDS (the others deferred)."""
    membership_columns, organisation_columns = _membership_columns()
    split = len(membership_columns)
    memberships = []
    rows = _MEMBERSHIPS_SHOWN.rows(user_id=user_id)
    using = _MEMBERSHIPS_SHOWN.using
    for row in rows:
        membership = partial_instance(Membership, membership_columns, row[:split], using=using)
        membership.organisation = partial_instance(
            Organisation, organisation_columns, row[split:], using=using
        )
        memberships.append(membership)
    return memberships


def organisation_member_addresses(*, organisation: Organisation) -> QuerySet:
    """(user id, email) of the members who can still read mail from us: active accounts with
    an address. Every mailer to an organisation's members uses this one rule."""
    return (
        Membership.objects.filter(organisation=organisation, user__is_active=True)
        .exclude(user__email="")
        .values_list("user_id", "user__email")
    )


def organisation_of_member(*, user: Viewer) -> QuerySet[Organisation]:
    """Organisations a user may edit: those they belong to, whatever their status. Staff get no
    exception here; they curate through the staff pages."""
    return Organisation.objects.filter(memberships__user=user)


def organisation_managed(*, user: Viewer) -> QuerySet[Organisation]:
    """organisation_of_member with everything the "My organisation" page shows."""
    return organisation_of_member(user=user).prefetch_related(
        "sectors",
        "offers__sector",
        "seeks__sector",
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related("user").order_by("-role", "created_at"),
        ),
    )


def organisation_profile_gaps(*, organisation: Organisation) -> list[str]:
    """What a profile still lacks for good matches, in words for its members (in the active
    language)."""
    gaps = []
    if not organisation.sectors.all():
        gaps.append(gettext("Choose at least one sector."))
    if not organisation.offers.all():
        gaps.append(gettext("Say what your organisation offers."))
    if not organisation.seeks.all():
        gaps.append(gettext("Say what your organisation is looking for."))
    if not organisation.description.strip():
        # A Korean-only description is matched too (common.korean_text), but partners who
        # read no Korean cannot read it, and it meets English profiles only through a glossary.
        gaps.append(
            gettext("Describe your organisation in a few sentences.")
            if not organisation.description_ko.strip()
            else gettext(
                "Add a description in English too, for partners who do not read Korean: "
                "suggestions find more in it than in a Korean one."
            )
        )
    return gaps


def organisations_awaiting_review() -> QuerySet[Organisation]:
    """Submitted profiles, the longest waiting first, with what staff judge them by."""
    return (
        Organisation.objects.filter(status=PublicationStatus.SUBMITTED)
        .order_by("updated_at", "pk")
        .prefetch_related(
            "sectors",
            "offers",
            "seeks",
            Prefetch("memberships", queryset=Membership.objects.select_related("user")),
        )
    )


def organisation_staff_list() -> QuerySet[Organisation]:
    """Every organisation in any status, for staff to find and verify."""
    return Organisation.objects.order_by("name", "pk")


def organisation_review_counts() -> dict[str, int]:
    """What waits for staff on the organisation side."""
    return Organisation.objects.aggregate(
        submitted=Count("pk", filter=Q(status=PublicationStatus.SUBMITTED)),
        unverified=Count("pk", filter=Q(status=PublicationStatus.PUBLISHED, verified=False)),
    )


def membership_role(*, organisation: Organisation, user: Viewer) -> str | None:
    """The user's role in the organisation (owner or editor), or None if not a member."""
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.filter(organisation=organisation, user=user)
        .values_list("role", flat=True)
        .first()
    )


def consortium_membership_visible_to(*, user: Viewer) -> QuerySet[ConsortiumMembership]:
    """Links between a consortium and a member, where the user may see both organisations."""
    visible = organisation_visible_to(user=user).values("pk")
    return (
        ConsortiumMembership.objects.filter(consortium__in=visible, member__in=visible)
        .select_related("consortium", "member")
        .order_by("consortium__name", "-role", "member__name", "pk")
    )
