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

from .model import Attribution, QuoteMode, Role, Sentence
from .names import TITLE_WORDS, canonical_agency
from .quotes import carry_quotes, flatten, looks_like_headline, quote_in, quote_spans
from .cues import (COUNTED_BEFORE, CUE_WORDS, DASH_BYLINE, HEADLINE_PASSIVE, NOUN_LIKE, QUESTION, RELAY_FRAME,
                   STATE_AFTER, VERB_BEFORE_NOUN, find_cues)
from .cue_reader import Found, read_cue
from .earlier import EarlierText
from .referents import (Speakers, described_name, is_one_person, named_apart, resolve_source,
                        titled_elsewhere, titled_surname)
from .speakers import (DETERMINERS, LISTENER, PRONOUNS, STOP, at_reported_start, is_outlet, right_phrase,
                       tokenize)

__all__ = ["attribute_sentences"]



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
# A restrictive "who" right after a speaker: a relative clause on it, which may hold a cue of its own.
_RELATIVE_AFTER = re.compile(r"\s+who\b")


def _find_in_sentence(flat: str, quotes: list[tuple[int, int]], role: Role) -> list[Found]:
    if role in (Role.BOILERPLATE, Role.CREDIT, Role.BYLINE, Role.DATELINE):
        return []
    tokens = tokenize(flat)
    found: list[Found] = []
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
        item = read_cue(flat, tokens, match)
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
        found.append(Found(byline.group(1).strip(), flat[dash:dash + 1], byline.start(1), (0, dash)))
    citing = re.search(r",\s*(citing)\s+", flat)
    if citing and len(found) == 1 and not found[0].chain_inner and not found[0].relay:
        # "X reported, citing Y" / "X, citing Y, reported that": Y is the speaker and X relays Y's words
        cited, _ = right_phrase(flat, tokens, citing.end())
        if _is_reason(cited):
            cited = ""  # "the ministry said, citing his health problems": a reason, not a source
        item = found[0]
        end = citing.start() if item.content[0] < citing.start() < item.content[1] else item.content[1]
        if cited:
            found = [Found(cited, citing.group(1), citing.end(), (item.content[0], end), relay=item.source)]
    return _merge_according(_bound_contents(found))


# After two speakers, words that say they are two: "Harlow and Finch both said", "... said in a joint statement".
_TOGETHER = re.compile(r"\s+(?:(?:have|had|will|would)\s+)?(?:both|each|jointly|together)\b"
                       r"|\s+[a-z]+(?:\s+[a-z]+)?\s+(?:jointly|in\s+a\s+joint)\b")


def _each_speaker(item: Found, flat: str, earlier: EarlierText) -> list[Found]:
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


def _colon_quotation(flat: str, quotes: list[tuple[int, int]]) -> list[Found]:
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
        return [Found(" ".join(words[:size]), " ".join(rest), start, (opening - 1, len(flat)))]
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


def _nested(flat: str, item: Found, found: list[Found]) -> bool:
    """Whether a cue sits inside an earlier speaker's claim without opening a clause of its own.

    "testified that she had reported cracks" and "claimed responsibility in a statement posted on X"
    report one claim, not two.
    """
    inside = any(other.content[0] <= item.start < other.content[1] and other.start < item.start for other in found)
    return inside and (item.source.lower() in PRONOUNS or not at_reported_start(flat, item.start))


def _relay_frame(flat: str, found: list[Found]) -> list[Found]:
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


def _bound_contents(found: list[Found]) -> list[Found]:
    """End each claim where the next speaker's clause starts: "A claimed victory, B alleged fraud, and C said ..."."""
    bounded = []
    for item in found:
        later = [other.start for other in found if item.content[0] < other.start < item.content[1] and other.start > item.start]
        bounded.append(item._replace(content=(item.content[0], min(later))) if later else item)
    return bounded


def _merge_according(found: list[Found]) -> list[Found]:
    """Join "X said Y, according to Z" into one relayed attribution: Z relays X."""
    according = [item for item in found if item.cue.lower().startswith("according")]
    speakers = [item for item in found if not item.cue.lower().startswith("according")]
    if len(according) == 1 and len(speakers) == 1 and speakers[0].start < according[0].start:
        outer, inner = according[0], speakers[0]
        return [Found(outer.source, outer.cue, outer.start, (inner.content[0], outer.start), inner.source,
                       speakers=outer.speakers, pair=outer.pair)]
    return found
