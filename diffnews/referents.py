"""Resolve a speaker to the fullest name the document gives it: surnames, roles, bodies and pronouns.

Internal to the attribution stage.

>>> is_person("Hessamuddin Shams"), is_person("Interior Ministry"), is_person("America's Newsroom")
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Role, Sentence
from .names import ORGANIZATION_HEADS, TITLE_WORDS, canonical_agency
from .speakers import DETERMINERS, LEADING, PRONOUNS, STOP, clause_subject, is_outlet, tokenize

__all__ = ["is_person", "resolve_source"]

# Written abbreviations of title words, so "the senator" finds "Sen. Mark Delaney".
_ABBREVIATED = {
    "senator": "sen.", "governor": "gov.", "representative": "rep.", "general": "gen.", "professor": "prof.",
    "doctor": "dr.", "captain": "capt.", "sergeant": "sgt.", "colonel": "col.", "lieutenant": "lt.", "admiral": "adm.",
    "commander": "cmdr.",
}
# Common nouns for a business, and the suffixes that mark a company name in running text.
_COMPANY_NOUNS = frozenset(
    "company firm carrier airline automaker carmaker retailer lender insurer manufacturer drugmaker conglomerate "
    "startup chain operator developer producer supplier".split()
)
# Needed only for "the company" and the like: compiled on first use (through re's cache), not at import.
_COMPANY_NAME = (
    r"(?:[A-Z][\w'&.-]*\s+){1,3}(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|NV|SE|Group|Holdings|Pharmaceuticals|"
    r"Pharma|Technologies|Systems|Motors|Airlines|Airways|Energy|Industries|Partners|Capital|Labs|Entertainment|Foods|"
    r"Brands|Networks|Communications|Therapeutics|Biosciences|Bancorp|Financial|Enterprises|Electronics)\b\.?"
)


def is_person(name: str) -> bool:
    parts = name.split()
    # A possessive inside the name names something of someone's ("America's Newsroom", "Children's Hospital").
    return (len(parts) >= 2 and all(part[0].isupper() for part in parts)
            and not any(part.endswith(("'s", "\u2019s")) for part in parts[:-1])
            and not any(part.upper() == part and not re.fullmatch(r"[A-Z]\.", part)
                        and not (number == len(parts) - 1 and part in ("II", "III", "IV"))  # "Ellis Grant III"
                        for number, part in enumerate(parts))
            and not any(part in ORGANIZATION_HEADS for part in parts))


def _strip_title(phrase: str) -> str:
    """Return the person name at the end of a phrase such as "Badghis Governor Hessamuddin Shams"."""
    phrase = re.sub(r"'s\b", "", phrase)
    qualified = re.match(r"(.*?[A-Z][\w.'-]*)\s+(?:of|from)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*$", phrase)
    if qualified and _strip_title(qualified.group(1)):  # "Rep. Darrell Issa of California"
        return _strip_title(qualified.group(1))
    words = phrase.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or word.lower().rstrip(".") in TITLE_WORDS:
            break
        tail.insert(0, word)
    if len(tail) == len(words):
        return ""
    stop = words[len(words) - len(tail) - 1].lower().rstrip(".")
    if stop in TITLE_WORDS or (stop.isalpha() and stop not in STOP and stop not in DETERMINERS and stop not in {"of", "for", "in", "at", "from", "with"}):
        return " ".join(tail) if len(tail) >= 2 or stop in TITLE_WORDS else ""
    return ""


# A generational suffix after a surname: "Theodore J. Boutrous Jr." is who "Mr. Boutrous" is.
_SUFFIX = r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b"


def resolve_source(source: str, sentences: Sequence[Sentence], flats: list[str], index: int,
                   speakers: list[tuple[str, bool]], *, spoke_last: int = -1) -> str:
    """Return the fullest earlier name for a source: surname -> full name, role -> body, pronoun -> speaker.

    ``spoke_last`` is the index of the sentence that credited the last person speaker: a person named as the
    subject of a later sentence ("But Justice Antonin Scalia was unconvinced.") is who "he" is in the next.
    """
    lower = source.lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.IGNORECASE)
    upto = index if lower in PRONOUNS else index + 1
    # Sentences joined by a mark no name pattern crosses: "... by the C.I.A." then "Critics said" is no "A. Critics".
    earlier = " | ".join(flat for flat, sentence in zip(flats[:upto], sentences)
                         if sentence.role not in (Role.HEADLINE, Role.SUBHEADING))
    if lower in {"he", "she"}:
        subject = _person_subject(sentences, flats, index) if spoke_last < index - 1 else ""
        spoken = next((name for name, person in reversed(speakers) if person), "")
        return subject or spoken or _last_mention(earlier, person=True) or source
    if lower == "they":
        group = _plural_subject(sentences, flats, index)
        if group:
            return group
    if lower in {"they", "we", "it"}:
        spoken = next((name for name, person in reversed(speakers) if not person), "")
        return spoken or (_last_mention(earlier, person=False) if lower == "it" else "") or source
    agency = canonical_agency(source)
    if agency:
        return agency
    if source[:1].islower() or bare != source:
        # "said a White House spokesman, Eric Schultz.": the name set off after a role is who it is.
        apposed = re.search(re.escape(source) + r",\s+((?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w'-]*[a-z])(?=\s*(?:[,.;]|$))",
                            flats[index])
        if apposed and is_person(apposed.group(1)):
            return apposed.group(1)
    name = _strip_title(bare)
    if name and len(name.split()) >= 2:
        return name
    words = bare.split()
    if len(words) == 2 and (words[0] in {"Mr.", "Mrs.", "Ms.", "Dr."} or name == words[1]):
        words = words[1:]  # "Mr. Sellers", "Justice Kennedy": a title and a surname
    if len(words) == 1 and words[0][0].isupper():
        longer = re.findall(r"((?:[A-Z](?:[\w'-]+|\.)\s+){1,3})" + re.escape(words[0]) + r"\b(" + _SUFFIX + ")?",
                            earlier)
        candidates = [_drop_leading(c.strip() + " " + words[0]) + suffix for c, suffix in longer]
        if bare != source:  # "the Times": a body, named in full earlier ("The New York Times")
            return max(candidates, key=len) if candidates else bare
        spoken = next((name for name, person in reversed(speakers)
                       if person and re.sub(_SUFFIX + "$", "", name).endswith(" " + words[0])), "")
        if spoken:
            return spoken
        if re.search(r"\b" + re.escape(words[0].lower()) + r"\b", earlier):
            return bare  # "Critics": a common word, not a surname
        return _most_named(candidates) or bare
    head = words[-1] if words else ""
    if len(words) <= 2 and head.islower() and (head.capitalize() in ORGANIZATION_HEADS or head in TITLE_WORDS):
        pattern = r"((?:[A-Z][\w'.-]+\s+){1,4})" + re.escape(head.capitalize()) + r"\b"
        if head in TITLE_WORDS:  # "the senator" -> "Sen. Mark Delaney"
            titles = head + "|" + re.escape(_ABBREVIATED[head]) if head in _ABBREVIATED else head
            pattern = r"\b(?i:" + titles + r")\s+((?:[A-Z][\w'-]+\s*){2,3})"
            if len(words) == 2 and words[0].isalpha() and words[0].islower():
                # "the chief justice" -> "Chief Justice Roberts": the whole title, before the name alone
                named = list(re.finditer(r"\b(?i:" + words[0] + r"\s+" + head + r")\s+((?:[A-Z][\w'-]+\s*){1,3})",
                                         earlier))
                if named:  # a surname keeps its title, as "Chief Justice Roberts" resolves itself
                    last = named[-1]
                    return (last.group(1) if len(last.group(1).split()) > 1 else last.group()).strip()
        matches = [_drop_leading(match) for match in re.findall(pattern, earlier)]
        if matches:
            found = matches[-1].strip()
            return found if head in TITLE_WORDS else f"{found} {head.capitalize()}"
    if len(words) <= 2 and head in _COMPANY_NOUNS:
        companies = _companies(earlier)
        if companies:
            return companies[-1]  # "the company" -> the last company named ("Norvale Pharmaceuticals")
    return bare


# A name set off by a company noun: "Harwell Logistics, the freight operator,".
_APPOSED_COMPANY = (r"((?:[A-Z][\w'&.-]*\s+){0,2}[A-Z][\w'&.-]*),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:"
                    + "|".join(sorted(_COMPANY_NOUNS)) + r")(?=\s*[,.;])")


def _companies(earlier: str) -> list[str]:
    """Return the companies the text names, in order: by a company suffix ("Norvale Pharmaceuticals") or an
    apposition ("Harwell Logistics, the freight operator,")."""
    named = [(match.start(), _drop_leading(match.group())) for match in re.finditer(_COMPANY_NAME, earlier)]
    apposed = re.finditer(_APPOSED_COMPANY, earlier)
    named += [(match.start(), _drop_leading(match.group(1))) for match in apposed]
    return [name for _, name in sorted(named)]


def _plural_subject(sentences: Sequence[Sentence], flats: list[str], index: int) -> str:
    """Return the previous sentence's subject when it is a plural noun phrase ("Two U.S. officials"), for "they"."""
    if index == 0 or sentences[index - 1].role is not Role.BODY:
        return ""
    flat = flats[index - 1]
    subject, _ = clause_subject(flat, tokenize(flat), len(flat))
    last = subject.split()[-1] if subject else ""
    if not last or last.lower() in PRONOUNS or not last.islower() or not last.endswith("s") or last.endswith("ss"):
        return ""
    return subject


def _person_subject(sentences: Sequence[Sentence], flats: list[str], index: int) -> str:
    """Return the previous sentence's subject when it names a person ("But Justice Antonin Scalia"), for "he"."""
    if index == 0 or sentences[index - 1].role is not Role.BODY:
        return ""
    match = _SUBJECT_NAME.match(flats[index - 1])
    if match is None:
        return ""
    name = _strip_title(match.group(1)) or _drop_leading(match.group(1))
    return name if is_person(name) else ""


# A sentence that opens with a name, after a title and a conjunction, then a lowercase word: "But Justice
# Antonin Scalia was unconvinced."
_SUBJECT_NAME = re.compile(r"\s*(?:(?:But|And|Yet|Still|So|Then)\s+)?"
                           r"((?:[A-Z][\w.-]*(?:'[A-Z][\w-]*)?\s+){1,4}?[A-Z][\w-]*[a-z])\s+(?=[a-z])")


def _most_named(candidates: list[str]) -> str:
    """Pick the full name most often used for a surname: count the 2- and 3-word name endings of each mention."""
    counts: dict[str, int] = {}
    for candidate in candidates:
        words = (_strip_title(candidate) or candidate).split()
        for size in (2, 3):
            tail = words[-size:]
            if len(tail) == size and is_person(" ".join(tail)) and not any(w.lower().rstrip(".") in TITLE_WORDS for w in tail):
                counts[" ".join(tail)] = counts.get(" ".join(tail), 0) + 1
    if not counts:
        return ""
    return max(counts, key=lambda name: (counts[name], len(name.split())))


def _drop_leading(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and (words[0].lower() in DETERMINERS or words[0].lower() in LEADING or words[0].lower() in STOP):
        words.pop(0)
    return " ".join(words)


def _last_mention(earlier: str, *, person: bool) -> str:
    """Return the last person (or organization) named in the text, for a pronoun with no earlier speaker."""
    runs = [_drop_leading(run) for run in re.findall(r"(?:[A-Z](?:[\w'-]+|\.)\s+){1,4}[A-Z][\w'-]+", earlier)]
    for run in reversed(runs):
        name = _strip_title(run) or run
        if person and is_person(name) and not is_outlet(name):  # "on Fox News' ...": a channel, not a person
            return name
        if not person and (any(word in ORGANIZATION_HEADS for word in run.split()) or run in _companies(run)):
            return run
    return ""
