"""Sentence -> who said it: speaker, reporting cue, direct or indirect speech, relay chain.

Rule-based and dependency-light.  Each sentence is scanned for reporting cues
("said", "told", "according to", "quoted ... as saying", a dash byline after a
quote); the speaker is the noun phrase the cue governs, cut at clause
punctuation and function words.  Quotes are paired across the sentences of a
document, so a quotation that the segmenter split still gets its speaker.
Earlier sentences resolve surnames, roles ("the ministry") and pronouns.

>>> from diffnews.model import Role, Sentence
>>> def sentence(i, text):
...     return Sentence(f"a{i}", "a", i, 0, len(text), text, text, Role.BODY)
>>> (found,) = attribute_sentences([sentence(1, "Pentagon spokesman John Kirby spoke on Monday."),
...                                 sentence(2, '"We are on track," Kirby said.')])
>>> found.source, found.resolved, found.cue, found.mode.value, found.quote
('Kirby', 'John Kirby', 'said', 'direct', 'We are on track')
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from .model import Attribution, QuoteMode, Role, Sentence
from .names import TITLE_WORDS, canonical_agency
from .quotes import carry_quotes, flatten, looks_like_headline, quote_in, quote_spans
from .cues import (ACCUSING, ACTION_CUES, BARE_CLAUSE, BARE_CLAUSE_VERBS, CHARACTERIZING, CLAIM_AFTER, CLAUSE_AFTER,
                  CLAUSE_VERBS, CONTENTLESS, COUNTED_BEFORE, CUE, CUE_WORDS, DASH_BYLINE, FINDINGS, FINITE_INSIDE,
                  HEADLINE_PASSIVE, NEGATIONS, NOUN_LIKE, PARTICIPLE_TAIL, PRIOR_CUE, QUESTION, RELAY_FRAME,
                  SPEECH_AFTER, STATE_AFTER, TAIL_WORDS, VERBS, VERB_BEFORE_NOUN, find_cues, is_cue)
from .earlier import EarlierText
from .referents import (Speakers, described_name, is_one_person, named_apart, resolve_source,
                        titled_elsewhere, titled_surname)
from .relatives import agent_subject, document_issuer, relative_antecedent, relative_subject, restrictive_antecedent
from .speakers import (DAY_PHRASE, DETERMINERS, LISTENER, PREPOSITIONS, PRONOUNS, STOP, Token, at_clause_start,
                       at_reported_start, bare_pair, clause_subject, conjoined_left, conjoined_right, is_outlet,
                       left_phrase, right_phrase, strip_adverbs, tokenize)

__all__ = ["attribute_sentences"]


class _Found(NamedTuple):
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


def attribute_sentences(
        sentences: Sequence[Sentence], paragraph_starts: Collection[int] = ()) -> tuple[Attribution, ...]:
    """Find who each sentence of one document says its claims come from; ``paragraph_starts`` are the offsets
    where the article's lines start (a quote left open runs on only into a paragraph that opens with a quote)."""
    flats = [flatten(sentence.text) for sentence in sentences]
    quotes = quote_spans(sentences, flats, paragraph_starts)
    earlier = EarlierText(sentences, flats)
    found = [[each for item in _find_in_sentence(flat, spans, role) for each in _each_speaker(item, flat, earlier)]
             for flat, spans, role in zip(flats, quotes, (sentence.role for sentence in sentences))]
    results: list[list[Attribution]] = []
    speakers = Speakers()
    spoke_last = -1  # the sentence that credited the last person speaker
    quoted_share: list[float] = []  # how much of each sentence's last credited claim is quotation
    for index, sentence in enumerate(sentences):
        records, shares = [], []
        for item in found[index]:
            resolved = resolve_source(item.source, earlier, index, speakers, spoke_last=spoke_last)
            quote, share = quote_in(sentence.text, quotes[index], item.content)
            direct = share > 0 and bool(quote)  # any verbatim words of the speaker: a full or partial quotation
            shares.append(share)
            chain = (item.source, item.via, item.chain_inner) if item.chain_inner else (item.relay, item.source) if item.relay else ()
            chain = tuple(canonical_agency(link) or link for link in chain if link)
            cue = sentence.text[item.content[1]] if item.cue == "-" else item.cue  # the dash as written
            records.append(Attribution(sentence.id, item.source, resolved, cue,
                                       QuoteMode.DIRECT if direct else QuoteMode.INDIRECT, quote, chain))
            words = (described_name(item.source) or item.source).split()  # "a tearful Saka" names a person
            first = words[0].lower()
            # "a White House spokesman" named as "Eric Schultz": a role a person holds, so "he" may be them next.
            role = first in DETERMINERS and words[-1].lower() in TITLE_WORDS and resolved != item.source
            person = first in {"he", "she"} \
                or (is_one_person(resolved) and (first not in DETERMINERS | PRONOUNS or role)) \
                or titled_surname(words) or bool(_REFLEXIVE.match(flats[index], item.start + len(item.source))) \
                or len(words) == 1 and resolved == item.source and titled_elsewhere(earlier, resolved)
            if person:
                spoke_last = index
            if item.cue in QUESTION:
                continue  # who asks is seldom who "he" is next: the one asked answers ("asked Trump, ...?" / "He said")
            speakers.add(resolved, person)
        results.append(records)
        quoted_share.append(shares[-1] if shares else 0.0)
    carry_quotes(sentences, quotes, results, quoted_share, paragraph_starts)
    return tuple(record for records in results for record in records)


# "Ince himself said": the reflexive says the speaker is a person.
_REFLEXIVE = re.compile(r"\s+(?:himself|herself)\b")
# An accusation names its object, then its act: "accused the police of ..." ("accused of smuggling" has no object).
_ACCUSED_ACT = re.compile(r"\s+(?!of\b)[^,.;:\"]{1,80}?\bof\b")
# A relative pronoun right before a cue word: "who says" is a verb, never the noun "says".
_WHO_BEFORE = re.compile(r"\bwho\s*$")
# A restrictive "who" right after a speaker: a relative clause on it, which may hold a cue of its own.
_RELATIVE_AFTER = re.compile(r"\s+who\b")


def _find_in_sentence(flat: str, quotes: list[tuple[int, int]], role: Role) -> list[_Found]:
    if role in (Role.BOILERPLATE, Role.CREDIT, Role.BYLINE, Role.DATELINE):
        return []
    tokens = tokenize(flat)
    found: list[_Found] = []
    headline: bool | None = role in (Role.HEADLINE, Role.SUBHEADING) or None  # Title Case is read only when needed
    for match in find_cues(flat):
        cue = match.group()
        if any(start <= match.start() < end for start, end in quotes):
            continue
        if cue[0].isupper() and not cue.lower().startswith("according"):
            headline = looks_like_headline(flat) if headline is None else headline
            if not headline:
                continue
        if cue.lower() in NOUN_LIKE and cue.lower().endswith("s") and VERB_BEFORE_NOUN.search(flat, 0, match.start()):
            headline = looks_like_headline(flat) if headline is None else headline
            if headline:
                continue  # "New Delhi dismisses claims that ...": after a verb, "claims" is its object
        if cue.lower().endswith("ed") and STATE_AFTER.match(flat, match.end()) and COUNTED_BEFORE.search(
                flat, 0, match.start()):
            continue  # "64 Confirmed Dead after ...": a figure with its fate is a toll, not a speaker
        if cue.lower().endswith("ed") and HEADLINE_PASSIVE.match(flat, match.end()):
            if COUNTED_BEFORE.search(flat, 0, match.start()):
                continue  # "storm surges of up to 12 feet reported in Sarasota County": a figure is not a speaker
            headline = looks_like_headline(flat) if headline is None else headline
            if headline:
                continue
        item = _read_cue(flat, tokens, match, quotes)
        # A speaker is read once, unless a relative clause on it holds a cue of its own: "A woman who testified she
        # was 16 said ...": she testified and she said.
        read = [other.start for other in found if not _RELATIVE_AFTER.match(flat, other.start + len(other.source))]
        if item and item.start not in read and not _nested(flat, item, found):
            found.append(item)
    found = _relay_frame(flat, found)
    if not found:
        found = _colon_quotation(flat, quotes)
    byline = DASH_BYLINE.search(flat)
    if byline and not found:
        dash = flat.rfind("-", 0, byline.start(1))
        found.append(_Found(byline.group(1).strip(), flat[dash:dash + 1], byline.start(1), (0, dash)))
    citing = re.search(r",\s*(citing)\s+", flat)
    if citing and len(found) == 1 and not found[0].chain_inner and not found[0].relay:
        # "X reported, citing Y" / "X, citing Y, reported that": Y is the speaker and X relays Y's words
        cited, _ = right_phrase(flat, tokens, citing.end())
        if _is_reason(cited):
            cited = ""  # "the ministry said, citing his health problems": a reason, not a source
        item = found[0]
        end = citing.start() if item.content[0] < citing.start() < item.content[1] else item.content[1]
        if cited:
            found = [_Found(cited, citing.group(1), citing.end(), (item.content[0], end), relay=item.source)]
    return _merge_according(_bound_contents(found))


# After two speakers, words that say they are two: "Harlow and Finch both said", "... said in a joint statement".
_TOGETHER = re.compile(r"\s+(?:(?:have|had|will|would)\s+)?(?:both|each|jointly|together)\b"
                       r"|\s+[a-z]+(?:\s+[a-z]+)?\s+(?:jointly|in\s+a\s+joint)\b")


def _each_speaker(item: _Found, flat: str, earlier: EarlierText) -> list[_Found]:
    """Credit each speaker of a coordinated subject with the claim: "X and Y said" is said by X and by Y; two bare
    words the document never writes apart are one name ("Marks and Spencer said") unless the sentence says they
    are two ("both said", "said in a joint statement")."""
    if not item.speakers:
        return [item]
    (first, start), (last, last_start) = item.speakers[0], item.speakers[-1]
    if item.pair and not named_apart(first, last, earlier) and not _TOGETHER.match(flat, last_start + len(last)):
        return [item._replace(source=flat[start:last_start + len(last)], start=start, speakers=(), pair=False)]
    return [item._replace(source=source, start=start, speakers=(), pair=False) for source, start in item.speakers]


# Words after a subject that are no verb of speech before a colon ("The result was: ...", "His aim has: ...").
_NOT_SPEECH_VERBS = frozenset(
    "is was are were be been has have had do does did will would can could may might should must of in on at for "
    "to with from by about over as and or but".split()
)
# Particles and adverbs a verb of reply takes before its colon: "shot back", "fired back", "lashed out".
_VERB_PARTICLES = frozenset("back out up off again later too".split())


def _colon_quotation(flat: str, quotes: list[tuple[int, int]]) -> list[_Found]:
    """Credit a subject whose verb is no reporting cue when a colon opens a full quotation after it: 'Ryan shot
    back: "They got caught ..."', 'The mayor fired back, in a post on X: "..."' (the quotation ends the sentence)."""
    colon = re.search(r':\s*"(?=[A-Z])', flat)
    opening = colon.end() if colon else -1
    span = next((span for span in quotes if span[0] == opening), None)
    if colon is None or span is None or flat[span[1]:].strip(' ".!?'):
        return []
    for clause in re.finditer(r"[^,:;]+", flat[:colon.start()]):
        words = clause.group().split()
        if words and words[0] in {"But", "And", "Yet", "So", "Then"}:
            words = words[1:]
        size = 0
        if words and words[0] in {"He", "She", "They"}:
            size = 1
        elif words and words[0].lower() == "the":  # "The mayor", "the city's police chief"
            size = next((index + 1 for index in range(1, min(4, len(words))) if words[index].lower() in TITLE_WORDS), 0)
        elif words and words[0][0].isupper() and words[0].lower() not in DETERMINERS | STOP:
            while size < len(words) and words[size][0].isupper():
                size += 1  # a name and its title: "Vice President Biden"
        rest = words[size:]
        if not size or not 1 <= len(rest) <= 2 or not rest[0].isalpha() or not rest[0].islower() \
                or rest[0] in _NOT_SPEECH_VERBS or rest[0] in CUE_WORDS or rest[1:] and rest[1] not in _VERB_PARTICLES:
            continue
        start = clause.start() + clause.group().index(words[0])
        return [_Found(" ".join(words[:size]), " ".join(rest), start, (opening - 1, len(flat)))]
    return []


# Head nouns of a reason given ("citing his health challenges", "citing safety concerns", "citing a lack of funds"):
# general English; what is cited then is no source.
_REASONS = frozenset(
    """reason reasons concern concerns challenge challenges problem problems issue issues difficulty difficulties
    lack need needs risk risks fear fears threat threats pressure pressures ground grounds commitment commitments
    cost costs condition conditions health safety security shortage shortages delay delays failure failures""".split()
)


def _is_reason(phrase: str) -> bool:
    """Whether a phrase after "citing" names a reason, by its head noun: "his health challenges", "a lack of funds"."""
    head = re.split(r"\s+(?:of|in|over|about|with|at|on|for|from|to)\s+", phrase, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _REASONS


def _read_cue(flat: str, tokens: list[Token], match: re.Match[str], quotes: list[tuple[int, int]]) -> _Found | None:
    cue, lower = match.group(), match.group().lower()
    if lower.startswith("according"):
        source, end = right_phrase(flat, tokens, match.end(), according=True)
        if not source:
            return None
        conjuncts, end = conjoined_right(flat, tokens, source, end, according=True)  # "according to X and Y"
        source = conjuncts[0][0] if len(conjuncts) == 1 else source
        before = flat[: match.start()].rstrip(" ,")
        content = (end, len(flat)) if len(before) < 3 else (0, len(before))
        return _Found(source, re.sub(r"\s+", " ", cue), match.start(), content,
                      speakers=tuple(conjuncts) if len(conjuncts) > 1 else (), pair=bare_pair(flat, conjuncts))
    if lower in {"quoted", "cited"}:
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
            return _Found(source, f"{lower} ... as saying", start, (after, len(flat)),
                          relay=canonical_agency(relay) or relay) if source else None
        source, start = left_phrase(flat, tokens, match.start())
        if not source or not inner:
            return None
        return _Found(source, f"{lower} ... as saying", start, (after, len(flat)), inner, via=canonical_agency(via) or via)
    if lower in {"saying", "adding"}:  # "Groups welcomed the decision, saying ...": the clause subject speaks
        prior = PRIOR_CUE.search(flat, 0, match.start())
        if prior:  # "It was too early, Homendy said, saying ...": the one who just spoke goes on
            source, _ = left_phrase(flat, tokens, prior.start())
            start = match.start()
        else:
            source, start = clause_subject(flat, tokens, match.start())
        return _Found(source, cue, start, (_after_object(flat, tokens, match.end(), lower)[0], len(flat))) if source else None
    rest = flat[match.end():]
    if lower in QUESTION and not (re.search(r"\?\s*\"\s*(?:[\w.'-]+\s+){0,4}$", flat[:match.start()])
                                   or re.match(r"\s+(?:[\w.'-]+\s+){0,3}[\w.'-]+,?\s*\"[^\"]*\?\s*\"?\s*$", rest)):
        # "asked not to be named", "asked the court": only a quoted question is reported speech, before the cue
        # or after it and its listener ("asked Mr. Sellers, \"that ...?\"").
        return None
    if lower in ACCUSING and not _ACCUSED_ACT.match(rest):
        return None  # "the accused men": an accusation names its act ("accused the police of ...")
    if lower in {"said", "says", "say"} and CONTENTLESS.match(rest):
        return None  # "said goodbye", "said nothing": a speech act without reported content
    if lower in CHARACTERIZING and not re.match(r"\s+(?!(?:for|on|off|up|in|out|back|to|by)\b)[^,.;:\"]{1,60}?\s(?:as\s+)?\"", rest):
        return None  # "called for talks", "called the police": only a quoted characterization reports speech
    if lower in NOUN_LIKE and re.match(r"\s*(?:of|by|from|and|or|into|for|against|over|about|are|were|is|was|have|had|[,.;:)])\b", flat[match.end():] + " "):
        return None
    before_cue = strip_adverbs(flat[: match.start()])
    if re.search(r"\b(?:was|were|is|are|be|been|being)\s*$", before_cue) or NEGATIONS.search(before_cue):
        return None  # passive ("was reported missing"), negated or infinitive speech is no attribution
    if is_cue(CUE.match(flat, match.end() + 1)) and flat[match.end():match.end() + 1] == " ":
        return None  # "media reports said": the first cue word is part of the speaker
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
    # "X and Y said": each speaks; ``start`` is then where the first begins, which decides the clause it opens.
    conjuncts = conjoined_left(flat, tokens, source, start) if source else []
    if conjuncts:
        source, start = conjuncts[-1][0], conjuncts[0][1]
    pair = bare_pair(flat, conjuncts)  # "Marks and Spencer said", and after the cue below ("said Marks and Spencer")
    if source and lower in NOUN_LIKE and not at_clause_start(flat, start) and not _WHO_BEFORE.search(before_cue):
        return None  # "disputed Republican claims that ...": a noun, not a verb ("a driver who says" is the verb)
    if source and source.split()[0] in VERBS:
        return None  # "said the interactions described": the phrase belongs to another cue
    if source and re.search(r"\bthan\s*$", flat[:start]):
        return None  # "faster than models had predicted": a comparison, not a claim
    if source and lower.endswith("ed") and re.search(r"\b(?i:in|on|at|from|through|under)\s*$", flat[:start]) \
            and re.match(r"\s+(?:on|in|at|by|to|from|via|late|early|last|this|overnight)\b[^,\"]*,", rest):
        return None  # "In a statement posted on its website, X said": a participle in an opening phrase
    content_after = _after_object(flat, tokens, match.end(), lower)
    tail = _is_tail(flat[content_after[1]:])
    prefix = flat[:start].rstrip()
    # A speaker after a closing quote ends a trailing attribution; after a comma it may open the clause instead
    # ("In a post on X, the senator wrote that ..."), so what follows the cue decides.
    trailing = bool(source) and (prefix.endswith('"') or prefix.endswith(",") and tail)
    finding = bool(source) and source.split()[-1].lower() in FINDINGS
    if lower in CLAUSE_VERBS and not (trailing or finding or re.match(r"\s*(?:[\w-]+\s+){0,3}?that\b", rest)):
        return None
    if lower in ACTION_CUES and source and not (trailing or re.match(SPEECH_AFTER, rest)):
        return None
    if source and lower.endswith("ed") and not trailing and PARTICIPLE_TAIL.match(rest) \
            and not re.match(r"[^.;\"]*(?:\bthat\b|[\":])", rest) \
            and (not at_clause_start(flat, start) or FINITE_INSIDE.search(source)):
        return None  # "stems from a coupon program announced this week to ...": a participle after an object
    if source:
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
    else:
        before = flat[: match.start()].rstrip()
        if not before.endswith((",", '"', "-")) or lower in {"told", "tells"}:
            return None
        source, end = right_phrase(flat, tokens, match.end())
        conjuncts, end = conjoined_right(flat, tokens, source, end) if source else ([], end)  # ", said X and Y."
        pair = bare_pair(flat, conjuncts)
        if len(conjuncts) == 1:
            source = conjuncts[0][0]
        if not before.endswith('"') and not re.match(r"\s*(?:[,.;]|in\s+a\s+|on\s+|$)", flat[end:]):
            return None  # an inverted speaker closes its clause: ", said the minister." / ", said X in a statement"
        first = source.split()[0] if source else ""
        named = any(word[0].isupper() or word.lower() in TITLE_WORDS for word in source.split())
        if not first or first.lower() in STOP | PREPOSITIONS or not (first[0].isupper() or first.lower() in DETERMINERS or named) \
                or first.lower() in PRONOUNS or DAY_PHRASE.match(" on " + first) or len(source.split()) == 1 and first.lower() in DETERMINERS:
            return None
        start, content = match.end(), (0, len(before))
    relay = ""
    if lower in {"told", "tells"}:
        listener = flat[match.end():content_after[1]].strip(" ,")
        # A show relays: its network ("told NBC's \"Today\" show": NBC) or, named alone, the show itself.
        show = re.match(r"(.*?)(?:'s)?\s*\"([^\"]+)\"", listener)
        listener = (show.group(1) or show.group(2)) if show else listener[:-2] if listener.endswith("'s") else listener
        if show or is_outlet(listener):
            relay = canonical_agency(listener) or listener
    issuer = document_issuer(source) if flat.startswith(source, start) else 0
    if issuer:  # "A statement from the union said": the union speaks (the phrase's start placed the clause above)
        source, start = source[issuer:], start + issuer
    return _Found(source, cue, start, content, relay=relay, speakers=tuple(conjuncts) if len(conjuncts) > 1 else (),
                  pair=pair)


def _nested(flat: str, item: _Found, found: list[_Found]) -> bool:
    """Whether a cue sits inside an earlier speaker's claim without opening a clause of its own.

    "testified that she had reported cracks" and "claimed responsibility in a statement posted on X"
    report one claim, not two.
    """
    inside = any(other.content[0] <= item.start < other.content[1] and other.start < item.start for other in found)
    return inside and (item.source.lower() in PRONOUNS or not at_reported_start(flat, item.start))


def _relay_frame(flat: str, found: list[_Found]) -> list[_Found]:
    """Credit an outlet that relays the speaker: "In an interview with the BBC, X said", "Contacted by AFP, X confirmed"."""
    frame = RELAY_FRAME.search(flat)
    if not frame or not found:
        return found
    listener = LISTENER.match(flat, frame.end())
    outlet = listener.group().strip() if listener else ""
    if not outlet or not is_outlet(outlet):
        return found
    nearest = min(found, key=lambda item: abs(item.start - frame.start()))
    if nearest.chain_inner or nearest.relay:
        return found
    relayed = nearest._replace(relay=canonical_agency(outlet) or outlet)
    return [relayed if item is nearest else item for item in found]


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


def _bound_contents(found: list[_Found]) -> list[_Found]:
    """End each claim where the next speaker's clause starts: "A claimed victory, B alleged fraud, and C said ..."."""
    bounded = []
    for item in found:
        later = [other.start for other in found if item.content[0] < other.start < item.content[1] and other.start > item.start]
        bounded.append(item._replace(content=(item.content[0], min(later))) if later else item)
    return bounded


def _merge_according(found: list[_Found]) -> list[_Found]:
    """Join "X said Y, according to Z" into one relayed attribution: Z relays X."""
    according = [item for item in found if item.cue.lower().startswith("according")]
    speakers = [item for item in found if not item.cue.lower().startswith("according")]
    if len(according) == 1 and len(speakers) == 1 and speakers[0].start < according[0].start:
        outer, inner = according[0], speakers[0]
        return [_Found(outer.source, outer.cue, outer.start, (inner.content[0], outer.start), inner.source,
                       speakers=outer.speakers, pair=outer.pair)]
    return found
