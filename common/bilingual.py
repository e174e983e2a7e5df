"""Text kept in English and Korean (a field and its `_ko` twin): which one a reader sees.

The one statement of the rule, used by every page (through the `bilingual_tags` template
library) and by anything else that shows such text. The reader's language comes first; if
that version is empty the other one is shown, marked as a fallback so the page can label it
and give it the right lang attribute."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import Promise, lazy
from django.utils.translation import get_language

ENGLISH = "en"
KOREAN = "ko"
KOREAN_SUFFIX = "_ko"


@dataclass(frozen=True)
class LocalizedText:
    """What to show: the text, the language it is in, whether that is not the reader's
    (a fallback), and the other language's version (empty if none or the same)."""

    text: str
    language: str
    fallback: bool = False
    other: str = ""
    other_language: str = ""

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def reader_language(language: str | None = None) -> str:
    """ "ko" for a Korean reader (ko, ko-kr...), "en" for everyone else."""
    code = (language or get_language() or ENGLISH).lower()
    return KOREAN if code.split("-")[0] == KOREAN else ENGLISH


def localized_text(*, english: str, korean: str, language: str | None = None) -> LocalizedText:
    """The version for a reader of language (default: the active language), else the other."""
    reader = reader_language(language)
    versions = {ENGLISH: (english or "").strip(), KOREAN: (korean or "").strip()}
    other = KOREAN if reader == ENGLISH else ENGLISH
    if versions[reader]:
        second = versions[other] if versions[other] != versions[reader] else ""
        return LocalizedText(
            text=versions[reader],
            language=reader,
            other=second,
            other_language=other if second else "",
        )
    if versions[other]:
        return LocalizedText(text=versions[other], language=other, fallback=True)
    return LocalizedText(text="", language=reader)


def localized_field(obj: object, field: str, *, language: str | None = None) -> LocalizedText:
    """localized_text of obj.<field> and obj.<field>_ko (a missing attribute counts as empty)."""
    return localized_text(
        english=getattr(obj, field, "") or "",
        korean=getattr(obj, field + KOREAN_SUFFIX, "") or "",
        language=language,
    )


def localized_field_lazy(obj: object, field: str) -> Promise:
    """localized_field(obj, field).text, chosen when it is read: for a message raised in one
    language and shown in another (a refusal translated where it is read). The two versions
    are taken now."""
    english = getattr(obj, field, "") or ""
    korean = getattr(obj, field + KOREAN_SUFFIX, "") or ""
    return lazy(lambda: localized_text(english=english, korean=korean).text, str)()


def either_language_contains(field: str, text: str) -> Q:
    """Rows whose <field> or <field>_ko contains text, in any case: a Korean reader types 부산
    where an English one types Busan."""
    return Q(**{f"{field}__icontains": text}) | Q(**{f"{field}{KOREAN_SUFFIX}__icontains": text})
