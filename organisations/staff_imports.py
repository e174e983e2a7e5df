"""The CSV imports in the staff area, for staff without a shell. Upload a file and see either
every bad row with its line number and reason, or a preview of what would be created and
updated (a dry run of the very import the commands run, rolled back); then confirm.

The previewed file is kept in the session (database-backed, so it works behind several app
servers) with its SHA-256; the confirm step names that digest and imports exactly those
bytes with the options shown, or refuses if the session no longer holds them."""

import base64
import hashlib
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.csv_reader import ImportFileError
from organisations.forms import ImportConfirmForm, ImportUploadForm
from organisations.imports import ImportResult, organisations_import, projects_import
from organisations.imports.organisations import (
    ORGANISATION_COLUMNS,
    ORGANISATION_IGNORED_COLUMNS,
    ORGANISATION_OPTIONAL_COLUMNS,
)
from organisations.imports.projects import PROJECT_COLUMNS

SESSION_KEY = "staff_import"
# The preview lists this many rows; the counts above it cover the whole file.
PREVIEW_ROWS = 500


@dataclass(frozen=True)
class ImportKind:
    """One staff import: its page (a staff URL name), what the file holds, and how to run it.
    run takes path (the file's name), data, dry_run and, if tags_option, create_missing_tags
    and create_missing_hint."""

    slug: str
    title: str
    url_name: str
    columns: Sequence[str]
    optional_columns: Sequence[str]
    help: str
    run: Callable[..., ImportResult]
    tags_option: bool
    # The staff export's read-only columns, ignored; and what of an export cannot import back.
    ignored_columns: Sequence[str] = ()
    round_trip: str = ""


ORGANISATIONS_IMPORT = ImportKind(
    slug="organisations",
    title=gettext_lazy("Organisations"),
    url_name="staff:import_organisations",
    columns=ORGANISATION_COLUMNS,
    optional_columns=ORGANISATION_OPTIONAL_COLUMNS,
    help=format_lazy(
        "{} {}",
        gettext_lazy(
            "One organisation per row, matched by external_id: importing the same file again "
            "updates them. sectors, offers and seeks are ';'-separated slugs; status is "
            "published (the default) or draft."
        ),
        gettext_lazy(
            "name_ko, description_ko and city_ko hold the Korean name, description and city "
            "or region, which Korean readers see; leave description_ko or city_ko out of the "
            "file to keep what the site already has."
        ),
    ),
    run=organisations_import,
    tags_option=True,
    ignored_columns=ORGANISATION_IGNORED_COLUMNS,
    round_trip=gettext_lazy(
        "The staff list's export imports back after editing. Its rows without an external_id "
        "(organisations made on the site) cannot be imported, and status must be published "
        "or draft: change or remove the others first."
    ),
)
PROJECTS_IMPORT = ImportKind(
    slug="projects",
    title=gettext_lazy("Past projects"),
    url_name="staff:import_projects",
    columns=PROJECT_COLUMNS,
    optional_columns=(),
    help=gettext_lazy(
        "One past collaborative project per row, matched by external_id; participants are "
        "';'-separated external ids of organisations already on the site."
    ),
    run=projects_import,
    tags_option=False,
)


def import_page(request, *, kind: ImportKind):
    """The one page of an import: upload (GET, or POST of a file), then confirm (POST)."""
    if request.method == "POST" and "digest" in request.POST:
        return _confirm(request, kind=kind)
    form = ImportUploadForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        tags_option=kind.tags_option,
    )
    if not form.is_bound or not form.is_valid():
        return _render(request, kind=kind, form=form)
    upload = form.cleaned_data["file"]
    data = upload.read()
    options = (
        {"create_missing_tags": form.cleaned_data["create_missing_tags"]}
        if kind.tags_option
        else {}
    )
    try:
        result = kind.run(
            path=upload.name, data=data, dry_run=True, **options, **_hint(kind=kind, form=form)
        )
    except ImportFileError as error:
        request.session.pop(SESSION_KEY, None)
        return _render(request, kind=kind, form=form, error=error, file_name=upload.name)
    digest = hashlib.sha256(data).hexdigest()
    request.session[SESSION_KEY] = {
        "kind": kind.slug,
        "name": upload.name,
        "digest": digest,
        "options": options,
        # Compressed: the session is read on every request until the import is confirmed.
        "data": base64.b64encode(zlib.compress(data)).decode("ascii"),
    }
    return _render(
        request,
        kind=kind,
        form=ImportUploadForm(tags_option=kind.tags_option),
        preview=result,
        file_name=upload.name,
        options=options,
        confirm_form=ImportConfirmForm(initial={"digest": digest}),
    )


def _confirm(request, *, kind: ImportKind):
    confirm_form = ImportConfirmForm(request.POST)
    pending = request.session.get(SESSION_KEY)
    if (
        not confirm_form.is_valid()
        or not pending
        or pending["kind"] != kind.slug
        or pending["digest"] != confirm_form.cleaned_data["digest"]
    ):
        messages.error(
            request,
            _(
                "The file you previewed is no longer waiting to be imported (it was imported "
                "already, another file was previewed since, or your session ended). Nothing "
                "was imported: upload it again."
            ),
        )
        return redirect(kind.url_name)
    data = zlib.decompress(base64.b64decode(pending["data"]))
    # The session is ours, but a changed row there must not import other bytes than shown.
    if hashlib.sha256(data).hexdigest() != pending["digest"]:
        request.session.pop(SESSION_KEY, None)
        messages.error(request, _("The previewed file could not be read back; upload it again."))
        return redirect(kind.url_name)
    form = ImportUploadForm(tags_option=kind.tags_option)
    try:
        result = kind.run(
            path=pending["name"], data=data, **pending["options"], **_hint(kind=kind, form=form)
        )
    except ImportFileError as error:
        # The data changed since the preview (an organisation was deleted, say).
        request.session.pop(SESSION_KEY, None)
        return _render(request, kind=kind, form=form, error=error, file_name=pending["name"])
    request.session.pop(SESSION_KEY, None)
    messages.success(
        request,
        _("%(file)s imported: %(result)s.") % {"file": pending["name"], "result": result},
    )
    return redirect(kind.url_name)


def _hint(*, kind: ImportKind, form: ImportUploadForm) -> dict[str, str]:
    """An unknown tag's error names this page's box, not the commands' option."""
    if not kind.tags_option:
        return {}
    label = form.fields["create_missing_tags"].label
    return {"create_missing_hint": _("tick “%(box)s” and upload the file again") % {"box": label}}


def _render(request, *, kind: ImportKind, form, **context):
    preview = context.get("preview")
    return render(
        request,
        "staff/import.html",
        {
            "kind": kind,
            "form": form,
            "columns": ", ".join(kind.columns),
            "optional_columns": ", ".join(kind.optional_columns),
            "ignored_columns": ", ".join(kind.ignored_columns),
            "preview_rows": preview.rows[:PREVIEW_ROWS] if preview else [],
            "preview_rows_hidden": max(len(preview.rows) - PREVIEW_ROWS, 0) if preview else 0,
            **context,
        },
    )
