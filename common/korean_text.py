"""Korean texts for an English-minded machine: what the matching index compares of a text
written in Korean (a profile, opportunity or past project), and the glossary search reads too.

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
    """The English words of every glossary term the text contains, once per occurrence.

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
        for term, english in by_start.get(joined[position : position + 2], ()):
            end = position + len(term)
            if (starts_word or end <= word_ends[word]) and joined.startswith(term, position):
                found.append(english)
                position = end
                break
        else:
            position += 1
    return found


@functools.cache
def glossary_entries() -> dict[str, str]:
    """The shipped glossary: Korean term -> English words."""
    return glossary_read(GLOSSARY_PATH.read_text(encoding="utf-8"))


@functools.cache
def _glossary() -> dict[str, list[tuple[str, str]]]:
    """The glossary's terms by their first two syllables, longest first: one dictionary look-up
    per position of a text, however long the glossary."""
    by_start: dict[str, list[tuple[str, str]]] = {}
    entries = glossary_entries()
    for term in sorted(entries, key=len, reverse=True):
        by_start.setdefault(term[:2], []).append((term, entries[term]))
    return by_start


def glossary_read(source: str) -> dict[str, str]:
    """Korean term -> English words, from lines "<Korean>\\t<English>"; "#" starts a comment.
    A malformed line is an error, so that a typo cannot quietly drop a term."""
    entries: dict[str, str] = {}
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        korean, tab, english = line.partition("\t")
        korean, english = korean.strip(), " ".join(english.split())
        if not tab or not _HANGUL_WORD.fullmatch(korean) or len(korean) < 2 or not english:
            raise ValueError(f"glossary line {number}: expected '<Korean term>\\t<English>'")
        if korean in entries:
            raise ValueError(f"glossary line {number}: {korean} is listed twice")
        entries[korean] = english
    return entries
