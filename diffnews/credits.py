"""Sentences -> the news agencies a document credits (credit lines, bylines, datelines) or cites in its text.

>>> from diffnews.model import Role, Sentence
>>> def sentence(i, text, role=Role.BODY):
...     return Sentence(f"a{i}", "a", i, 0, len(text), text, text, role)
>>> find_agencies([sentence(1, "KABUL (Reuters) - Fighting went on."), sentence(2, "Xinhua said five died.")])
('Reuters', 'Xinhua')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Role, Sentence
from .names import AGENCY_PATTERNS, AGENCY_PREFILTERS, TITLE_WORDS, names_only_agencies
from .quotes import flatten

__all__ = ["find_agencies"]


def find_agencies(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """Name the news agencies a document credits or cites, in order of first mention.

    Credit lines come first, in their own order, then agencies cited in the text.
    """
    credited: list[str] = []
    cited: list[str] = []
    flats = [flatten(sentence.text) for sentence in sentences]
    joined = "\n".join(flats)
    patterns = [(pattern, name) for (pattern, name), quick in zip(AGENCY_PATTERNS, AGENCY_PREFILTERS) if quick.search(joined)]
    # "The Australian Federal Police (AFP)": a story that spells out an agency's letters as another body's name
    # means that body by them throughout.
    others = {match.group(2) for match in _DEFINED_ACRONYM.finditer(joined)
              if "".join(word[0] for word in match.group(1).split() if word[0].isupper())[-len(match.group(2)):]
              == match.group(2)
              and not any(re.search(pattern, match.group(1)) for pattern, _ in patterns)}
    patterns = [(pattern, name) for pattern, name in patterns if not re.fullmatch(pattern, name) or name not in others]
    for sentence, flat in zip(sentences, flats):
        if sentence.role is Role.BOILERPLATE or re.search(r"\b(?:Image|Photo|Picture|Photograph)s?\s*:", flat):
            continue
        # A byline naming an agency credits it: "By Reuters", "By Jane Doe, AFP".
        credit_line = sentence.role in (Role.CREDIT, Role.BYLINE) or bool(_CREDIT_LINE.search(flat))
        hits = sorted((match.start(), match.end(), name)
                      for pattern, name in patterns for match in re.finditer(pattern, flat))
        dateline = _DATELINE_CREDIT.match(flat) if hits and "(" in flat[:80] else None
        if dateline and not names_only_agencies(dateline.group("credit")):
            dateline = None
        for position, end, name in hits:
            if credit_line or dateline and dateline.start("credit") <= position < dateline.end("credit"):
                credited.append(name)
            elif _holds_office(flat, end):
                continue  # "AFP commissioner Reece Kershaw", "AP Chief Minister X": letters of a body with officials
            elif _CITED_AFTER.search(flat[max(0, position - 40):position]) or _CITING.match(flat, end, end + 60):
                cited.append(name)
    ordered = list(dict.fromkeys(credited))
    return tuple(ordered + [name for name in dict.fromkeys(cited) if name not in ordered])


# Newsroom jobs: "an AFP correspondent said" is the agency reporting; any other title after its letters ("AFP
# commissioner", "AP Chief Minister") makes them another body's, one that has officials.
_NEWSROOM_JOBS = frozenset("correspondent reporter journalist photographer editor writer".split())


def _holds_office(flat: str, end: int) -> bool:
    """Whether a title word other than a newsroom job follows an agency's name at ``end``."""
    following = re.match(r"\s+([A-Za-z]+)", flat[end:end + 40])
    word = following.group(1).lower() if following else ""
    return word in TITLE_WORDS and word not in _NEWSROOM_JOBS


_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'-]* (?:(?:of|for|and|the) )?){2,6})\(([A-Z]{2,5})\)")
_CREDIT_LINE = re.compile(
    r"^\s*(?:\(?\s*(?:with\s+)?(?:additional\s+)?reporting\s+by\b|[a-z]{1,4}(?:/[a-z]{1,4})+\s*\(|\(.*\bediting\s+by\b)"
    r"|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story)",
    re.IGNORECASE,
)
# A wire credit in a dateline: the agency in parentheses after the opening place (and date), then a dash:
# "ISTANBUL (Reuters) - ", "NEW YORK, Jan. 5 (AP) -- ", "Kigali, Rwanda (AFP) - ", or the bracket alone.
_DATELINE_CREDIT = re.compile(
    r"\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|\d{1,4}))*){0,2}\s*)?"
    r"\((?P<credit>[^()]{1,60})\)\s*-"
)


# An agency is cited when it is the one who reports: the object of "according to", "told", "citing", "quoted by" ...
# just before it, or the subject of a reporting verb just after it ("Reuters reported", "the Antara news agency
# said", "Xinhua, citing ...").  Describing it ("news agency Anadolu") or naming it in a complement ("accused Anadolu
# of manipulation over its reporting") is not citing it.
_CITED_AFTER = re.compile(
    r"\b(?:according\s+to|told|tells|quoted\s+by|cited\s+by|citing|via|(?:report(?:ed|ing)?|contributed)\s+by|"
    r"interview\s+with|said|says|reported|reports|wrote|tweeted|added)"
    r"\s+(?:(?!(?:that|of|for|over|about)\b)[\w'.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CITING = re.compile(
    r"(?:'s?)?(?:\s+(?:news\s+agency|agency|wire\s+service|newswire|and\s+[A-Z][\w-]*))*(?:\s*,)?"
    r"(?:\s+(?!(?:of|for|over|about|against|in|to|with|that|by|from|at)\b)[\w'-]+){0,3}?\s*,?\s+"
    r"(?:said|says|reported|reports|reporting|quoted|quotes|cited|cites|citing|tweeted|wrote|writes|added|adds|carried|"
    r"published|confirmed|stated|contributed)\b",
    re.IGNORECASE,
)
