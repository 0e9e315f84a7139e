"""Noun phrases around reporting cues: read the speaker leftwards or rightwards from a cue.

Internal to the attribution stage; works on flattened sentence text (see
``quotes.flatten``) and its tokens.

>>> flat = "Samir Haddad, a shopkeeper, told"
>>> left_phrase(flat, tokenize(flat), flat.index("told"))
('Samir Haddad', 0)
"""

from __future__ import annotations

import re

from .names import ORGANIZATION_HEADS, TITLE_WORDS
from .speaker_words import (AUXILIARY, DAY_PHRASE, DETERMINERS, IRREGULAR_PAST, LEADING, LISTENER, NAMING, PREPOSITIONS,
                            PRONOUNS, REFLEXIVES, STOP, TIME_FOCUS, is_adverb, is_outlet, is_verb_modifier,
                            opening_time)

__all__ = [
    "DAY_PHRASE", "DETERMINERS", "LEADING", "LISTENER", "PREPOSITIONS", "PRONOUNS", "REFLEXIVES", "STOP", "Token",
    "at_clause_start", "at_reported_start", "bare_pair", "clause_subject", "conjoined_left", "conjoined_right",
    "is_outlet", "left_phrase", "opening_time", "right_phrase", "strip_adverbs", "tokenize",
]

Token = tuple[int, int, str]
"""A word or punctuation mark: start and end offsets into the flattened sentence, and its text."""

# Title abbreviations keep their period (general English military, police, civil and church ranks: "said Brig. Anurag
# Chibber", "Supt. Tom Reed"), so a title is not cut from the name it stands before.
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Gov|Sgt|Capt|Maj|Prof|Adm|Cmdr|Cdr|Brig|Cpl|Pvt|Supt|Insp|Det"
    r"|Rev|Hon|Amb|Atty|Jr|Sr|St)\.|(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|"
    r"\w+(?:['/&.-]\w+)*(?:')?|[^\w\s]"
)
# "The mayor has since said": after a perfect auxiliary, "since" is an adverb of time, not a conjunction.
_PERFECT_SINCE = re.compile(r"\b(?i:has|have|had)\s+since\s*$")
# "They each said", "Google and Apple both said": a quantifier floated after its subject is not part of it (unless it
# is the subject itself: "Both said").
_FLOATING = frozenset("both each all".split())
_RIGHT_STOP = frozenset(
    "in on at during after before while when who which adding that told to late early last this on said".split()
)
_CLAUSE_OPENERS = frozenset("and but while as that because although though since when where so yet whereas".split())
_TIME_ADVERBS = frozenset("later earlier ago afterward afterwards meanwhile however today yesterday then too also".split())
_FRAME_OPENERS = frozenset("after before during while when asked speaking contacted citing despite unlike like".split())
_ED_ADJECTIVES = frozenset("unnamed unidentified armed concerned retired elected appointed based related displaced injured wounded detained".split())
def tokenize(flat: str) -> list[Token]:
    """Split a flattened sentence into words (keeping abbreviations and initials) and punctuation."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(flat)]


def left_phrase(flat: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """Read the speaker leftwards from a cue: skip auxiliaries, then take the noun phrase."""
    left = flat[:position]
    while True:
        day = DAY_PHRASE.search(left)
        if day:
            left = left[: day.start()]
        words = left.rstrip().rsplit(" ", 1)
        if words and (words[-1].lower() in AUXILIARY | REFLEXIVES or is_verb_modifier(words[-1])
                      or _PERFECT_SINCE.search(left) or len(words) == 2 and words[-1] in _FLOATING) and left.strip():
            left = left.rstrip()[: -len(words[-1])]
            continue
        break
    left = left.rstrip()
    if left.endswith(","):
        return _appositive_subject(left, tokens) or ("", position)
    chosen: list[Token] = []
    for token in reversed([t for t in tokens if t[1] <= len(left)]):
        text = token[2]
        low = text.lower()
        if not (text[0].isalnum() or text == "&") or low in STOP and not (low == "to" and chosen and _prev_word(tokens, token) == "close"):
            break
        if chosen and low in {"said", "says", "say"}:
            break  # "Police said a witness told": the witness opens the reported clause (as in ``right_phrase``)
        if chosen and chosen[0][2].lower() in {"the", "a", "an"} and re.fullmatch(r"[a-z]{2,}[^s\W]s", text) \
                and _is_content_word(_prev_word(tokens, token)):
            break  # "The price cut follows a review": a present-tense verb before its object ends the phrase
        if text[0].islower() and low.endswith("ed") and low not in _ED_ADJECTIVES and "-" not in low:
            # "people briefed on the matter", "a report released on Thursday": a participle after a noun stays;
            # one between a determiner and its noun is an adjective ("the accused man"), as a compound always is
            # ("the government-backed New Times")
            previous = _prev_word(tokens, token)
            if chosen and chosen[0][2][0].islower() and previous in DETERMINERS:
                pass
            elif not ((not chosen or chosen[0][2] in PREPOSITIONS) and previous not in STOP | DETERMINERS | {""}):
                break
        chosen.insert(0, token)
        if len(chosen) >= 12:
            break
    if len(chosen) > 1 and chosen[-1][2].islower() and chosen[-1][2].endswith("ed") and chosen[-1][2] not in _ED_ADJECTIVES:
        chosen.pop()  # "A United Nations report released [on Thursday]": the noun is the source
    chosen = _drop_opening_time(flat, chosen)
    while chosen and (chosen[0][2].lower() in LEADING or chosen[0][2].lower() in {"of", "in", "for", "at", "from", "with", "on"}):
        chosen.pop(0)
    if not chosen or all(t[2].lower() in DETERMINERS for t in chosen) or chosen[-1][2].lower() in DETERMINERS | PREPOSITIONS:
        return "", position
    if len(chosen) > 1 and chosen[-1][2].lower() in PRONOUNS | {"who"}:
        chosen = chosen[-1:]
    if len(chosen) == 1 and chosen[0][2] == "I":
        return "", position  # a first-person speaker outside quotes is a transcript, not a source
    start = chosen[0][0]
    return flat[start:chosen[-1][1]], start


_AND_BEFORE = re.compile(r"(?:,\s*|\s+)and\s+$")


def _conjunct(phrase: str, beside: str = "") -> str:
    """Judge a phrase beside "and" before a cue: "speaker" (a name, a title, a body, a plural noun: "Mayor Ahmed
    Aboutaleb", "police", "firefighters"), "object" (it holds a preposition, whose object "and" may join: "the head
    of police"), or "" (no noun phrase: "Officials held talks", "the ministry said").  ``beside``: the conjunct after
    it; an article and common nouns before a role are a role too ("the harbor master and fire chief")."""
    words = phrase.split()
    if not words or any(word.islower() and (word in IRREGULAR_PAST or word.endswith("ed")) for word in words[1:]):
        return ""
    if all(word.lower().rstrip(".") in TITLE_WORDS for word in words):
        return ""  # "Mr. and Mrs. Lee": a title alone is no one ("the mayor" is)
    if any(word in PREPOSITIONS for word in words[1:]):
        return "object"
    head = words[-1]
    named = head[0].isupper() or head.lower() in PRONOUNS or head.lower() in TITLE_WORDS
    body = head.capitalize() in ORGANIZATION_HEADS or bool(re.fullmatch(r"[a-z]{2,}[^su'\W]s", head))
    role = bool(beside) and _is_role(beside) and words[0].lower() in {"the", "a", "an"} and 2 <= len(words) <= 3 \
        and all(word.isalpha() and word.islower() for word in words[1:])
    return "speaker" if named or body or role else ""


def _is_role(phrase: str) -> bool:
    """Whether a phrase is a common-noun role: lowercase words that end in a title ("fire chief", "the mayor")."""
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return bool(words) and all(word.isalpha() and word.islower() for word in words) and words[-1] in TITLE_WORDS


def _is_apposition(phrase: str) -> bool:
    """Whether a comma-set phrase after a name describes its bearer: "the mayor", "a shopkeeper", an age ("54");
    not a name of its own ("the UN")."""
    words = phrase.split()
    return bool(re.fullmatch(r"\d{1,3}", phrase)) or len(words) >= 2 and words[0].lower() in DETERMINERS \
        and words[1][0].islower()


def conjoined_left(flat: str, tokens: list[Token], source: str, start: int) -> list[tuple[str, int]]:
    """Return the speakers a subject read leftwards from a cue is one of, in order, each with its start: "Ahmed
    Aboutaleb and Allard Castelein said" -> both, "Britain, France and Germany said" -> all three; a preposition
    in the first keeps them one ("the head of police and fire services said"); [(source, start)] if no "and" joins.

    >>> flat = "The dam held, police and firefighters said."
    >>> conjoined_left(flat, tokenize(flat), "firefighters", flat.index("firefighters"))
    [('police', 14), ('firefighters', 25)]
    """
    found = [(source, start)]
    separator = _AND_BEFORE.search(flat, 0, start)
    while separator:
        phrase, begin = left_phrase(flat, tokens, separator.start())
        end = begin + len(phrase)
        if separator.group().startswith(",") and _is_apposition(phrase) and flat[:begin].rstrip().endswith(","):
            # "Tom Reyes, the mayor, and Ana Ruiz said": the comma-set phrase describes the name before it
            end = flat.rindex(",", 0, begin)
            phrase, begin = left_phrase(flat, tokens, end)
            if not phrase[:1].isupper():
                break
        kind = _conjunct(phrase, beside=found[0][0])
        listed = separator.group().strip() == ","
        if not phrase or flat[begin + len(phrase):end].strip() or not kind \
                or listed and (kind != "speaker" or not at_clause_start(flat, begin)):
            break
        if kind == "object":
            if listed or len(found) > 1 or not at_clause_start(flat, begin):
                break
            return [(flat[begin:start + len(source)], begin)]  # "Residents of Rotterdam and Dordrecht said"
        found.insert(0, (phrase, begin))
        separator = re.search(r",\s*$", flat[:begin])
    if len(found) == 1 or not at_clause_start(flat, found[0][1]):
        return [(source, start)]
    return found


def bare_pair(flat: str, conjuncts: list[tuple[str, int]]) -> bool:
    """Whether a coordinated subject is two bare capitalized words joined by "and" ("Marks and Spencer", "Smith and
    Jones"), which may be one name: no title, article, initial or acronym, no body ("Police") or pronoun."""
    if len(conjuncts) != 2:
        return False
    (first, start), (second, _) = conjuncts
    words = (first, second)
    return flat[start + len(first):].startswith(" and " + second) and all(
        re.fullmatch(r"[A-Z][a-z][\w'-]*", word) and word.lower() not in TITLE_WORDS | PRONOUNS
        and word not in ORGANIZATION_HEADS for word in words)


def conjoined_right(flat: str, tokens: list[Token], source: str, end: int,
                    *, according: bool = False) -> tuple[list[tuple[str, int]], int]:
    """Return the speakers a phrase read rightwards from a cue (ending at ``end``) is one of, each with its start,
    and where the last ends: "according to Aboutaleb and Castelein", "said Ana Ruiz and her deputy."; the phrase
    alone if no "and" joins a speaker to it, or the last speaker runs on into more than a circumstance."""
    start = end - len(source)
    found, alone = [(source, start)], ([(source, start)], end)
    kind = _conjunct(source)
    while True:
        joined = re.match(r"(?:,\s*|\s+)and\s+|,\s*(?=[^,]+(?:,\s*|\s+)and\s)", flat[end:])
        if not joined:
            break
        phrase, after = right_phrase(flat, tokens, end + joined.end(), according=according)
        if not phrase or _conjunct(phrase) != "speaker":
            return alone
        kind = kind or _conjunct(source, beside=phrase)  # "according to the harbor master and fire chief"
        if not kind:
            return alone
        if kind == "object":  # "according to the heads of police and fire services"
            return ([(flat[start:after], start)], after) if len(found) == 1 else alone
        found.append((phrase, after - len(phrase)))
        end = after
        if joined.group().strip() != ",":
            break
    circumstance = r"\s*(?:[,.;:]|$)|\s+(?:in|on|at|during|after|before|while|when|who)\b"  # "... and Y in a statement"
    if len(found) == 1 or not re.match(circumstance, flat[end:]):
        return alone
    return found, end


def _drop_opening_time(flat: str, chosen: list[Token]) -> list[Token]:
    """Drop an opening time phrase from a subject read without a comma: "On Monday Ince" -> "Ince"."""
    if not chosen:
        return chosen
    # "this"/"last" stop the leftward reading, so "Earlier this week the ministry" arrives as "week the ministry".
    opened = bool(re.search(r"\b(?i:this|last|next)\s*$", flat[:chosen[0][0]]))
    return chosen[opening_time([token[2] for token in chosen], opened=opened):]


# A phrase fronted before the subject and set off by a comma: "According to police,", "In a statement,".
# "At least two people, ..." is a subject with a count, not a fronted phrase.
_FRONTED = re.compile(r"(?!at\s+least\b)(?:according\s+to|(?:" + "|".join(sorted(PREPOSITIONS)) + r"))\s",
                      re.IGNORECASE)


def _appositive_subject(left: str, tokens: list[Token]) -> tuple[str, int] | None:
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
        if index == 0 and _FRONTED.match(text.lstrip()):
            continue  # "On Monday, the woman, 29, told": the fronted phrase is no subject
        rest = [chunk.strip() for _, chunk in chunks[index + 1:]]
        if all(re.match(r"(?:[a-z]|\d{1,3}\b|[A-Z]-[A-Z][\w.]*|[A-Z]{1,2}\.?-)", chunk) for chunk in rest[:1]):
            words = text.split()
            while words and words[0].lower() in LEADING:
                words.pop(0)
            if index == 0 and "who" in words[2:]:
                # "A woman who lives nearby, who declined to give her name, said": a restrictive relative on the
                # opening subject ends it
                words = words[:words.index("who")]
            subject = " ".join(words)
            if (subject and subject[0].isupper() and len(words) <= 8
                    and not any(w.lower() in STOP and not _noun_to(words, i) for i, w in enumerate(words))):
                return subject, start + text.index(words[0])
            if subject and len(words) <= 5 and not any(w.lower() in STOP | PREPOSITIONS for w in words) and index == 0:
                return subject, start + text.index(words[0])
            if (index == 1 and 2 <= len(words) <= 5 and words[0].lower() in DETERMINERS
                    and _FRONTED.match(chunks[0][1].lstrip()) and not any(w.lower() in STOP for w in words[1:])):
                # "According to police, the man, 34, said": a fronted phrase, then the subject and its apposition
                return subject, start + text.index(words[0])
    return None


def _noun_to(words: list[str], index: int) -> bool:
    """Whether words[index] is a "to" that post-modifies the noun before it: "An aide to the senator", "an adviser to
    Mr. Lee" (not "According to police": the word before is no lowercase noun)."""
    return (words[index] == "to" and index > 1 and words[index - 1].isalpha() and words[index - 1].islower()
            and index + 1 < len(words) and (words[index + 1][0].isupper() or words[index + 1] in {"the", "a", "an"}))


def strip_adverbs(text: str) -> str:
    text = text.rstrip()
    while True:
        words = text.rsplit(" ", 1)
        if len(words) == 2 and (is_adverb(words[1]) or words[1].lower() in TIME_FOCUS):
            text = words[0].rstrip()
            continue
        return text


def at_clause_start(flat: str, start: int) -> bool:
    before = flat[:start].rstrip()
    if not before or before.endswith((",", '"', ";", ":", "(", "-")):
        return True
    return before.rsplit(" ", 1)[-1].lower() in _CLAUSE_OPENERS


# "said a witness told ...": said/says/say take a reported clause without "that" (as ``cues.CLAIM_AFTER`` reads them).
_BARE_CLAIM = re.compile(r"\b(?:said|says|say)\s+$")


def at_reported_start(flat: str, start: int) -> bool:
    """Whether a phrase opens a clause, counting a reported clause without "that" ("Police said a man who fled")."""
    return at_clause_start(flat, start) or bool(_BARE_CLAIM.search(flat, 0, start))


def _is_content_word(word: str) -> bool:
    return word.isalpha() and word not in STOP | DETERMINERS | PREPOSITIONS


def _prev_word(tokens: list[Token], token: Token) -> str:
    index = tokens.index(token)
    return tokens[index - 1][2].lower() if index else ""


def right_phrase(flat: str, tokens: list[Token], position: int, *, according: bool = False) -> tuple[str, int]:
    """Read a speaker rightwards from a cue ("said Shams", "according to state media")."""
    chosen: list[Token] = []
    for token in (t for t in tokens if t[0] >= position):
        text, low = token[2], token[2].lower()
        if not (text[0].isalnum() or text == "&"):
            if text == "-" and chosen and flat[token[0] - 1:token[0]] != " ":
                continue
            break
        if chosen and low == "as" and chosen[-1][2].lower() in NAMING and len(chosen) > 1:
            chosen.append(token)  # "first responders known as the White Helmets": the name stays in the phrase
            continue
        if chosen and (low in _RIGHT_STOP or low in STOP and low != "to") and not (according and low in {"to", "on"}):
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


def clause_subject(flat: str, tokens: list[Token], position: int) -> tuple[str, int]:
    """Read the subject at the start of the clause holding a position: "Groups welcomed it, saying" -> "Groups"."""
    boundary = max(flat.rfind(mark, 0, position) for mark in ';:"')
    start = boundary + 1
    # Skip introductory phrases set off by commas ("On Monday, ", "Speaking to the BBC, ").
    while True:
        comma = flat.find(",", start, position)
        first = flat[start:].split(None, 1)[0].lower() if flat[start:].strip() else ""
        last = flat[start:comma].split()[-1].lower() if comma > start and flat[start:comma].split() else ""
        if comma < 0 or not (first in PREPOSITIONS or first in _FRAME_OPENERS or first.endswith("ing") or last in _TIME_ADVERBS):
            break
        words = [(match.start(), match.group()) for match in re.finditer(r"\S+", flat[start:comma])]
        timed = opening_time([word for _, word in words])
        after = words[timed][1] if timed and len(words) > timed + 1 else ""
        if after and (after[0].isupper() or after.lower() in DETERMINERS):
            start += words[timed][0]  # "On Monday Ince welcomed it, saying": the time phrase, not the clause, opens
            break
        start = comma + 1
    chosen: list[Token] = []
    for index, token in enumerate(t for t in tokens if t[0] >= start and t[1] <= position):
        text, low = token[2], token[2].lower()
        if not (text[0].isalnum() or text == "&") or low in STOP or low in AUXILIARY:
            break
        if text[0].islower() and (low.endswith("ed") and low not in _ED_ADJECTIVES or _looks_finite(flat, token, chosen)):
            break
        if chosen and text[0].islower() and low not in PREPOSITIONS and re.fullmatch(r"[a-z]+[^s]s", chosen[-1][2]):
            break  # a word after a plural noun is its verb: "Three diplomats spoke on condition of anonymity"
        chosen.append(token)
        if len(chosen) > 8:
            return "", position
    while chosen and chosen[-1][2].lower() in PREPOSITIONS | DETERMINERS:
        chosen.pop()
    if not chosen or chosen[0][2].lower() in PRONOUNS - {"he", "she", "they", "it", "we"}:
        return "", position
    return flat[chosen[0][0]:chosen[-1][1]], chosen[0][0]


def _looks_finite(flat: str, token: Token, chosen: list[Token]) -> bool:
    """Whether a lowercase word after a noun is a present-tense verb: "The minister welcomes the decision"."""
    if not chosen or not token[2].endswith("s") or chosen[-1][2].lower() in DETERMINERS | PREPOSITIONS:
        return False
    return bool(re.match(r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|to|\d)\b", flat[token[1]:]))

