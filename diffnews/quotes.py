"""Quotation marks: flatten typographic characters and pair quotes across a document's sentences.

Internal to the attribution stage.  Flattening maps one character to one, so
offsets into the flattened text index ``Sentence.text`` too.

>>> flatten("\u201cOver\u201d \u2014 she")
'"Over" - she'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .cues import QUESTION
from .model import Attribution, QuoteMode, Role, Sentence

__all__ = ["FLATTEN", "carry_quotes", "flatten", "looks_like_headline", "quote_in", "quote_spans"]

# One character in, one character out, so offsets into the flattened text index Sentence.text too.
FLATTEN = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u2009\u202f",
    "''''''\"\"\"\"\"\"\"-------   ",
)
_OPENING_CURLY = "\u201c\u201e\u00ab"
_CLOSING_CURLY = "\u201d\u00bb"
# Words a headline leaves lowercase in Title Case ("Sale of Cargo Unit, Sources Say").
_MINOR_WORDS = frozenset("a an the and or but nor of to in on at for by with from as vs via over into up off per than".split())
# A headline quotes with single marks: an opening mark after a space, a closing one before a space or the end.
# Needed only for a headline with an apostrophe: compiled on first use (re's cache).
_SINGLE_QUOTE = r"(?:^|(?<=[\s(\[-]))'(?=\w)(?P<quoted>[^'\"]+?(?<=[\w.!?,]))'(?=[\s,.;:!?)]|$)"


def flatten(text: str) -> str:
    """Map curly quotes, dashes and odd spaces to ASCII, one character for one."""
    return text.translate(FLATTEN)


def quote_spans(
        sentences: Sequence[Sentence], flats: list[str], paragraph_starts: Collection[int] = (),
) -> list[list[tuple[int, int]]]:
    """Pair double quotes across the document; a quote may open in one sentence and close in a later one.

    A quote left open at the end of a paragraph (a line starting at one of ``paragraph_starts``) goes on only into
    a paragraph that opens with a quotation mark, the convention for a quote of several paragraphs: otherwise
    the writer left it unclosed, and the next paragraph is the reporter's again.
    """
    spans: list[list[tuple[int, int]]] = []
    inside, carried = False, 0
    for sentence, flat in zip(sentences, flats):
        if inside and sentence.start in paragraph_starts and not flat.lstrip().startswith('"'):
            inside, carried = False, 0
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
        if not own and not inside and "'" in flat and (sentence.role in (Role.HEADLINE, Role.SUBHEADING) or looks_like_headline(flat)):
            own = [match.span("quoted") for match in re.finditer(_SINGLE_QUOTE, flat)]
        spans.append(own)
    return spans


def looks_like_headline(flat: str) -> bool:
    """Whether a line is written in headline Title Case: every word but the minor ones capitalized, no full stop.

    A headline keeps its style when the loader could not mark its role (a headline quoted inside a list, a
    second deck), and its capitalized reporting verbs ("Sources Say") are then cues.

    >>> looks_like_headline("Audit Finds City Overpaid Road Contractors"), looks_like_headline("Police said on Monday.")
    (True, False)
    """
    if flat.rstrip().endswith("."):
        return False
    tokens = re.findall(r"[^\W\d_][\w'.-]*", flat)
    major = [token for token in tokens if token.lower() not in _MINOR_WORDS]
    return len(tokens) >= 4 and len(major) >= 3 and all(token[0].isupper() for token in major)


def quote_in(text: str, quotes: list[tuple[int, int]], content: tuple[int, int]) -> tuple[str, float]:
    """Return the quoted words inside the content and the share of its word characters they make up."""
    parts = [(max(s, content[0]), min(e, content[1])) for s, e in quotes if s < content[1] and e > content[0]]
    parts = [(s, e) for s, e in parts if e > s]
    if not parts:
        return "", 0.0
    quoted = sum(len(re.findall(r"\w", text[s:e])) for s, e in parts)
    total = len(re.findall(r"\w", text[content[0]:content[1]]))
    words = [re.sub(r"\s+", " ", text[s:e]).strip().rstrip(",;:").strip() for s, e in parts]
    return " ... ".join(word for word in words if word), quoted / max(total, 1)


def carry_quotes(sentences: Sequence[Sentence], quotes: list[list[tuple[int, int]]], results: list[list[Attribution]],
                 quoted_share: list[float], paragraph_starts: Collection[int] = ()) -> None:
    """Give a quote-only sentence the speaker of the quotation it belongs to (``results``, ``quoted_share``: the
    attributions credited by cues, one list a sentence, and how much of each sentence's last claim is quotation)."""
    cued = [bool(records) for records in results]  # credited by a cue of its own, not by this carrying
    for index, sentence in enumerate(sentences):
        if results[index] or not quotes[index]:
            continue
        quote, share = quote_in(sentence.text, quotes[index], (0, len(sentence.text)))
        if share < 0.8:  # only a sentence that is all quotation inherits a speaker
            continue
        donor = None
        for step in (1, 2, 3):  # forward: the quotation closes later with its attribution
            later = index + step
            if later >= len(sentences) or not quotes[later] or quotes[later - 1][-1][1] < len(sentences[later - 1].text) - 2:
                break
            if quotes[later][0][0] == 0 and results[later]:
                donor = results[later][0]
                break
        # Backward: the quote goes on after "said Shams.", or after a speaker's own sentence that quotes them in part
        # ('Ms Curran said the pressure had "become intolerable".' / '"For the benefit of ..."'); a new paragraph
        # goes on with a quotation only when it opens with a quotation mark.
        goes_on = quoted_share[index - 1] >= 0.8 or cued[index - 1] and quoted_share[index - 1] > 0 if index else False
        if sentence.start in paragraph_starts and not sentence.text.lstrip().startswith(_OPENING_MARKS):
            goes_on = False
        if donor is None and goes_on and results[index - 1] \
                and results[index - 1][-1].cue not in QUESTION:  # a quote after a question is the answer
            donor = results[index - 1][-1]
        if donor is not None:
            results[index].append(Attribution(sentence.id, donor.source, donor.resolved, donor.cue, QuoteMode.DIRECT, quote, donor.chain))
            quoted_share[index] = share


_OPENING_MARKS = ('"', "\u201c", "\u201e", "\u00ab")
