from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationNameWord(models.Model):
    """One word of an organisation's names (English and Korean, lower case) with the name the
    list sorts by: on PostgreSQL a btree index over (word, name, organisation) answers "names
    with a word starting with ..." in the list's order from the index alone, with no trigram
    recheck of the organisations' rows (organisations.search).

    PostgreSQL keeps the rows current itself: a trigger rewrites an organisation's words
    whenever its names change, however they are written (services, imports, seeding, bulk
    writes), as a trigger logs deletions for matchmaking; organisations migration 0014. On
    SQLite the table stays empty and the search does not read it."""

    organisation_id = models.BigIntegerField(verbose_name=_("organisation id"))
    word = models.TextField(verbose_name=_("word"))
    name = models.CharField(max_length=200, verbose_name=_("name"))

    class Meta:
        verbose_name = _("organisation name word")
        verbose_name_plural = _("organisation name words")
        default_permissions = ()

    def __str__(self) -> str:
        return self.word
