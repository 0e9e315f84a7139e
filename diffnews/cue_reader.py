"""Read the speaker and claim that one reporting cue governs in a flattened sentence.

Internal to the attribution stage: ``attribution`` finds a sentence's cues (``cues.find_cues``) and calls
``read_cue`` on each; the steps below are the cue's shapes ("according to X", "X was quoted by Y as saying",
"..., saying", "X said" / ", said X").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .cues import (ACCUSING, ACTION_CUES, BARE_CLAUSE, BARE_CLAUSE_VERBS, CHARACTERIZING, CLAIM_AFTER, CLAUSE_AFTER,
                   CLAUSE_VERBS, CONTENTLESS, CUE, FINDINGS, FINITE_INSIDE, NEGATIONS, NOUN_LIKE, PARTICIPLE_TAIL,
                   PRIOR_CUE, QUESTION, SPEECH_AFTER, TAIL_WORDS, VERBS, is_cue)
from .names import TITLE_WORDS, canonical_agency
from .relatives import agent_subject, document_issuer, relative_antecedent, relative_subject, restrictive_antecedent
from .speakers import (DAY_PHRASE, DETERMINERS, LISTENER, PREPOSITIONS, PRONOUNS, STOP, Token, at_clause_start,
                       bare_pair, clause_subject, conjoined_left, conjoined_right, is_outlet, left_phrase,
                       right_phrase, strip_adverbs)

__all__ = ["Found", "read_cue"]


class Found(NamedTuple):
    """An attribution found in one sentence before resolution."""

    source: str
    cue: str
    start: int
    """Where the source starts in the flattened sentence."""
    content: tuple[int, int]
    """The part of the sentence that the speaker is credited with."""
    chain_inner: str = ""
    """Whom the source relays ("AFP quoted Shams": Shams)."""
    relay: str = ""
    """Who relays the source ("X told Reuters", "was quoted by Xinhua", "In an interview with the BBC, X")."""
    via: str = ""
    """The outlet between the source and the relayed speaker ("Interfax quoted X as telling Rossiya-24 that")."""
    speakers: tuple[tuple[str, int], ...] = ()
    """Every speaker of a coordinated subject, with its start ("X and Y said": X, Y); empty for one speaker."""
    pair: bool = False
    """Whether ``speakers`` are two bare words beside the cue that may be one name ("Marks and Spencer said",
    "according to Marks and Spencer")."""


# An accusation names its object, then its act: "accused the police of ..." ("accused of smuggling" has no object).
_ACCUSED_ACT = re.compile(r"\s+(?!of\b)[^,.;:\"]{1,80}?\bof\b")
# A relative pronoun right before a cue word: "who says" is a verb, never the noun "says".
_WHO_BEFORE = re.compile(r"\bwho\s*$")

Conjuncts = list[tuple[str, int]]


def read_cue(flat: str, tokens: list[Token], match: re.Match[str]) -> Found | None:
    """Read who a cue credits and with which part of the sentence, or None when the cue reports no speech here."""
    lower = match.group().lower()
    if lower.startswith("according"):
        return _read_according(flat, tokens, match)
    if lower in {"quoted", "cited"}:
        return _read_quoted_as(flat, tokens, match)
    if lower in {"saying", "adding"}:
        return _read_participle(flat, tokens, match)
    if _reports_nothing(flat, match):
        return None
    return _read_verb(flat, tokens, match)


def _read_according(flat: str, tokens: list[Token], match: re.Match[str]) -> Found | None:
    """Read "according to X": X speaks; the claim is the sentence before the phrase, or after it when it opens."""
    source, end = right_phrase(flat, tokens, match.end(), according=True)
    if not source:
        return None
    conjuncts, end = conjoined_right(flat, tokens, source, end, according=True)  # "according to X and Y"
    source = conjuncts[0][0] if len(conjuncts) == 1 else source
    before = flat[: match.start()].rstrip(" ,")
    content = (end, len(flat)) if len(before) < 3 else (0, len(before))
    return Found(source, re.sub(r"\s+", " ", match.group()), match.start(), content,
                 speakers=tuple(conjuncts) if len(conjuncts) > 1 else (), pair=bare_pair(flat, conjuncts))


def _read_quoted_as(flat: str, tokens: list[Token], match: re.Match[str]) -> Found | None:
    """Read "X quoted Y as saying" (X relays Y) and "Y was quoted by X as saying"."""
    lower = match.group().lower()
    saying = re.compile(r"\bas\s+(?:saying|telling)\b").search(flat, match.end())
    assert saying is not None
    inner = flat[match.end():saying.start()].strip(" ,")
    via, after = "", saying.end()
    listener = LISTENER.match(flat, saying.end()) if saying.group().endswith("telling") else None
    if listener and is_outlet(listener.group().strip(" ,")):  # "quoted X as telling Rossiya-24 that": a double relay
        via, after = listener.group().strip(" ,"), listener.end() + len(re.match(r"[\s,]*(?:that\b)?", flat[listener.end():]).group())  # type: ignore[union-attr]
    passive = re.search(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$", flat[:match.start()])
    if passive and inner.startswith("by "):  # "X was quoted by Xinhua as saying": Xinhua relays X
        source, start = left_phrase(flat, tokens, passive.start())
        relay = inner[3:].strip()
        return Found(source, f"{lower} ... as saying", start, (after, len(flat)),
                     relay=canonical_agency(relay) or relay) if source else None
    source, start = left_phrase(flat, tokens, match.start())
    if not source or not inner:
        return None
    return Found(source, f"{lower} ... as saying", start, (after, len(flat)), inner, via=canonical_agency(via) or via)


def _read_participle(flat: str, tokens: list[Token], match: re.Match[str]) -> Found | None:
    """Read "Groups welcomed the decision, saying ...": the clause subject speaks."""
    cue, lower = match.group(), match.group().lower()
    prior = PRIOR_CUE.search(flat, 0, match.start())
    if prior:  # "It was too early, Homendy said, saying ...": the one who just spoke goes on
        source, _ = left_phrase(flat, tokens, prior.start())
        start = match.start()
    else:
        source, start = clause_subject(flat, tokens, match.start())
    return Found(source, cue, start, (_after_object(flat, tokens, match.end(), lower)[0], len(flat))) if source else None


def _reports_nothing(flat: str, match: re.Match[str]) -> bool:
    """Whether the words around a verb cue say it reports no speech, whoever its subject is."""
    lower, rest = match.group().lower(), flat[match.end():]
    if lower in QUESTION and not (re.search(r"\?\s*\"\s*(?:[\w.'-]+\s+){0,4}$", flat[:match.start()])
                                   or re.match(r"\s+(?:[\w.'-]+\s+){0,3}[\w.'-]+,?\s*\"[^\"]*\?\s*\"?\s*$", rest)):
        # "asked not to be named", "asked the court": only a quoted question is reported speech, before the cue
        # or after it and its listener ("asked Mr. Sellers, \"that ...?\"").
        return True
    if lower in ACCUSING and not _ACCUSED_ACT.match(rest):
        return True  # "the accused men": an accusation names its act ("accused the police of ...")
    if lower in {"said", "says", "say"} and CONTENTLESS.match(rest):
        return True  # "said goodbye", "said nothing": a speech act without reported content
    if lower in CHARACTERIZING and not re.match(r"\s+(?!(?:for|on|off|up|in|out|back|to|by)\b)[^,.;:\"]{1,60}?\s(?:as\s+)?\"", rest):
        return True  # "called for talks", "called the police": only a quoted characterization reports speech
    if lower in NOUN_LIKE and re.match(r"\s*(?:of|by|from|and|or|into|for|against|over|about|are|were|is|was|have|had|[,.;:)])\b", flat[match.end():] + " "):
        return True
    before_cue = strip_adverbs(flat[: match.start()])
    if re.search(r"\b(?:was|were|is|are|be|been|being)\s*$", before_cue) or NEGATIONS.search(before_cue):
        return True  # passive ("was reported missing"), negated or infinitive speech is no attribution
    if is_cue(CUE.match(flat, match.end() + 1)) and flat[match.end():match.end() + 1] == " ":
        return True  # "media reports said": the first cue word is part of the speaker
    return False


def _read_verb(flat: str, tokens: list[Token], match: re.Match[str]) -> Found | None:
    """Read a verb cue's speaker, before it ("X said") or inverted after it ('"...," said X'), and its claim."""
    cue, lower = match.group(), match.group().lower()
    source, start = _left_speaker(flat, tokens, match)
    # "X and Y said": each speaks; ``start`` is then where the first begins, which decides the clause it opens.
    conjuncts = conjoined_left(flat, tokens, source, start) if source else []
    if conjuncts:
        source, start = conjuncts[-1][0], conjuncts[0][1]
    pair = bare_pair(flat, conjuncts)  # "Marks and Spencer said", and after the cue below ("said Marks and Spencer")
    if source and _misread_left(flat, match, source, start):
        return None
    content_after = _after_object(flat, tokens, match.end(), lower)
    if source:
        content = _left_content(flat, match, source, start, content_after)
        if content is None:
            return None
    elif lower in CLAUSE_VERBS and not re.match(r"\s*(?:[\w-]+\s+){0,3}?that\b", flat[match.end():]):
        return None  # with no speaker before it, a clause verb still needs its "that"
    else:
        inverted = _read_inverted(flat, tokens, match)
        if inverted is None:
            return None
        source, start, content, conjuncts, pair = inverted
    relay = _told_relay(flat, match, content_after[1])
    issuer = document_issuer(source) if flat.startswith(source, start) else 0
    if issuer:  # "A statement from the union said": the union speaks (the phrase's start placed the clause above)
        source, start = source[issuer:], start + issuer
    return Found(source, cue, start, content, relay=relay, speakers=tuple(conjuncts) if len(conjuncts) > 1 else (),
                 pair=pair)


def _left_speaker(flat: str, tokens: list[Token], match: re.Match[str]) -> tuple[str, int]:
    """Find the subject before a verb cue, through relative clauses and shared subjects; empty when there is none."""
    lower, rest = match.group().lower(), flat[match.end():]
    before_cue = strip_adverbs(flat[: match.start()])
    source, start = left_phrase(flat, tokens, match.start())
    subject = relative_subject(flat, tokens, match.start())
    if subject[0]:  # "The official who spoke to reporters said": the subject speaks, not the relative's object
        source, start = subject
    if source:
        source, start = agent_subject(flat, tokens, source, start)
    if not source and re.search(r"\b(?:and|but)\s*$", before_cue):  # "declined to comment but said": shared subject
        source, start = clause_subject(flat, tokens, match.start())
    if not source:  # "cheered for Mayor Ana Ruiz, who told reporters, \"...\"": the one the clause is about speaks
        source, start = relative_antecedent(flat, tokens, match.start())
    if not source and (re.match(CLAIM_AFTER if lower in {"said", "says", "say"} else CLAUSE_AFTER, rest)
                       or BARE_CLAUSE_VERBS.match(lower) and BARE_CLAUSE.match(rest)):
        # "interviewed a witness who said the car was red": without a comma only a cue that reports a claim counts
        # ("the researcher who wrote the report" wrote a thing); said/says takes one bare, the others with "that"
        # or a quotation ("a woman identified as Kate who told jurors that ..."), or a bare clause with a finite verb
        # after a verb of saying or thinking ("a neighbor who claims the fire began").
        source, start = restrictive_antecedent(flat, tokens, match.start())
    return source, start


def _misread_left(flat: str, match: re.Match[str], source: str, start: int) -> bool:
    """Whether the phrase before a cue is no speaker of it: a noun use, another cue's phrase, a comparison."""
    lower, rest = match.group().lower(), flat[match.end():]
    before_cue = strip_adverbs(flat[: match.start()])
    if lower in NOUN_LIKE and not at_clause_start(flat, start) and not _WHO_BEFORE.search(before_cue):
        return True  # "disputed Republican claims that ...": a noun, not a verb ("a driver who says" is the verb)
    if source.split()[0] in VERBS:
        return True  # "said the interactions described": the phrase belongs to another cue
    if source.split()[0].lower() in {"including", "excluding", "among", "besides", "plus"}:
        return True  # "including fatalities reported in Syria": a participle on a listed item, not its speaker
    if re.search(r"\bthan\s*$", flat[:start]):
        return True  # "faster than models had predicted": a comparison, not a claim
    if lower.endswith("ed") and re.search(r"\b(?i:in|on|at|from|through|under)\s*$", flat[:start]) \
            and re.match(r"\s+(?:on|in|at|by|to|from|via|late|early|last|this|overnight)\b[^,\"]*,", rest):
        return True  # "In a statement posted on its website, X said": a participle in an opening phrase
    return False


def _left_content(flat: str, match: re.Match[str], source: str, start: int,
                  content_after: tuple[int, int]) -> tuple[int, int] | None:
    """Return what a speaker before its cue is credited with, or None when the cue reports no claim."""
    lower, rest = match.group().lower(), flat[match.end():]
    tail = _is_tail(flat[content_after[1]:])
    prefix = flat[:start].rstrip()
    # A speaker after a closing quote ends a trailing attribution; after a comma it may open the clause instead
    # ("In a post on X, the senator wrote that ..."), so what follows the cue decides.
    trailing = prefix.endswith('"') or prefix.endswith(",") and tail
    finding = source.split()[-1].lower() in FINDINGS
    if lower in CLAUSE_VERBS and not (trailing or finding or re.match(r"\s*(?:[\w-]+\s+){0,3}?that\b", rest)):
        return None
    if lower in ACTION_CUES and not (trailing or re.match(SPEECH_AFTER, rest)):
        return None
    if lower.endswith("ed") and not trailing and PARTICIPLE_TAIL.match(rest) \
            and not re.match(r"[^.;\"]*(?:\bthat\b|[\":])", rest) \
            and (not at_clause_start(flat, start) or FINITE_INSIDE.search(source)):
        return None  # "stems from a coupon program announced this week to ...": a participle after an object
    # A short comma-set phrase opens the clause ("Later, X said ..."); a short quotation closed by its own
    # punctuation is still what was said ('"Not now," the mayor said.'; not a title: '"Today" show host X asked').
    if trailing and (len(prefix) > 12 or re.search(r"[,.!?]\s*\"$", prefix)):
        content = (0, len(prefix.rstrip(',"')) + 1)
        # A split quote reopens after a comma ('"We are ready," he said, "but not now."'); a quoted title
        # after the listener does not ('told NBC's "Today" show').
        if prefix.endswith('"') and re.match(r'\s*[,:]\s*"', flat[content_after[1]:]):
            content = (0, len(flat))
    else:
        content = (content_after[0], len(flat))
        if not flat[content[0]:].strip(" .,;:!?-"):
            return None  # "several injuries reported": a cue with nothing after it and no claim before it
    opening = re.match(r'\s*"[^"]+[,!?]"', flat)
    if opening and opening.end() <= start and re.match(r'[^"]{0,80}?,\s*"', flat[match.end():]):
        content = (0, len(flat))  # '"We stay," the mayor, X, told the BBC by phone, "and we fight."'
    return content


def _read_inverted(flat: str, tokens: list[Token],
                   match: re.Match[str]) -> tuple[str, int, tuple[int, int], Conjuncts, bool] | None:
    """Read a speaker after its cue (', said the minister.'): source, start, claim, conjuncts and pair."""
    lower = match.group().lower()
    before = flat[: match.start()].rstrip()
    if not before.endswith((",", '"', "-")) or lower in {"told", "tells"}:
        return None
    source, end = right_phrase(flat, tokens, match.end())
    conjuncts, end = conjoined_right(flat, tokens, source, end) if source else ([], end)  # ", said X and Y."
    pair = bare_pair(flat, conjuncts)
    if len(conjuncts) == 1:
        source = conjuncts[0][0]
    if not before.endswith('"') and not re.match(r"\s*(?:[,.;]|in\s+a\s+|on\s+|who\s+|$)", flat[end:]):
        # An inverted speaker closes its clause: ", said the minister." / ", said X in a statement", or takes a
        # restrictive relative (", said a rebel who claims responsibility for the attack.").
        return None
    first = source.split()[0] if source else ""
    named = any(word[0].isupper() or word.lower() in TITLE_WORDS for word in source.split())
    if not first or first.lower() in STOP | PREPOSITIONS or not (first[0].isupper() or first.lower() in DETERMINERS or named) \
            or first.lower() in PRONOUNS or DAY_PHRASE.match(" on " + first) or len(source.split()) == 1 and first.lower() in DETERMINERS:
        return None
    return source, match.end(), (0, len(before)), conjuncts, pair


def _told_relay(flat: str, match: re.Match[str], listener_end: int) -> str:
    """Return the outlet a speaker "told" ("told Reuters", "told NBC's \"Today\" show": NBC), or ""."""
    if match.group().lower() not in {"told", "tells"}:
        return ""
    listener = flat[match.end():listener_end].strip(" ,")
    # A show relays: its network ("told NBC's \"Today\" show": NBC) or, named alone, the show itself.
    show = re.match(r"(.*?)(?:'s)?\s*\"([^\"]+)\"", listener)
    listener = (show.group(1) or show.group(2)) if show else listener[:-2] if listener.endswith("'s") else listener
    if show or is_outlet(listener):
        return canonical_agency(listener) or listener
    return ""


def _is_tail(rest: str) -> bool:
    """Whether what follows a cue ends a trailing attribution: nothing, a time or channel phrase, or more quotation."""
    if re.match(r"\s*,?\s*\"\s*[A-Z]", rest):
        # A quoted sentence, after a comma or not, opens what was said: 'Addressing the media, X said, "It was ...',
        # 'As she walked out, she said "God is good."'
        return False
    if re.match(r"\s*,", rest):
        return True  # a comma-set phrase: '"...," X told lawmakers, pointing to ...'
    if re.match(r"\s*:", rest):
        return False  # a colon opens what was said: 'In a statement, X said: "I have ..."'
    rest = rest.strip(" ,")
    if not rest or rest[0] in ".;!?\"":
        return True
    first = rest.split()[0].lower()
    return first in TAIL_WORDS and len(rest.split()) <= 12 and not re.search(r"\bthat\b|\"", rest)


def _after_object(flat: str, tokens: list[Token], position: int, cue: str) -> tuple[int, int]:
    """Return where the reported content starts after a cue, and where a "told" listener ends."""
    rest = flat[position:]
    if cue in {"told", "tells"}:
        listener = LISTENER.match(rest)
        end = position + (listener.end() if listener else 0)
        return end + len(re.match(r"[\s,:]*(?:that\b)?\s*", flat[end:]).group()), end  # type: ignore[union-attr]
    # "said in a statement: \"...\"": a channel phrase closed by a colon comes before the content.
    lead = re.match(r"[\s,:]*(?:(?:in|on|at|via|during|through|with)\s[^:\".;]{1,50}:\s*)?"
                    r"(?:on\s+\w+(?:\s+\d+)?\s*)?(?:that\b)?\s*", rest)
    return position + (lead.end() if lead else 0), position
