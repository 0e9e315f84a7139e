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
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Attribution, QuoteMode, Role, Sentence
from .names import AGENCY_PATTERNS, ORGANIZATION_HEADS, TITLE_WORDS, canonical_agency

__all__ = ["attribute_sentences", "find_agencies"]

# One character in, one character out, so offsets into the flattened text index Sentence.text too.
_FLATTEN = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u2009\u202f",
    "''''''\"\"\"\"\"\"\"-------   ",
)
_OPENING_CURLY = "\u201c\u201e\u00ab"
_CLOSING_CURLY = "\u201d\u00bb"

_VERBS = (
    "said says say told tells tell claimed claims claim stated states added adds announced announces "
    "reported reports vowed vows warned warns urged urges insisted insists denied denies confirmed confirms "
    "noted notes explained explains argued argues stressed stresses acknowledged acknowledges admitted admits "
    "alleged alleges asserted asserts declared declares wrote writes tweeted posted concluded estimated "
    "predicted promised promises pledged pledges threatened replied responded countered recalled disclosed "
    "revealed suggested suggests maintained contended complained cautioned emphasized emphasised "
    "underscored underlined indicated observed commented remarked conceded testified"
).split()
# Present-tense forms that are also plural nouns ("Taliban claims of victory").
_NOUN_LIKE = frozenset("claims reports notes states vows warns urges denies insists says promises pledges claim".split())
_CUE = re.compile(
    r"\b(?:according\s+to|(?:quoted|cited)\b(?=[^.;\"]{1,80}?\bas\s+saying\b)|" + "|".join(_VERBS) + r")\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Gov|Sgt|Capt|Maj|Prof|Adm|Cmdr|Jr|Sr|St)\.|(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|"
    r"\w+(?:['/&.-]\w+)*(?:')?|[^\w\s]"
)
_AUXILIARY = frozenset(
    "has have had also previously later earlier again repeatedly publicly privately initially recently "
    "separately further then once reportedly allegedly already just will would could might may can should must "
    "shall".split()
)
_STOP = frozenset(
    """and but or nor that which who whom whose while as because since when where if than so although though
    after before until unless whether was were is are be been being will would can could may might should must
    do does did not no its to there here this these those what how why then also yet once by via
    """.split()
)
_LEADING = frozenset("but and yet so however meanwhile other also earlier later then still now instead separately moreover".split())
_DETERMINERS = frozenset("the a an some several many two three four few his her their its our".split())
_PRONOUNS = frozenset("he she they it we i".split())
_RIGHT_STOP = frozenset(
    "in on at during after before while when who which adding that told to late early last this on said".split()
)
_NEGATIONS = re.compile(r"(?:\bnot|\bnever|n't|\bto|\bdid|\bdoes|\bdo|-)\s*$", re.IGNORECASE)
_CLAUSE_OPENERS = frozenset("and but while as that because although though since when where so yet whereas".split())
_PREPOSITIONS = frozenset("of in for at from with on about by over against to".split())
_ED_ADJECTIVES = frozenset("unnamed unidentified armed concerned retired elected appointed based related displaced injured wounded detained".split())
_DAY_PHRASE = re.compile(
    r"\s*(?:on|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|week|night|morning)\s*$"
)
_LISTENER = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'./&-]*|of)(?:\s+|(?=[,.;:\"]|$)))*[A-Z][\w'./&-]*(?<![.])"
    r"(?:\s+(?:news\s+agency|newspaper|television|radio|channel|broadcaster|website))?"
    r"|\s*(?:(?:the|a|an|local|foreign)\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+(?:that|in|on|at|during|after|when|by|he|she|they|it|the)\b|[,.;:\"]|$)"
)
_DASH_BYLINE = re.compile(r"\"\s*-{1,2}\s*([A-Z][^\"]{1,80}?)\s*\.?$")
_OUTLET_WORDS = re.compile(r"\b(?:Radio|Television|TV|News|newspaper|broadcaster|Times|Post|Journal|agency|media|Press)\b")


@dataclass(frozen=True, slots=True)
class _Found:
    """An attribution found in one sentence before resolution."""

    source: str
    cue: str
    start: int
    """Where the source starts in the flattened sentence."""
    content: tuple[int, int]
    """The part of the sentence that the speaker is credited with."""
    chain_inner: str = ""


def attribute_sentences(sentences: Sequence[Sentence]) -> tuple[Attribution, ...]:
    """Find who each sentence of one document says its claims come from."""
    flats = [sentence.text.translate(_FLATTEN) for sentence in sentences]
    quotes = _quote_spans(sentences, flats)
    found = [_find_in_sentence(flat, spans, sentence.role) for flat, spans, sentence in zip(flats, quotes, sentences)]
    results: list[list[Attribution]] = []
    speakers: list[tuple[str, bool]] = []
    for index, sentence in enumerate(sentences):
        records = []
        for item in found[index]:
            resolved = _resolve(item.source, sentences, flats, index, speakers)
            quote, direct = _quote_in(sentence.text, quotes[index], item.content)
            chain = (item.source, item.chain_inner) if item.chain_inner else ()
            if item.chain_inner and item.cue.lower() in {"told", "tells"}:
                chain = (item.chain_inner, item.source)
            chain = tuple(canonical_agency(link) or link for link in chain)
            cue = sentence.text[item.content[1]] if item.cue == "-" else item.cue  # the dash as written
            records.append(Attribution(sentence.id, item.source, resolved, cue,
                                       QuoteMode.DIRECT if direct else QuoteMode.INDIRECT, quote, chain))
            first = item.source.split()[0].lower()
            person = first in {"he", "she"} or (_is_person(resolved) and first not in _DETERMINERS | _PRONOUNS)
            speakers.append((resolved, person))
        results.append(records)
    _carry_quotes(sentences, quotes, results)
    return tuple(record for records in results for record in records)


def _find_in_sentence(flat: str, quotes: list[tuple[int, int]], role: Role) -> list[_Found]:
    if role in (Role.BOILERPLATE, Role.CREDIT, Role.BYLINE, Role.DATELINE):
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(flat)]
    found: list[_Found] = []
    headline = role in (Role.HEADLINE, Role.SUBHEADING)
    for match in _CUE.finditer(flat):
        cue = match.group()
        if any(start <= match.start() < end for start, end in quotes):
            continue
        if cue[0].isupper() and not headline and not cue.lower().startswith("according"):
            continue
        item = _read_cue(flat, tokens, match, quotes)
        if item and not any(item.start == other.start for other in found):
            found.append(item)
    byline = _DASH_BYLINE.search(flat)
    if byline and not found:
        dash = flat.rfind("-", 0, byline.start(1))
        found.append(_Found(byline.group(1).strip(), flat[dash:dash + 1], byline.start(1), (0, dash)))
    citing = re.search(r",\s*citing\s+", flat)
    if citing and len(found) == 1 and not found[0].chain_inner:
        cited, _ = _right_phrase(flat, tokens, citing.end())
        item = found[0]
        found = [_Found(item.source, item.cue, item.start, (item.content[0], min(item.content[1], citing.start())), cited)]
    return _merge_according(found)


def _read_cue(flat: str, tokens: list[tuple[int, int, str]], match: re.Match[str], quotes: list[tuple[int, int]]) -> _Found | None:
    cue, lower = match.group(), match.group().lower()
    if lower.startswith("according"):
        source, end = _right_phrase(flat, tokens, match.end(), according=True)
        if not source:
            return None
        before = flat[: match.start()].rstrip(" ,")
        content = (end, len(flat)) if len(before) < 3 else (0, len(before))
        return _Found(source, re.sub(r"\s+", " ", cue), match.start(), content)
    if lower in {"quoted", "cited"}:
        saying = re.compile(r"\bas\s+saying\b").search(flat, match.end())
        assert saying is not None
        inner = flat[match.end():saying.start()].strip(" ,")
        source, start = _left_phrase(flat, tokens, match.start())
        if not source or not inner:
            return None
        return _Found(source, f"{lower} ... as saying", start, (saying.end(), len(flat)), inner)
    if lower in _NOUN_LIKE and re.match(r"\s*(?:of|by|from|and|or|into|for|against|over|about|are|were|is|was|have|had|[,.;:)])\b", flat[match.end():] + " "):
        return None
    before_cue = _strip_adverbs(flat[: match.start()])
    if re.search(r"\b(?:was|were|is|are|be|been|being)\s*$", before_cue) or _NEGATIONS.search(before_cue):
        return None  # passive ("was reported missing"), negated or infinitive speech is no attribution
    if _CUE.match(flat, match.end() + 1) and flat[match.end():match.end() + 1] == " ":
        return None  # "media reports said": the first cue word is part of the speaker
    source, start = _left_phrase(flat, tokens, match.start())
    if source and lower in _NOUN_LIKE and not _at_clause_start(flat, start):
        return None  # "disputed Republican claims that ...": a noun, not a verb
    content_after = _after_object(flat, tokens, match.end(), lower)
    if source:
        prefix = flat[:start].rstrip()
        if prefix.endswith((",", '"')) and len(prefix) > 12:
            content = (0, len(prefix.rstrip(',"')) + 1)
        else:
            content = (content_after[0], len(flat))
    else:
        before = flat[: match.start()].rstrip()
        if not before.endswith((",", '"', "-")) or lower in {"told", "tells"}:
            return None
        source, end = _right_phrase(flat, tokens, match.end())
        if not before.endswith('"') and not re.match(r"\s*(?:[,.;]|in\s+a\s+|on\s+|$)", flat[end:]):
            return None  # an inverted speaker closes its clause: ", said the minister." / ", said X in a statement"
        first = source.split()[0] if source else ""
        named = any(word[0].isupper() or word.lower() in TITLE_WORDS for word in source.split())
        if not first or first.lower() in _STOP | _PREPOSITIONS or not (first[0].isupper() or first.lower() in _DETERMINERS or named) \
                or first.lower() in _PRONOUNS or _DAY_PHRASE.match(" on " + first) or len(source.split()) == 1 and first.lower() in _DETERMINERS:
            return None
        start, content = match.end(), (0, len(before))
    inner = ""
    if lower in {"told", "tells"}:
        listener = flat[match.end():content_after[1]].strip(" ,")
        if _is_outlet(listener):
            inner = canonical_agency(listener) or listener
    return _Found(source, cue, start, content, inner)


def _left_phrase(flat: str, tokens: list[tuple[int, int, str]], position: int) -> tuple[str, int]:
    """Read the speaker leftwards from a cue: skip auxiliaries, then take the noun phrase."""
    left = flat[:position]
    while True:
        day = _DAY_PHRASE.search(left)
        if day:
            left = left[: day.start()]
        words = left.rstrip().rsplit(" ", 1)
        if words and (words[-1].lower() in _AUXILIARY or _is_adverb(words[-1])) and left.strip():
            left = left.rstrip()[: -len(words[-1])]
            continue
        break
    left = left.rstrip()
    if left.endswith(","):
        return _appositive_subject(left, tokens) or ("", position)
    chosen: list[tuple[int, int, str]] = []
    for token in reversed([t for t in tokens if t[1] <= len(left)]):
        text = token[2]
        low = text.lower()
        if not (text[0].isalnum() or text == "&") or low in _STOP and not (low == "to" and chosen and _prev_word(tokens, token) == "close"):
            break
        if text[0].islower() and low.endswith("ed") and low not in _ED_ADJECTIVES:
            # "people briefed on the matter": a participle between a noun and a preposition stays
            if not (chosen and chosen[0][2] in _PREPOSITIONS and _prev_word(tokens, token) not in _STOP | _DETERMINERS | {""}):
                break
        chosen.insert(0, token)
        if len(chosen) >= 12:
            break
    while chosen and (chosen[0][2].lower() in _LEADING or chosen[0][2].lower() in {"of", "in", "for", "at", "from", "with", "on"}):
        chosen.pop(0)
    if not chosen or all(t[2].lower() in _DETERMINERS for t in chosen) or chosen[-1][2].lower() in _DETERMINERS | _PREPOSITIONS:
        return "", position
    if len(chosen) > 1 and chosen[-1][2].lower() in _PRONOUNS | {"who"}:
        chosen = chosen[-1:]
    if len(chosen) == 1 and chosen[0][2] == "I":
        return "", position  # a first-person speaker outside quotes is a transcript, not a source
    start = chosen[0][0]
    return flat[start:chosen[-1][1]], start


def _appositive_subject(left: str, tokens: list[tuple[int, int, str]]) -> tuple[str, int] | None:
    """Find the subject before comma-set appositions: "Samir Haddad, a shopkeeper, told" or "the minister, Carlos Mendes, said"."""
    boundary = max(left.rfind('"', 0, len(left) - 1), left.rfind(";"), left.rfind(":"))
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", left[boundary + 1:])]
    chunks = [(start + boundary + 1, text) for start, text in chunks if text.strip()]
    if len(chunks) < 2:
        return None
    last_start, last = chunks[-1]
    named = last.strip()
    # "Brazil's foreign minister, Carlos Mendes, said": the last chunk is the name itself
    if re.fullmatch(r"(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*", named) and chunks[-2][1].strip()[:1].isalpha():
        if any(word.lower().rstrip(".") in TITLE_WORDS for word in chunks[-2][1].split()) or chunks[-2][1].strip()[0].islower():
            return named, last_start + last.index(named)
    for index, (start, text) in enumerate(chunks[:-1]):
        rest = [chunk.strip() for _, chunk in chunks[index + 1:]]
        if all(re.match(r"(?:[a-z]|[A-Z]-[A-Z][\w.]*|[A-Z]{1,2}\.?-)", chunk) for chunk in rest[:1]):
            words = text.split()
            while words and words[0].lower() in _LEADING:
                words.pop(0)
            subject = " ".join(words)
            if subject and subject[0].isupper() and len(words) <= 8 and not any(w.lower() in _STOP for w in words):
                return subject, start + text.index(words[0])
            if subject and len(words) <= 5 and not any(w.lower() in _STOP | _PREPOSITIONS for w in words) and index == 0:
                return subject, start + text.index(words[0])
    return None


def _strip_adverbs(text: str) -> str:
    text = text.rstrip()
    while True:
        words = text.rsplit(" ", 1)
        if len(words) == 2 and (_is_adverb(words[1]) or words[1].lower() in {"also", "later", "then", "again"}):
            text = words[0].rstrip()
            continue
        return text


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in {"family", "assembly", "rally", "supply", "monopoly", "italy"}


def _at_clause_start(flat: str, start: int) -> bool:
    before = flat[:start].rstrip()
    if not before or before.endswith((",", '"', ";", ":", "(", "-")):
        return True
    return before.rsplit(" ", 1)[-1].lower() in _CLAUSE_OPENERS


def _prev_word(tokens: list[tuple[int, int, str]], token: tuple[int, int, str]) -> str:
    index = tokens.index(token)
    return tokens[index - 1][2].lower() if index else ""


def _right_phrase(flat: str, tokens: list[tuple[int, int, str]], position: int, *, according: bool = False) -> tuple[str, int]:
    """Read a speaker rightwards from a cue ("said Shams", "according to state media")."""
    chosen: list[tuple[int, int, str]] = []
    for token in (t for t in tokens if t[0] >= position):
        text, low = token[2], token[2].lower()
        if not (text[0].isalnum() or text == "&"):
            if text == "-" and chosen and flat[token[0] - 1:token[0]] != " ":
                continue
            break
        if chosen and (low in _RIGHT_STOP or low in _STOP and low != "to") and not (according and low in {"to", "on"}):
            if not (low in {"to", "with"} and chosen[-1][2].lower() in {"close", "familiar"}):
                break
        if chosen and low in {"said", "says", "told"}:
            break
        chosen.append(token)
        if len(chosen) >= 10:
            break
    if not chosen:
        return "", position
    return flat[chosen[0][0]:chosen[-1][1]], chosen[-1][1]


def _after_object(flat: str, tokens: list[tuple[int, int, str]], position: int, cue: str) -> tuple[int, int]:
    """Return where the reported content starts after a cue, and where a "told" listener ends."""
    rest = flat[position:]
    if cue in {"told", "tells"}:
        listener = _LISTENER.match(rest)
        end = position + (listener.end() if listener else 0)
        return end + len(re.match(r"[\s,:]*(?:that\b)?\s*", flat[end:]).group()), end  # type: ignore[union-attr]
    lead = re.match(r"[\s,:]*(?:on\s+\w+(?:\s+\d+)?\s*)?(?:that\b)?\s*", rest)
    return position + (lead.end() if lead else 0), position


def _merge_according(found: list[_Found]) -> list[_Found]:
    """Join "X said Y, according to Z" into one relayed attribution: Z relays X."""
    according = [item for item in found if item.cue.lower().startswith("according")]
    speakers = [item for item in found if not item.cue.lower().startswith("according")]
    if len(according) == 1 and len(speakers) == 1 and speakers[0].start < according[0].start:
        outer, inner = according[0], speakers[0]
        return [_Found(outer.source, outer.cue, outer.start, (inner.content[0], outer.start), inner.source)]
    return found


def _quote_spans(sentences: Sequence[Sentence], flats: list[str]) -> list[list[tuple[int, int]]]:
    """Pair double quotes across the document; a quote may open in one sentence and close in a later one."""
    spans: list[list[tuple[int, int]]] = []
    inside, carried = False, 0
    for sentence, flat in zip(sentences, flats):
        own: list[tuple[int, int]] = []
        opened = 0 if inside else None
        for position, char in enumerate(flat):
            if char != '"':
                continue
            original = sentence.text[position]
            before = flat[position - 1] if position else " "
            after = flat[position + 1] if position + 1 < len(flat) else " "
            opening = original in _OPENING_CURLY or (original == '"' and before in " ([-" and after not in " ,.;:")
            closing = original in _CLOSING_CURLY or (original == '"' and after in " ,.;:!?)-" and before != " ")
            if inside and (closing or not opening):
                own.append((opened or 0, position))
                inside, opened = False, None
            elif not inside and (opening or not closing):
                inside, opened = True, position + 1
            elif opening and inside:
                opened = position + 1  # an unclosed quote reopened: the new paragraph convention
        if inside:
            own.append((opened or 0, len(flat)))
            carried += 1
            if carried > 3 or sentence.role is not Role.BODY:
                inside, carried = False, 0
        else:
            carried = 0
        spans.append(own)
    return spans


def _quote_in(text: str, quotes: list[tuple[int, int]], content: tuple[int, int]) -> tuple[str, bool]:
    """Return the quoted words inside the content and whether they make up nearly all of it."""
    parts = [(max(s, content[0]), min(e, content[1])) for s, e in quotes if s < content[1] and e > content[0]]
    parts = [(s, e) for s, e in parts if e > s]
    if not parts:
        return "", False
    quoted = sum(len(re.findall(r"\w", text[s:e])) for s, e in parts)
    total = len(re.findall(r"\w", text[content[0]:content[1]]))
    words = [re.sub(r"\s+", " ", text[s:e]).strip().rstrip(",;:").strip() for s, e in parts]
    return " ... ".join(word for word in words if word), quoted >= 0.8 * max(total, 1)


def _carry_quotes(sentences: Sequence[Sentence], quotes: list[list[tuple[int, int]]], results: list[list[Attribution]]) -> None:
    """Give a quote-only sentence the speaker of the quotation it belongs to."""
    for index, sentence in enumerate(sentences):
        if results[index] or not quotes[index]:
            continue
        quote, direct = _quote_in(sentence.text, quotes[index], (0, len(sentence.text)))
        if not direct:
            continue
        donor = None
        for step in (1, 2, 3):  # forward: the quotation closes later with its attribution
            later = index + step
            if later >= len(sentences) or not quotes[later] or quotes[later - 1][-1][1] < len(sentences[later - 1].text) - 2:
                break
            if quotes[later][0][0] == 0 and results[later]:
                donor = results[later][0]
                break
        if donor is None and index and results[index - 1] and results[index - 1][-1].mode is QuoteMode.DIRECT:
            donor = results[index - 1][-1]  # backward: the quote goes on after "said Shams."
        if donor is not None:
            results[index].append(Attribution(sentence.id, donor.source, donor.resolved, donor.cue, QuoteMode.DIRECT, quote, donor.chain))


def _is_outlet(listener: str) -> bool:
    if canonical_agency(listener):
        return True
    bare = listener.removeprefix("the ").strip()
    return bool(_OUTLET_WORDS.search(bare)) or bool(re.fullmatch(r"[A-Z]{2,5}(?:/[A-Z]{2,5})?(?:'s\b.*)?", bare))


def _is_person(name: str) -> bool:
    parts = name.split()
    return (len(parts) >= 2 and all(part[0].isupper() for part in parts)
            and not any(part.upper() == part and not re.fullmatch(r"[A-Z]\.", part) for part in parts)
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
    if stop in TITLE_WORDS or (stop.isalpha() and stop not in _STOP and stop not in _DETERMINERS and stop not in {"of", "for", "in", "at", "from", "with"}):
        return " ".join(tail) if len(tail) >= 2 or stop in TITLE_WORDS else ""
    return ""


def _resolve(source: str, sentences: Sequence[Sentence], flats: list[str], index: int, speakers: list[tuple[str, bool]]) -> str:
    """Return the fullest earlier name for a source: surname -> full name, role -> body, pronoun -> speaker."""
    lower = source.lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.IGNORECASE)
    upto = index if lower in _PRONOUNS else index + 1
    earlier = " \n ".join(flat for flat, sentence in zip(flats[:upto], sentences) if sentence.role not in (Role.HEADLINE, Role.SUBHEADING))
    if lower in {"he", "she"}:
        spoken = next((name for name, person in reversed(speakers) if person), "")
        return spoken or _last_mention(earlier, person=True) or source
    if lower in {"they", "we", "it"}:
        spoken = next((name for name, person in reversed(speakers) if not person), "")
        return spoken or (_last_mention(earlier, person=False) if lower == "it" else "") or source
    agency = canonical_agency(source)
    if agency:
        return agency
    name = _strip_title(bare)
    if name and len(name.split()) >= 2:
        return name
    words = bare.split()
    if len(words) == 2 and (words[0] in {"Mr.", "Mrs.", "Ms.", "Dr."} or name == words[1]):
        words = words[1:]  # "Mr. Sellers", "Justice Kennedy": a title and a surname
    if len(words) == 1 and words[0][0].isupper():
        longer = re.findall(r"((?:[A-Z](?:[\w'-]+|\.)\s+){1,3})" + re.escape(words[0]) + r"\b", earlier)
        candidates = [_drop_leading(c.strip() + " " + words[0]) for c in longer]
        if bare != source:  # "the Times": a body, named in full earlier ("The New York Times")
            return max(candidates, key=len) if candidates else bare
        spoken = next((name for name, person in reversed(speakers) if person and name.endswith(" " + words[0])), "")
        if spoken:
            return spoken
        if re.search(r"\b" + re.escape(words[0].lower()) + r"\b", earlier):
            return bare  # "Critics": a common word, not a surname
        return _most_named(candidates) or bare
    head = words[-1] if words else ""
    if len(words) <= 2 and head.islower() and (head.capitalize() in ORGANIZATION_HEADS or head in TITLE_WORDS):
        pattern = r"((?:[A-Z][\w'.-]+\s+){1,4})" + re.escape(head.capitalize()) + r"\b"
        if head in TITLE_WORDS:
            pattern = r"\b(?i:" + head + r")\s+((?:[A-Z][\w'-]+\s*){2,3})"
        matches = [_drop_leading(match) for match in re.findall(pattern, earlier)]
        if matches:
            found = matches[-1].strip()
            return found if head in TITLE_WORDS else f"{found} {head.capitalize()}"
    return bare


def _most_named(candidates: list[str]) -> str:
    """Pick the full name most often used for a surname: count the 2- and 3-word name endings of each mention."""
    counts: dict[str, int] = {}
    for candidate in candidates:
        words = (_strip_title(candidate) or candidate).split()
        for size in (2, 3):
            tail = words[-size:]
            if len(tail) == size and _is_person(" ".join(tail)) and not any(w.lower().rstrip(".") in TITLE_WORDS for w in tail):
                counts[" ".join(tail)] = counts.get(" ".join(tail), 0) + 1
    if not counts:
        return ""
    return max(counts, key=lambda name: (counts[name], len(name.split())))


def _drop_leading(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and (words[0].lower() in _DETERMINERS or words[0].lower() in _LEADING or words[0].lower() in _STOP):
        words.pop(0)
    return " ".join(words)


def _last_mention(earlier: str, *, person: bool) -> str:
    """Return the last person (or organization) named in the text, for a pronoun with no earlier speaker."""
    runs = [_drop_leading(run) for run in re.findall(r"(?:[A-Z](?:[\w'-]+|\.)\s+){1,4}[A-Z][\w'-]+", earlier)]
    for run in reversed(runs):
        name = _strip_title(run) or run
        if person and _is_person(name):
            return name
        if not person and any(word in ORGANIZATION_HEADS for word in run.split()):
            return run
    return ""


def find_agencies(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """Name the news agencies a document credits or cites, in order of first mention.

    Credit lines come first, in their own order, then agencies cited in the text.
    """
    credited: list[str] = []
    cited: list[str] = []
    for sentence in sentences:
        flat = sentence.text.translate(_FLATTEN)
        if sentence.role is Role.BOILERPLATE or re.search(r"\b(?:Image|Photo|Picture|Photograph)s?\s*:", flat):
            continue
        credit_line = sentence.role is Role.CREDIT or bool(_CREDIT_LINE.search(flat))
        hits = sorted((match.start(), name) for pattern, name in AGENCY_PATTERNS for match in pattern.finditer(flat))
        for position, name in hits:
            if credit_line:
                credited.append(name)
            elif _CITATION.search(flat[max(0, position - 40):position + 40]):
                cited.append(name)
    ordered = list(dict.fromkeys(credited))
    return tuple(ordered + [name for name in dict.fromkeys(cited) if name not in ordered])


_CREDIT_LINE = re.compile(
    r"^\s*(?:\(?\s*(?:with\s+)?(?:additional\s+)?reporting\s+by\b|[a-z]{1,4}(?:/[a-z]{1,4})+\s*\(|\(.*\bediting\s+by\b)"
    r"|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story)",
    re.IGNORECASE,
)
_CITATION = re.compile(
    r"\b(?:according\s+to|told|tells|said|says|reported|reports|reporting|quoted|cited|citing|news\s+agency|"
    r"wire\s+service|via|contributed|report(?:ed)?\s+by|interview\s+with)\b",
    re.IGNORECASE,
)
