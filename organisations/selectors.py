"""Reads behind the organisation pages. Views stay thin: they ask these for querysets."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Prefetch, Q, QuerySet

from organisations.models import (
    ConsortiumMembership,
    Organisation,
    OrganisationKind,
    PublicationStatus,
)

Viewer = AbstractBaseUser | AnonymousUser


def organisation_list() -> QuerySet[Organisation]:
    """Published organisations with what a list row shows, in one query per relation."""
    return Organisation.objects.published().prefetch_related("sectors")


def organisation_visible_to(*, user: Viewer) -> QuerySet[Organisation]:
    """Everyone sees published profiles; staff and an organisation's own members also see it
    while it is a draft, under review or rejected, so they can check it before it goes out."""
    queryset = Organisation.objects.all()
    if user.is_staff:
        return queryset
    visible = Q(status=PublicationStatus.PUBLISHED)
    if user.is_authenticated:
        visible |= Q(memberships__user=user)
    return queryset.filter(visible).distinct()


def organisation_detail(*, user: Viewer) -> QuerySet[Organisation]:
    """The detail page's organisation with everything it lists prefetched; linked
    organisations are limited to published ones so a draft never leaks through a link."""
    links = ConsortiumMembership.objects.all()
    return organisation_visible_to(user=user).prefetch_related(
        "sectors",
        "offers__sector",
        "seeks__sector",
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
        "projects",
    )


def organisation_counts() -> dict[str, int]:
    """Headline numbers for the home page."""
    return Organisation.objects.published().aggregate(
        total=Count("pk"),
        uk=Count("pk", filter=Q(country="GB")),
        korea=Count("pk", filter=Q(country="KR")),
        consortia=Count("pk", filter=Q(kind=OrganisationKind.CONSORTIUM)),
    )
