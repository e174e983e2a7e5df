from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from common.text_limits import DESCRIPTION_MAX_LENGTH, text_limit
from organisations.models.organisation import Organisation


class Project(models.Model):
    """A past collaborative project: the track record partner-search networks judge by,
    and the collaboration network the matching engine learns who-works-with-whom from."""

    title = models.CharField(max_length=300)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    programme = models.CharField(max_length=200, blank=True)
    description = models.TextField(blank=True, **text_limit(DESCRIPTION_MAX_LENGTH))
    external_id = models.CharField(max_length=100, blank=True, default="")
    # Saved whenever participants change too: the matching engine watches it.
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    participants = models.ManyToManyField(
        Organisation, through="ProjectParticipation", related_name="projects"
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
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participations")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="participations"
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
        return f"{self.organisation} in {self.project}"
