"""Korean texts for an English-minded machine: what the matching index compares of a text
written in Korean (a profile, opportunity or past project), and the glossary that matching,
search and the key terms under a description in the other language share.

The index compares texts with an English TF-IDF (scikit-learn's word tokens and English stop
words). Korean written as it is would count for little: a Korean word carries its particles
("영상분석을", "영상분석에"), so the same noun rarely repeats as the same token, and nothing in it
meets an English profile. So a text with Hangul is matched as:

- its Latin words as they are ("AI", "5G", "IoT" are often written in Latin in Korean texts);
- the two-syllable pieces of each Korean word, which find the same noun whatever its particles
  or spacing (most Korean technical nouns are two-syllable Sino-Korean words), so two Korean
  texts can meet;
- the English words of the glossary's terms it contains (glossary_ko.tsv), so a Korean text can
  meet an English one.

A text with no Hangul is returned unchanged: English profiles, and the Horizon 2020 data the
engine is evaluated on, score exactly as before.
"""

import functools
import itertools
import re
from pathlib import Path
from typing import NamedTuple

GLOSSARY_PATH = Path(__file__).with_name("glossary_ko.tsv")

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def matching_text(*texts: str) -> str:
    """The first of `texts` that is not blank, in the words the index compares.

    Callers give the English text first: a profile written in both languages is matched by its
    English, as one written only in English is, so that the Korean half of a bilingual profile
    does not favour Korean candidates over English ones that say the same.
    """
    for text in texts:
        if text and not text.isspace():
            return text if text.isascii() or not _HANGUL_WORD.search(text) else _expanded(text)
    return ""


def _expanded(text: str) -> str:
    latin = _HANGUL_WORD.sub(" ", text)
    pieces = []
    for word in _HANGUL_WORD.findall(text):
        if len(word) == 2:
            pieces.append(word)
        else:
            pieces.extend(word[start : start + 2] for start in range(len(word) - 1))
    english = glossary_terms_in(text)
    return " ".join([" ".join(latin.split()), " ".join(pieces), " ".join(english)]).strip()


def glossary_terms_in(text: str) -> list[str]:
    """The English words of every glossary term the text contains, once per occurrence."""
    entries = glossary_entries()
    return [entries[key].words for key in _keys_in(text)]


def _keys_in(text: str) -> list[str]:
    """The glossary terms the text contains, in order, as often as they occur.

    Spaces are ignored where a term starts a word ("컴퓨터 비전" and "컴퓨터비전" are one term),
    but a term that starts inside a word must end in it: "우수 소프트웨어" holds no 수소
    (hydrogen). Where terms overlap the longest wins ("전기차" rather than "전기")."""
    by_start = _glossary()
    words = text.split()
    word_ends = list(itertools.accumulate(map(len, words)))
    joined = "".join(words)
    found = []
    position = word = 0
    while position < len(joined) - 1:
        while word_ends[word] <= position:
            word += 1
        starts_word = position == word_ends[word] - len(words[word])
        for key in by_start.get(joined[position : position + 2], ()):
            end = position + len(key)
            if (starts_word or end <= word_ends[word]) and joined.startswith(key, position):
                found.append(key)
                position = end
                break
        else:
            position += 1
    return found


def english_key_terms(korean_text: str, *, limit: int = 10) -> list[str]:
    """For a reader of English: the glossary's English for the terms a Korean text holds, each
    once, in the order they first occur."""
    entries = glossary_entries()
    terms = (entries[key] for key in _keys_in(korean_text))
    return list(dict.fromkeys(term.english for term in terms if not term.general))[:limit]


def korean_key_terms(english_text: str, *, limit: int = 10) -> list[str]:
    """For a reader of Korean: the glossary's Korean for the English phrases an English text
    holds (a plural counts: "smart cities"), each once, in the order they first occur."""
    pattern, korean_of = _english_phrases()
    found = (
        _phrase_of(match.group(1).lower(), korean_of) for match in pattern.finditer(english_text)
    )
    return list(dict.fromkeys(found))[:limit]


def _phrase_of(matched: str, korean_of: dict[str, str]) -> str:
    for singular in (matched, matched[:-1], matched[:-2], matched[:-3] + "y"):
        if singular in korean_of:
            return korean_of[singular]
    raise AssertionError(matched)  # the pattern only matches a phrase or its plural


class Term(NamedTuple):
    korean: str  # as a reader sees it, spaced ("컴퓨터 비전")
    english: str  # the English a reader sees ("computer vision")
    words: str  # every English word it stands for, for matching
    general: bool = False  # matched, but too general to list as a key term


@functools.cache
def glossary_entries() -> dict[str, Term]:
    """The shipped glossary, by Korean term without spaces."""
    return glossary_read(GLOSSARY_PATH.read_text(encoding="utf-8"))


@functools.cache
def _glossary() -> dict[str, list[str]]:
    """The glossary's terms by their first two syllables, longest first: one dictionary look-up
    per position of a text, however long the glossary."""
    by_start: dict[str, list[str]] = {}
    for key in sorted(glossary_entries(), key=len, reverse=True):
        by_start.setdefault(key[:2], []).append(key)
    return by_start


_MIN_ALTERNATIVE = 4


@functools.cache
def _english_phrases() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern of every English phrase (the longest first, so "smart city" wins over
    "smart") or its plural, and each phrase's Korean (the first listed)."""
    korean_of: dict[str, str] = {}
    for term in glossary_entries().values():
        if term.general:
            continue
        korean_of.setdefault(term.english.lower(), term.korean)
        # The other English too ("rail" for 철도, "railway"), unless too short to stand alone:
        # "new" (신약, "drug discovery|new") is in every text.
        more = term.words[len(term.english) :].strip()
        if len(more) >= _MIN_ALTERNATIVE:
            korean_of.setdefault(more, term.korean)
    alternatives = "|".join(
        re.escape(phrase[:-1]) + "(?:y|ies)"
        if phrase.endswith("y")
        else re.escape(phrase) + "(?:e?s)?"
        for phrase in sorted(korean_of, key=len, reverse=True)
    )
    return re.compile(rf"\b({alternatives})\b", re.IGNORECASE), korean_of


_ENGLISH = re.compile(r"[A-Za-z0-9][A-Za-z0-9 /-]*")


def glossary_read(source: str) -> dict[str, Term]:
    """The glossary's lines "<Korean> TAB <English>[|<more English words>][ TAB general]", by
    Korean term without spaces; "#" starts a comment. The English before "|" is what readers
    see; all of it is what matching compares. A "general" word (기술, technology) is matched but
    never listed as a key term. A malformed line is an error, so that a typo cannot quietly
    drop a term."""
    entries: dict[str, Term] = {}
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        korean, _, rest = line.partition("\t")
        english, *flags = rest.split("\t")
        korean = " ".join(korean.split())
        shown, _, more = english.partition("|")
        shown = " ".join(shown.split())
        key = korean.replace(" ", "")
        if (
            not _HANGUL_WORD.fullmatch(key)
            or len(key) < 2
            or not _ENGLISH.fullmatch(shown)
            or (more.strip() and not _ENGLISH.fullmatch(more.strip()))
            or flags not in ([], ["general"])
        ):
            raise ValueError(
                f"glossary line {number}: expected '<Korean term>\\t<English>[|<English>]"
                "[\\tgeneral]'"
            )
        if key in entries:
            raise ValueError(f"glossary line {number}: {key} is listed twice")
        words = " ".join(f"{shown} {more}".lower().split())
        entries[key] = Term(korean=korean, english=shown, words=words, general=bool(flags))
    return entries
