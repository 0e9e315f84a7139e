"""Relative clauses before a cue: the person a ", who said" or a restrictive "a witness who said" is about; and
other post-modified subjects (a participle with its agent, a document "from X").

Internal to the attribution stage; works on flattened sentence text and its tokens (see ``speakers.tokenize``).
"""

from __future__ import annotations

import re

from .names import TITLE_WORDS
from .speaker_words import AUXILIARY, DETERMINERS, IRREGULAR_PARTICIPLES, PREPOSITIONS, is_verb_modifier
from .speakers import Token, at_clause_start, at_reported_start, left_phrase

__all__ = [
    "PEOPLE_PLURAL", "agent_subject", "document_issuer", "relative_antecedent", "relative_subject", "restrictive_antecedent",
]


# ", who told": a relative pronoun right before a cue, after at most a comma-set age (", 54, who") and with only
# auxiliaries or adverbs between it and the cue ("who has since said", "who later told").
_RELATIVE = re.compile(r",\s*(?:\d{1,3}\s*,\s*)?who((?:\s+[a-z]+){0,3})\s*$")


def relative_antecedent(flat: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """Read the person a relative clause before a cue is about: "cheered for Mayor Ana Ruiz, who told" -> "Mayor
    Ana Ruiz"; ("", position) if no ", who" stands right before the cue.

    >>> from diffnews.speakers import tokenize
    >>> flat = "Rescuers found Tom Reyes, 54, who told reporters"
    >>> relative_antecedent(flat, tokenize(flat), flat.index("told"))
    ('Tom Reyes', 15)
    """
    source, start, chosen = _before_relative(_RELATIVE, flat, tokens, position)
    if not chosen or not chosen[-1][2][0].isupper():
        return source, start  # "the head of the local council, who said": the whole phrase is who
    return _name_after_verb(flat, chosen, source, start)


def _before_relative(pattern: re.Pattern[str], flat: str, tokens: list[Token], position: int,
                     ) -> tuple[str, int, list[Token]]:
    """Read the phrase before a relative pronoun that ``pattern`` finds right before a cue, with its tokens; ("",
    position, []) if none stands there or a word that is no auxiliary or adverb comes between it and the cue."""
    relative = pattern.search(flat, 0, position)
    if relative is None or not all(is_verb_modifier(word) for word in relative.group(1).split()):
        return "", position, []
    source, start = left_phrase(flat, tokens, relative.start())
    return source, start, [token for token in tokens if start <= token[0] and token[1] <= start + len(source)]


def _name_after_verb(flat: str, chosen: list[Token], source: str, start: int) -> tuple[str, int]:
    """Cut a phrase that ends in a name to the name's own phrase: "found Tom Reyes" -> "Tom Reyes"."""
    # Before a name, a preposition ("cheered for council leader Tomas Ellery") or a lowercase word right before a
    # capital ("found Tom Reyes") ends the verb the name follows; a title ("police chief Ana Ruiz"), an article or
    # "of" ("the Duke of York") is part of the name's phrase.
    for index in range(len(chosen) - 1, 0, -1):
        word, after = chosen[index - 1][2], chosen[index][2]
        if word in PREPOSITIONS - {"of"} or (word.islower() and after[0].isupper()
                                             and word not in TITLE_WORDS | DETERMINERS | {"of"}):
            return flat[chosen[index][0]:start + len(source)], chosen[index][0]
    return source, start


# "a witness who said", "a woman identified as Kate who told": a restrictive relative (no comma) right before a cue,
# with only auxiliaries or adverbs between it and the cue.
_RESTRICTIVE = re.compile(r"(?<=[\w.])\s+who((?:\s+[a-z]+){0,3})\s*$")
# A people named in the plural ("American Indians", "Republicans", "Europeans", "Communists", "Democrats"): a group,
# not a person.  Narrower than the endings ``referents.named_apart`` takes, since surnames end in "-ans" or "-is"
# ("Evans", "Davis").
PEOPLE_PLURAL = re.compile(r"(?:ian|ean|can|ist|crat)s$")


def restrictive_antecedent(flat: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """Read the one a restrictive relative before a cue is about: "interviewed a witness who said" -> "a witness";
    ("", position) unless it is a name or an article and a singular noun, governed by no preposition.

    A restrictive relative on a plural or a bare noun picks out a class ("users and analysts who say", "American
    Indians who claimed", "anyone who says"), not a source.

    >>> from diffnews.speakers import tokenize
    >>> flat = "Police interviewed a witness who later said"
    >>> restrictive_antecedent(flat, tokenize(flat), flat.index("said"))
    ('a witness', 19)
    """
    source, start, chosen = _before_relative(_RESTRICTIVE, flat, tokens, position)
    if not chosen:
        return "", position
    if chosen[-1][2][0].isupper():
        if len(chosen) == 1 and not flat[:start].strip(" \"'("):
            return "", position  # "Anyone who says": a first word's capital names no one
        source, start = _name_after_verb(flat, chosen, source, start)
        chosen = [token for token in chosen if token[0] >= start]
    else:
        # "Jurors heard a witness": the article opens the noun phrase; a lowercase head must be singular.
        articles = [index for index, token in enumerate(chosen) if token[2].lower() in {"a", "an", "the"}]
        head = chosen[-1][2]
        if not articles or head.endswith("s") and not head.endswith("ss"):
            return "", position
        chosen = chosen[articles[-1]:]
        start = chosen[0][0]
        source = flat[start:chosen[-1][1]]
    before = [token[2].lower() for token in tokens if token[1] <= start][-1:]
    if len(chosen) > 5 or PEOPLE_PLURAL.search(chosen[-1][2]) or before and before[0] in {"than"}:
        return "", position  # "criticism from a panel who ...": the object of a preposition is no clause's subject
    return source, start


# "The official who spoke to reporters said": a restrictive relative on the subject that runs up to the cue, with at
# least one word that is no auxiliary or adverb (else ``restrictive_antecedent`` reads it), no punctuation and no
# coordinator (in "the man who fled and police said" the cue has a subject of its own).  "whose" ("One passenger
# whose carriage did not derail told") and "whom" ("a man whom police named said") open the same clause.
_SUBJECT_RELATIVE = re.compile(r"(?<=[\w.])\s+(?:who|whose|whom)\s+((?:(?!(?:and|but|or|yet)\b)[a-z0-9][\w'-]*\s+){1,12})$")


def relative_subject(flat: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """Read the subject a restrictive relative clause before a cue is about: "The official who spoke to reporters
    said" -> "The official"; ("", position) unless the subject opens its clause.

    >>> from diffnews.speakers import tokenize
    >>> flat = "The official who spoke to reporters said"
    >>> relative_subject(flat, tokenize(flat), flat.index("said"))
    ('The official', 0)
    """
    relative = _SUBJECT_RELATIVE.search(flat, 0, position)
    if relative is None or all(is_verb_modifier(word) for word in relative.group(1).split()):
        return "", position
    source, start = left_phrase(flat, tokens, relative.start())
    if not source:
        return _those_who(flat, relative)
    if not at_reported_start(flat, start):
        return "", position
    return source, start


# "Those" alone names no one: with its relative clause it is the group that speaks ("Those who survived now say").
_THOSE = re.compile(r"\b[Tt]hose$")


def _those_who(flat: str, relative: re.Match[str]) -> tuple[str, int]:
    """Read "Those who survived" (the pronoun and its clause, without adverbs before the cue) as a subject."""
    those = _THOSE.search(flat, 0, relative.start())
    if those is None or not at_reported_start(flat, those.start()):
        return "", -1
    words = list(re.finditer(r"\S+", relative.group(1)))
    while words and is_verb_modifier(words[-1].group()):
        words.pop()
    if not words:
        return "", -1
    return flat[those.start():relative.start(1) + words[-1].end()], those.start()


# Texts that speak for whoever issued them (general English): "a statement from the union", "a letter by the mayor".
_DOCUMENTS = r"(?:statement|report|letter|memo|memorandum|post|note|release|e-?mail|filing|document|study|survey" \
             r"|complaint|notice|message|tweet|audit|review|analysis|assessment)s?"
_DOCUMENT_FROM = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\w-]+\s+){0,2}?" + _DOCUMENTS
                            + r"\s+(?:from|by)\s+(?=\S)")
_DOCUMENT_HEAD = re.compile(r"(?i:" + _DOCUMENTS + r")$")
# "Leaders accused of corruption by the government": a participle after the subject, with an agent before the cue.
_BE_HAVE = frozenset("is are was were be been being has have had".split())  # "was accused ... by": a clause
# An irregular participle ("Residents taken to hospital by ambulance") counts as a regular "-ed" does.
_AGENT_PARTICIPLE = re.compile(r"(?<=[\w.])\s+([a-z]+ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b"
                               r"[^,.;:\"]{0,60}?\s+by\s+$")


def agent_subject(flat: str, tokens: list[Token], source: str, start: int) -> tuple[str, int]:
    """Read the subject a participle with an agent modifies: "Leaders accused of corruption by the government said"
    -> "Leaders" (the agent does not speak); (source, start) unchanged otherwise.

    >>> from diffnews.speakers import tokenize
    >>> flat = "Tenants evicted by the landlord said"
    >>> agent_subject(flat, tokenize(flat), "the landlord", 19)
    ('Tenants', 0)
    """
    participle = _AGENT_PARTICIPLE.search(flat, 0, start)
    if participle is None or _word_before(flat, participle.start()) in AUXILIARY | _BE_HAVE:
        return source, start
    head, head_start = left_phrase(flat, tokens, participle.start() + 1)
    if not head or _DOCUMENT_HEAD.search(head) or not at_clause_start(flat, head_start):
        return source, start  # "A report released by the ministry said": the document speaks for its author
    return head, head_start


def document_issuer(source: str) -> int:
    """Return where the issuer starts in a document "from X" or "by X", which speaks for X ("A statement from the
    union" -> 17, "the union"); 0 for any other phrase.

    >>> document_issuer("A statement from the union"), document_issuer("A spokesman from the union")
    (17, 0)
    """
    document = _DOCUMENT_FROM.match(source)
    return document.end() if document else 0


def _word_before(flat: str, position: int) -> str:
    words = flat[:position].split()
    return words[-1].lower() if words else ""
