import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.text_limits import DESCRIPTION_MAX_LENGTH, MESSAGE_MAX_LENGTH, text_limit
from common.validators import validate_no_format_characters
from organisations.models.taxonomy import Capability, Sector


class OrganisationKind(models.TextChoices):
    SME = "sme", _("SME")
    STARTUP = "startup", _("Startup")
    LARGE_COMPANY = "large_company", _("Large company / chaebol")
    INNOVATION_CENTRE = "innovation_centre", _("Innovation centre")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    UNIVERSITY = "university", _("University")
    GOVERNMENT_BODY = "government_body", _("Government body")
    CONSORTIUM = "consortium", _("Consortium")
    OTHER = "other", _("Other")


class SizeBand(models.TextChoices):
    MICRO = "micro", _("Micro (1-9 people)")
    SMALL = "small", _("Small (10-49 people)")
    MEDIUM = "medium", _("Medium (50-249 people)")
    LARGE = "large", _("Large (250+ people)")


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Origin(models.TextChoices):
    """Where a record came from, so example and synthetic data is never mistaken for real."""

    REGISTERED = "registered", _("Registered by its members")
    IMPORTED = "imported", _("Imported by staff")
    STAFF = "staff", _("Entered by staff")
    DEMO = "demo", _("Demo data from public documents")
    EXAMPLE = "example", _("Example profile (fictional)")
    SYNTHETIC = "synthetic", _("Synthetic benchmark data")


# An owner whose profile has not been edited or confirmed for this long is asked to confirm it.
PROFILE_CONFIRMATION_INTERVAL = datetime.timedelta(days=365)


# Suggested and alerted about: published, and not lapsed (a lapsed profile went unconfirmed
# for too long). The one statement of the rule; the matching index store reads it too.
PUBLISHED_AND_CURRENT = Q(status=PublicationStatus.PUBLISHED, lapsed_at__isnull=True)


class OrganisationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def published_and_current(self):
        return self.filter(PUBLISHED_AND_CURRENT)

    def with_published_and_current(self):
        """Every row, each with `is_published_and_current` (for readers that need them all)."""
        return self.annotate(
            is_published_and_current=models.ExpressionWrapper(
                PUBLISHED_AND_CURRENT, output_field=models.BooleanField()
            )
        )


class Organisation(models.Model):
    name = models.CharField(
        max_length=200, validators=[validate_no_format_characters], verbose_name=_("name")
    )
    name_ko = models.CharField(
        _("Korean name"), max_length=200, blank=True, validators=[validate_no_format_characters]
    )
    country = CountryField(verbose_name=_("country"))
    kind = models.CharField(max_length=32, choices=OrganisationKind.choices, verbose_name=_("kind"))
    city = models.CharField(_("City or region"), max_length=120, blank=True)
    # A name: shown in the reader's language, else the other's, without a fallback label.
    city_ko = models.CharField(_("city or region in Korean"), max_length=120, blank=True)
    website = models.URLField(max_length=300, blank=True, verbose_name=_("website"))
    description = models.TextField(
        blank=True, **text_limit(DESCRIPTION_MAX_LENGTH), verbose_name=_("description")
    )
    # The same profile in Korean; pages show the reader's language and fall back to the other.
    description_ko = models.TextField(
        _("Korean description"), blank=True, **text_limit(DESCRIPTION_MAX_LENGTH)
    )
    founded_year = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("founded year")
    )
    size_band = models.CharField(
        max_length=16, choices=SizeBand.choices, blank=True, verbose_name=_("size band")
    )
    contact_name = models.CharField(max_length=120, blank=True, verbose_name=_("contact name"))
    contact_email = models.EmailField(blank=True, verbose_name=_("contact email"))
    contact_phone = models.CharField(max_length=40, blank=True, verbose_name=_("contact phone"))

    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="organisations", verbose_name=_("sectors")
    )
    offers = models.ManyToManyField(
        Capability, blank=True, related_name="offered_by", verbose_name=_("offers")
    )
    seeks = models.ManyToManyField(
        Capability, blank=True, related_name="sought_by", verbose_name=_("seeks")
    )

    status = models.CharField(
        max_length=16,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        verbose_name=_("status"),
    )
    rejection_reason = models.TextField(
        blank=True, **text_limit(MESSAGE_MAX_LENGTH), verbose_name=_("rejection reason")
    )
    # Why a published profile went back to review without staff asking (a member changed its
    # name, website, country or kind); its members see it until staff decide.
    review_reason = models.TextField(blank=True, verbose_name=_("review reason"))
    verified = models.BooleanField(default=False, verbose_name=_("verified"))
    origin = models.CharField(
        max_length=16, choices=Origin.choices, default=Origin.REGISTERED, verbose_name=_("origin")
    )
    external_id = models.CharField(
        max_length=100, blank=True, default="", verbose_name=_("external id")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))
    # Set once, the first time it is published: alerts announce what is new by it.
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    # When its members last edited, submitted or confirmed it; a year later they are asked.
    profile_confirmed_at = models.DateTimeField(
        default=timezone.now, verbose_name=_("profile confirmed at")
    )
    # Set when a reminder to confirm went unanswered: it then drops out of suggestions.
    lapsed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("lapsed at"))

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~Q(external_id=""),
                name="organisation_external_id_unique",
            ),
            models.CheckConstraint(
                condition=Q(status="rejected") | Q(rejection_reason=""),
                name="organisation_rejection_reason_only_when_rejected",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "country", "kind"]),
            models.Index(fields=["updated_at"]),
            # One per sort order of the public list and the API (status first: the list shows
            # published ones), so a page, and the ids of a deep page, are read in order from
            # the index instead of sorting 100,000 rows.
            models.Index(fields=["status", "name", "id"], name="organisation_list_by_name"),
            models.Index(
                fields=["status", "-created_at", "-id"], name="organisation_list_by_newest"
            ),
            models.Index(
                fields=["status", "-updated_at", "-id"], name="organisation_list_by_updated"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_consortium(self) -> bool:
        return self.kind == OrganisationKind.CONSORTIUM

    @property
    def is_example(self) -> bool:
        return self.origin == Origin.EXAMPLE

    def confirmation_due(self, *, now: datetime.datetime | None = None) -> bool:
        """Published, and its members should say whether the profile is still right."""
        if self.status != PublicationStatus.PUBLISHED:
            return False
        now = now or timezone.now()
        return (
            self.lapsed_at is not None
            or self.profile_confirmed_at <= now - PROFILE_CONFIRMATION_INTERVAL
        )


class Membership(models.Model):
    """A user belongs to an organisation as its owner or as an editor."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        EDITOR = "editor", _("Editor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        max_length=16, choices=Role.choices, default=Role.EDITOR, verbose_name=_("role")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_user_organisation_unique"
            )
        ]

    def __str__(self) -> str:
        return gettext("%(user)s (%(role)s) at %(organisation)s") % {
            "user": self.user,
            "role": self.get_role_display(),
            "organisation": self.organisation,
        }


class ConsortiumMembership(models.Model):
    """An organisation taking part in a consortium (itself an organisation of kind consortium)."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        MEMBER = "member", _("Member")

    consortium = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="member_links",
        verbose_name=_("consortium"),
    )
    member = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="consortium_links",
        verbose_name=_("member"),
    )
    role = models.CharField(
        max_length=16, choices=Role.choices, default=Role.MEMBER, verbose_name=_("role")
    )

    class Meta:
        verbose_name = _("consortium membership")
        verbose_name_plural = _("consortium memberships")
        ordering = ["consortium", "-role", "member__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["consortium", "member"], name="consortium_membership_pair_unique"
            ),
            models.CheckConstraint(
                condition=~Q(consortium=F("member")), name="consortium_not_its_own_member"
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(member)s in %(consortium)s (%(role)s)") % {
            "member": self.member,
            "consortium": self.consortium,
            "role": self.get_role_display(),
        }
