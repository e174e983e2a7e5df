from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.text_limits import DESCRIPTION_MAX_LENGTH, text_limit
from organisations.models.organisation import Organisation


class Project(models.Model):
    """A past collaborative project: the track record partner-search networks judge by,
    and the collaboration network the matching engine learns who-works-with-whom from."""

    title = models.CharField(max_length=300, verbose_name=_("title"))
    year = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("year"))
    programme = models.CharField(max_length=200, blank=True, verbose_name=_("programme"))
    description = models.TextField(
        blank=True, **text_limit(DESCRIPTION_MAX_LENGTH), verbose_name=_("description")
    )
    external_id = models.CharField(
        max_length=100, blank=True, default="", verbose_name=_("external id")
    )
    # Saved whenever participants change too: the matching engine watches it.
    updated_at = models.DateTimeField(auto_now=True, db_index=True, verbose_name=_("updated at"))
    participants = models.ManyToManyField(
        Organisation,
        through="ProjectParticipation",
        related_name="projects",
        verbose_name=_("participants"),
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-year", "title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~Q(external_id=""),
                name="project_external_id_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


class ProjectParticipation(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participations", verbose_name=_("project")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("project participation")
        verbose_name_plural = _("project participations")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"], name="project_participation_pair_unique"
            )
        ]

    def __str__(self) -> str:
        return gettext("%(organisation)s in %(project)s") % {
            "organisation": self.organisation,
            "project": self.project,
        }
