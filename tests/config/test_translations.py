"""The Korean catalogue is complete and compiled, and the translated templates show no English
of their own.

Translated so far (TRANSLATED below): the base page, the home page, the shared includes, the
organisation pages, the sign-up/login pages (account/, allauth/), the personal data pages
(accounts/), the error pages, the opportunity and alerts pages, the events pages (with their
staff pages), the API's page, the introductions, dashboard and staff pages, the claim and
invitation pages (memberships/), the mail (*/email/*.txt), the admin's own templates and the
form widgets' (organisations/templates/widgets)."""

import gettext
import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale" / "ko" / "LC_MESSAGES"
TEMPLATES = Path(settings.BASE_DIR) / "templates"
TRANSLATED = [
    "base.html",
    "403.html",
    "404.html",
    "500.html",
    "503.html",
    "core",
    "includes",
    "organisations",
    "account",
    "allauth",
    "accounts",
    "opportunities",
    "alerts",
    "events",
    "api",
    "introductions",
    "matchmaking",
    "staff",
    "memberships",
    "admin",
]
# The apps' own templates (form widgets, which Django's form renderer finds only in apps).
APP_TEMPLATES = [Path(settings.BASE_DIR) / "organisations" / "templates"]
# Folders inside TRANSLATED not checked yet (none left).
PENDING_INSIDE_TRANSLATED: set[str] = set()
# Words that are the same in both languages: the brand's parts, abbreviations and CSV column names.
ALLOWED = {"Korea–UK Match", "R&D", "CSV", "URL", "external_id"}

BLOCKS = re.compile(
    r"{%\s*(comment|blocktranslate|blocktrans)\b.*?%}.*?{%\s*end\1\s*%}|{#.*?#}", re.DOTALL
)
TAGS = re.compile(r"{%.*?%}|{{.*?}}", re.DOTALL)
# Attributes a reader sees or hears; their values are checked, the rest of a tag is markup.
SHOWN_ATTRIBUTES = re.compile(r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"', re.IGNORECASE)
HTML = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
ENTITY = re.compile(r"&#?\w+;")


@pytest.fixture(scope="module")
def catalogue():
    return polib.pofile(str(LOCALE / "django.po"))


def test_every_string_has_a_korean_translation(catalogue):
    missing = [entry.msgid for entry in catalogue if not entry.obsolete and not entry.translated()]
    assert missing == []


def test_no_translation_is_left_fuzzy(catalogue):
    assert [entry.msgid for entry in catalogue if entry.fuzzy] == []


def test_compiled_catalogue_matches_the_po_file(catalogue):
    with open(LOCALE / "django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    stale = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            got = translations.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
            if entry.msgctxt is None:
                got = translations.ngettext(entry.msgid, entry.msgid_plural, 1)
            expected = entry.msgstr_plural[0]
        else:
            got = (
                translations.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt
                else translations.gettext(entry.msgid)
            )
            expected = entry.msgstr
        if got != expected:
            stale.append(entry.msgid)
    assert stale == [], "run: .venv/bin/python manage.py compilemessages -l ko (see README)"


def _visible_english(source: str) -> list[str]:
    source = BLOCKS.sub(" ", source)
    shown = SHOWN_ATTRIBUTES.findall(TAGS.sub(" ", source))
    text = ENTITY.sub(" ", HTML.sub(" ", TAGS.sub(" ", source)))
    for allowed in ALLOWED:
        text = text.replace(allowed, " ")
    pieces = [TAGS.sub(" ", value) for value in shown] + text.split("\n")
    return [piece.strip() for piece in pieces if re.search(r"[A-Za-z]", piece)]


def _translated_templates():
    for name in TRANSLATED:
        path = TEMPLATES / name
        # Mail is plain text: */email/*.txt, subjects and bodies alike.
        files = (
            [path]
            if path.is_file()
            else sorted([*path.rglob("*.html"), *path.rglob("email/*.txt")])
        )
        for file in files:
            if not PENDING_INSIDE_TRANSLATED & set(file.relative_to(TEMPLATES).parts):
                yield file
    for root in APP_TEMPLATES:
        yield from sorted(root.rglob("*.html"))


@pytest.mark.parametrize(
    "template",
    list(_translated_templates()),
    ids=lambda path: str(path.relative_to(settings.BASE_DIR)),
)
def test_translated_template_has_no_text_outside_translation_tags(template):
    assert _visible_english(template.read_text()) == []


def test_visible_text_check_finds_english_outside_the_tags():
    source = '{% load i18n %}<p title="Hint">{% translate "Hello" %} Hello</p>{# note #}'
    assert _visible_english(source) == ["Hint", "Hello"]


# What makemessages reads: the README's command leaves out the same folders.
NOT_SCANNED = (".venv", ".tools", "var", ".git", "tests", "locale", "static", "docs", "__pycache__")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture
def extracted(tmp_path, settings, monkeypatch):
    """The catalogue makemessages would write today, made from a copy of the code so the
    committed one is never touched."""
    if shutil.which("xgettext") is None:
        reason = "xgettext is not installed (apt-get install gettext)"
        if _in_ci():
            pytest.fail(f"The catalogue check cannot run in CI: {reason}.", pytrace=False)
        pytest.skip(f"Catalogue check skipped: {reason}.")
    copy = tmp_path / "code"
    shutil.copytree(settings.BASE_DIR, copy, ignore=shutil.ignore_patterns(*NOT_SCANNED, "*.pyc"))
    (copy / "locale").mkdir()
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["ko"], verbosity=0)
    return polib.pofile(str(copy / "locale" / "ko" / "LC_MESSAGES" / "django.po"))


def test_every_wrapped_string_is_in_the_catalogue(extracted, catalogue):
    committed = {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}
    missing = [entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in committed]
    assert missing == [], "run makemessages and translate them (see README, Languages)"
