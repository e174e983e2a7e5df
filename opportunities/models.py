import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from common.text_limits import DESCRIPTION_MAX_LENGTH, text_limit
from organisations.models import Capability, Organisation, OrganisationKind, Origin, Sector


class OpportunityKind(models.TextChoices):
    TENDER = "tender", _("Public tender or bid")
    RD_CALL = "rd_call", _("R&D call")
    PROGRAMME = "programme", _("Accelerator or programme")
    CHALLENGE = "challenge", _("Open-innovation challenge")
    TESTBED = "testbed", _("Testbed")
    EVENT = "event", _("Event or mission")


class OpportunityStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Currency(models.TextChoices):
    KRW = "KRW", _("Korean won (KRW)")
    GBP = "GBP", _("Pound sterling (GBP)")
    EUR = "EUR", _("Euro (EUR)")
    USD = "USD", _("US dollar (USD)")


def validate_organisation_kinds(value) -> None:
    allowed = set(OrganisationKind.values)
    if not isinstance(value, list) or any(kind not in allowed for kind in value):
        raise ValidationError(
            _("Must be a list of organisation kinds: %(kinds)s."),
            params={"kinds": ", ".join(OrganisationKind.values)},
        )


class OpportunityQuerySet(models.QuerySet):
    def deadline_not_passed(self, *, today: datetime.date | None = None):
        """Rolling (no deadline) or closing today or later, whatever the status."""
        today = today or timezone.localdate()
        return self.filter(Q(deadline__isnull=True) | Q(deadline__gte=today))

    def deadline_passed(self, *, today: datetime.date | None = None):
        return self.filter(deadline__lt=today or timezone.localdate())

    def open(self, *, today: datetime.date | None = None):
        """Published and not past its deadline. Closing needs no edit: it follows the date."""
        return self.filter(status=OpportunityStatus.PUBLISHED).deadline_not_passed(today=today)

    def closed(self, *, today: datetime.date | None = None):
        return self.filter(status=OpportunityStatus.PUBLISHED).deadline_passed(today=today)

    def published(self):
        return self.filter(status=OpportunityStatus.PUBLISHED)


class Opportunity(models.Model):
    title = models.CharField(max_length=300, verbose_name=_("title"))
    # Korean versions; pages show the reader's language and fall back to the other.
    title_ko = models.CharField(_("Korean title"), max_length=300, blank=True)
    kind = models.CharField(max_length=16, choices=OpportunityKind.choices, verbose_name=_("kind"))
    hosts = models.ManyToManyField(
        Organisation, blank=True, related_name="hosted_opportunities", verbose_name=_("hosts")
    )
    country = CountryField(
        blank=True,
        help_text=_("Where it takes place; empty if not one place."),
        verbose_name=_("country"),
    )
    city = models.CharField(max_length=120, blank=True, verbose_name=_("city"))
    # A name: shown in the reader's language, else the other's, without a fallback label.
    city_ko = models.CharField(max_length=120, blank=True, verbose_name=_("city in Korean"))
    summary = models.CharField(max_length=500, blank=True, verbose_name=_("summary"))
    description = models.TextField(
        blank=True, **text_limit(DESCRIPTION_MAX_LENGTH), verbose_name=_("description")
    )
    summary_ko = models.CharField(_("Korean summary"), max_length=500, blank=True)
    description_ko = models.TextField(
        # Not the organisations' "Korean description", which Korean words as an introduction.
        pgettext_lazy("opportunity", "Korean description"),
        blank=True,
        **text_limit(DESCRIPTION_MAX_LENGTH),
    )
    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="opportunities", verbose_name=_("sectors")
    )
    required_capabilities = models.ManyToManyField(
        Capability,
        blank=True,
        related_name="required_by_opportunities",
        verbose_name=_("required capabilities"),
    )
    budget_amount = models.DecimalField(
        max_digits=20, decimal_places=2, null=True, blank=True, verbose_name=_("budget amount")
    )
    budget_currency = models.CharField(
        max_length=3, choices=Currency.choices, blank=True, verbose_name=_("budget currency")
    )
    opens_on = models.DateField(null=True, blank=True, verbose_name=_("opens on"))
    deadline = models.DateField(
        null=True, blank=True, help_text=_("Empty means rolling."), verbose_name=_("deadline")
    )

    eligible_countries = CountryField(
        multiple=True,
        blank=True,
        help_text=_("Empty means open to organisations of any country."),
        verbose_name=_("eligible countries"),
    )
    eligible_kinds = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_organisation_kinds],
        help_text=_("Organisation kinds that may apply; empty means any kind."),
        verbose_name=_("eligible kinds"),
    )
    max_organisation_age_years = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("For startup programmes: the oldest an applicant may be."),
        verbose_name=_("max organisation age years"),
    )

    source_url = models.URLField(max_length=500, blank=True, verbose_name=_("source url"))
    status = models.CharField(
        max_length=16,
        choices=OpportunityStatus.choices,
        default=OpportunityStatus.DRAFT,
        verbose_name=_("status"),
    )
    origin = models.CharField(
        max_length=16, choices=Origin.choices, default=Origin.IMPORTED, verbose_name=_("origin")
    )
    external_id = models.CharField(
        max_length=100, blank=True, default="", verbose_name=_("external id")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))
    # Set once, the first time it is published: alerts announce what is new by it.
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        verbose_name = _("opportunity")
        ordering = ["deadline", "title", "id"]
        verbose_name_plural = _("opportunities")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~Q(external_id=""),
                name="opportunity_external_id_unique",
            ),
            models.CheckConstraint(
                condition=Q(opens_on__isnull=True)
                | Q(deadline__isnull=True)
                | Q(deadline__gte=F("opens_on")),
                name="opportunity_deadline_not_before_opening",
                # The forms and the API check these first, by the field; the message is for
                # whatever else reaches the constraint (the admin, a service's full_clean).
                violation_error_message=_("The deadline cannot be before the opening date."),
            ),
            models.CheckConstraint(
                condition=Q(budget_amount__isnull=True) | Q(budget_amount__gte=0),
                name="opportunity_budget_not_negative",
                violation_error_message=_("The budget cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(budget_amount__isnull=True) | ~Q(budget_currency=""),
                name="opportunity_budget_has_currency",
                violation_error_message=_("Say which currency the budget is in."),
            ),
        ]
        indexes = [
            # Title and id ride along so the public list's ids-first query (its deadline order
            # is worked out per row, so no index orders it) reads this index only, not the
            # table with its long descriptions; status and deadline alone serve the rest.
            models.Index(
                fields=["status", "deadline", "title", "id"],
                name="opportunity_status_deadline",
            ),
            models.Index(fields=["updated_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def is_open(self, *, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.status == OpportunityStatus.PUBLISHED and (
            self.deadline is None or self.deadline >= today
        )

    def days_left(self, *, today: datetime.date | None = None) -> int | None:
        if self.deadline is None:
            return None
        return (self.deadline - (today or timezone.localdate())).days


class OpportunityInterest(models.Model):
    """An organisation says it means to take part in an opportunity, and whether it is looking
    for partners for it (which lists it, to signed-in members, on the opportunity's page)."""

    opportunity = models.ForeignKey(
        Opportunity,
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("opportunity"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="opportunity_interests",
        verbose_name=_("organisation"),
    )
    looking_for_partners = models.BooleanField(
        default=False, verbose_name=_("looking for partners")
    )
    expressed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("expressed by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("opportunity interest")
        verbose_name_plural = _("opportunity interests")
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity", "organisation"],
                name="opportunity_interest_pair_unique",
            )
        ]
        indexes = [models.Index(fields=["opportunity", "looking_for_partners"])]

    def __str__(self) -> str:
        return f"{self.organisation} interested in {self.opportunity}"
