"""The opportunity import in the staff area; the page itself is organisations.staff_imports'."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from opportunities.imports import (
    OPPORTUNITY_COLUMNS,
    OPPORTUNITY_IGNORED_COLUMNS,
    OPPORTUNITY_OPTIONAL_COLUMNS,
    opportunities_import,
)
from organisations.staff_imports import ORGANISATIONS_IMPORT, PROJECTS_IMPORT, ImportKind

OPPORTUNITIES_IMPORT = ImportKind(
    slug="opportunities",
    title=gettext_lazy("Opportunities"),
    url_name="staff:import_opportunities",
    columns=OPPORTUNITY_COLUMNS,
    optional_columns=OPPORTUNITY_OPTIONAL_COLUMNS,
    help=format_lazy(
        "{} {}",
        gettext_lazy(
            "One opportunity per row, matched by external_id. hosts are ';'-separated external "
            "ids of organisations already on the site; sectors and required_capabilities are "
            "';'-separated slugs; dates are YYYY-MM-DD."
        ),
        gettext_lazy(
            "title_ko, summary_ko, description_ko and city_ko hold the Korean title, summary, "
            "description and city, which Korean readers see; leave a column out of the file "
            "to keep what the site already has."
        ),
    ),
    run=opportunities_import,
    tags_option=True,
    ignored_columns=OPPORTUNITY_IGNORED_COLUMNS,
    round_trip=gettext_lazy(
        "The staff list's export imports back after editing. Its rows without an external_id "
        "(opportunities made on the site) cannot be imported. hosts lists the hosts' external "
        "ids; hosts made on the site have none, so the file cannot name them and they stay as "
        "they are."
    ),
)

# In the order staff need them: opportunities and projects name organisations.
IMPORT_KINDS = (ORGANISATIONS_IMPORT, OPPORTUNITIES_IMPORT, PROJECTS_IMPORT)
