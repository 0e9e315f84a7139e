"""Alignments + facts -> Report, and the questions renderers ask of a report.

Every sentence of every document lands in exactly one of three places: in an
alignment (shared), unique to its document, or set aside (boilerplate, credits,
datelines, bylines).  The functions here are the one definition of that split.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .blocking import prefix
from .model import (Alignment, Attribution, Document, Mention, NameForm, NameVariant, NumberMatch, Operation,
                    Options, QuoteMode, Report, Sentence, WordEdit)
from .names import same_speaker
from .speakers import PRONOUNS
from .text import normalize_text


def build_report(
    documents: Sequence[Document],
    alignments: Sequence[Alignment],
    *,
    numbers: Sequence[NumberMatch] = (),
    attributions: Sequence[Attribution] = (),
    names: Sequence[NameVariant] = (),
    options: Options = Options(),
) -> Report:
    """Gather the stages' results into one report."""
    return Report(
        documents=tuple(documents),
        alignments=tuple(alignments),
        numbers=tuple(numbers),
        attributions=tuple(attributions),
        names=tuple(names),
        options=options,
    )


def aligned_ids(report: Report) -> frozenset[str]:
    """Ids of all sentences that belong to some alignment."""
    return frozenset(sentence_id for alignment in report.alignments for ids in alignment.sentences for sentence_id in ids)


def unique_sentences(report: Report, document: Document) -> tuple[Sentence, ...]:
    """Content sentences of a document that no alignment covers."""
    aligned = aligned_ids(report)
    return tuple(s for s in document.sentences if s.role.is_content and s.id not in aligned)


def set_aside_sentences(document: Document) -> tuple[Sentence, ...]:
    """Sentences kept out of the comparison: boilerplate, credits, datelines and bylines."""
    return tuple(s for s in document.sentences if not s.role.is_content)


def sentence_index(report: Report) -> dict[str, Sentence]:
    """Map every sentence id in the report to its sentence."""
    return {sentence.id: sentence for document in report.documents for sentence in document.sentences}


def attributions_by_sentence(report: Report) -> dict[str, tuple[Attribution, ...]]:
    """Group the report's attributions by the sentence that carries them."""
    grouped: dict[str, list[Attribution]] = {}
    for attribution in report.attributions:
        grouped.setdefault(attribution.sentence, []).append(attribution)
    return {key: tuple(value) for key, value in grouped.items()}


def document_letter(document: Document, position: int) -> str:
    """Letter a document by its place in the report: ``A``, ``B``, ... then its id past ``Z``."""
    return chr(ord("A") + position) if position < 26 else document.id.upper()


def document_label(document: Document, position: int) -> str:
    """Name a document for people: its outlet, else its headline, after its letter."""
    letter = document_letter(document, position)
    name = document.article.outlet or document.article.title
    if len(name) > 60:
        cut = name[:57]
        space = cut.rfind(" ")
        if name[57].isalnum() and space >= 30:
            cut = cut[:space]  # end on a whole word: "... dump truck in..." rather than "... in Missour..."
        name = cut.rstrip(" ,;:-") + "..."
    return f"{letter}: {name}"


def source_name(attribution: Attribution) -> str:
    """Name who a claim comes from, chain included: ``AFP <- Shams``."""
    if attribution.chain:
        return " \u2190 ".join(attribution.chain)
    name = attribution.resolved or attribution.source
    # A pronoun that no earlier sentence resolves: say so, rather than "according to they".
    return f'"{name}" (not named nearby)' if name.lower() in PRONOUNS else name


def spellings(variant: NameVariant) -> tuple[tuple[str, tuple[NameForm, ...]], ...]:
    """Group a name's forms by spelling, in the order they first come: one outlet may write the other's spelling
    too ("Qala-e Naw" in A and B, "Qala-e-Naw" in B), and a spelling is told once with every document that has it.

    >>> forms = [NameForm("a", "Qala-e Naw", ("a6",)), NameForm("b", "Qala-e Naw", ("b11",)),
    ...          NameForm("b", "Qala-e-Naw", ("b6",))]
    >>> [(text, [form.document for form in group]) for text, group in spellings(NameVariant(tuple(forms)))]
    [('Qala-e Naw', ['a', 'b']), ('Qala-e-Naw', ['b'])]
    """
    grouped: dict[str, list[NameForm]] = {}
    for form in variant.forms:
        grouped.setdefault(form.text, []).append(form)
    return tuple((text, tuple(forms)) for text, forms in grouped.items())


def thing_pattern(thing: str) -> str:
    """A pattern for a counted thing as a sentence may write it: its words, any punctuation or space between."""
    return r"\W+".join(re.escape(word) for word in thing.split())


def thing_as_written(mention: Mention, sentence: str) -> str:
    """What a figure counts in its sentence's own letters ("US troops" for the matcher's "us troops"), or as the
    matcher keeps it when the sentence words it otherwise.

    >>> from diffnews.model import Quantity, QuantityKind
    >>> quantity = Quantity("2,500", 12, 17, 2500.0, 2500.0, QuantityKind.COUNT, thing="us troops")
    >>> thing_as_written(Mention("b", "b28", quantity), "The exit of 2,500 US troops is 90% complete.")
    'US troops'
    """
    thing = mention.quantity.thing
    if not thing:
        return ""
    pattern = r"(?<!\w)" + thing_pattern(thing) + r"(?!\w)"
    found = (re.search(pattern, sentence[mention.quantity.end:], re.IGNORECASE)
             or re.search(pattern, sentence, re.IGNORECASE))
    return found.group() if found else thing


def sources_of(grouped: Mapping[str, Sequence[Attribution]], sentence_ids: Sequence[str]) -> tuple[str, ...]:
    """Who the given sentences credit their claims to, in order, without repeats (a headline's
    "Afghan Officials" repeats the lede's "Afghan officials": the first spelling is kept).

    ``grouped`` is ``attributions_by_sentence(report)``, made once per report by the caller.
    """
    names: dict[str, str] = {}
    for sentence_id in sentence_ids:
        for attribution in grouped.get(sentence_id, ()):
            name = source_name(attribution)
            names.setdefault(name.casefold(), name)
    return tuple(names.values())


def sources_agree(first: Sequence[Attribution], second: Sequence[Attribution]) -> bool:
    """Whether two documents credit one fact to the same speakers: each speaker on either side (the innermost
    of a relay, "NBC's <- Trump" / "Donald Trump") is one the other side credits, by a shared name word, or
    word for word when it names nobody ("officials").

    >>> said = lambda *names: [Attribution("a1", name, name, "said", QuoteMode.INDIRECT) for name in names]
    >>> sources_agree(said("President Obama"), said("Barack Obama"))
    True
    >>> sources_agree(said("Harry Reid"), said("Jim Manley"))
    False
    >>> sources_agree(said("White House official"), said("people briefed on the matter"))
    False
    """
    return not uncredited(first, second) and not uncredited(second, first)


def uncredited(first: Sequence[Attribution], second: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """The attributions of ``second`` whose speaker ``first`` does not credit (see ``sources_agree``).

    >>> said = lambda *names: [Attribution("a1", name, name, "said", QuoteMode.INDIRECT) for name in names]
    >>> [a.source for a in uncredited(said("transport ministry"), said("Transport Ministry", "AFP"))]
    ['AFP']
    """
    def named_in(attribution: Attribution, others: Sequence[Attribution]) -> bool:
        speaker = attribution.speaker
        return any(same_speaker(speaker, other.speaker) or speaker.lower() == other.speaker.lower() for other in others)

    return tuple(attribution for attribution in second if not named_in(attribution, first))


def quoted_sources(report: Report, document: Document) -> tuple[tuple[str, int], ...]:
    """Count how many claims a document credits to each source, most first."""
    ids = {sentence.id for sentence in document.sentences}
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for attribution in report.attributions:
        if attribution.sentence in ids:
            name = attribution.resolved or attribution.source
            key = name.lower()
            spelling.setdefault(key, name)
            counts[key] = counts.get(key, 0) + 1
    return tuple(sorted(((spelling[key], count) for key, count in counts.items()), key=lambda item: (-item[1], item[0].lower())))


@dataclass(frozen=True, slots=True)
class QuoteChange:
    """One direct quote that two documents give in different words."""

    first: Attribution
    """The quote as the earlier document gives it."""
    second: Attribution
    """The quote as the later document gives it."""
    edits: tuple[WordEdit, ...]
    """Word-level difference from the first quote to the second."""


def one_per_quote(attributions: Sequence[Attribution]) -> list[Attribution]:
    """Keep the first attribution of each quote in each sentence, in order: "X and Y said" gives one per speaker.

    >>> said = [Attribution("a1", name, name, "said", QuoteMode.DIRECT, "We held") for name in ("Ruiz", "Lee")]
    >>> [a.source for a in one_per_quote(said)]
    ['Ruiz']
    """
    return list({(a.sentence, a.quote): a for a in reversed(attributions)}.values())[::-1]


def changed_quotes(report: Report) -> tuple[QuoteChange, ...]:
    """Find direct quotes that appear in two documents with different words.

    A quote counts as the same quote reworded when most of its words survive
    in order (a "tidied" quote); two quotes that merely share a topic do not.
    """
    from .word_diff import word_edits

    document_of = {s.id: d.id for d in report.documents for s in d.sentences}
    order = {d.id: position for position, d in enumerate(report.documents)}
    direct = [a for a in report.attributions if a.mode is QuoteMode.DIRECT and len(a.quote.split()) >= 3]
    direct = one_per_quote(direct)
    # Words kept in order can be no more than the words the quotes share, so most pairs are
    # ruled out by counting shared words before their difference is computed.
    vocabulary = [Counter(normalize_text(word).lower() for word in a.quote.split()) for a in direct]
    words = [_words(a.quote) for a in direct]
    changes = []
    used: set[int] = set()
    for i, later in enumerate(_sharing_quotes(vocabulary)):
        first = direct[i]
        for j in later:
            second = direct[j]
            if j in used or order[document_of[first.sentence]] >= order[document_of[second.sentence]]:
                continue
            if words[i] == words[j]:
                continue  # the same words, punctuated differently ("them" / "them."): house style, not a change
            longest = max(len(first.quote.split()), len(second.quote.split()))
            if (vocabulary[i] & vocabulary[j]).total() / longest < _QUOTE_WORDS_KEPT:
                continue
            edits = word_edits(first.quote, second.quote)
            kept = sum(len(edit.old.split()) for edit in edits if edit.operation is Operation.EQUAL)
            if kept / longest >= _QUOTE_WORDS_KEPT:
                changes.append(QuoteChange(first, second, edits))
                used.add(j)
                break
    return tuple(changes)


def _sharing_quotes(vocabulary: list[Counter[str]]) -> list[list[int]]:
    """For each quote, the later quotes (in order) that may share _QUOTE_WORDS_KEPT of its words: only those are
    compared, not every pair of quotes of every pair of documents.

    Two quotes sharing that share of both (counting each repeat of a word apart) share one of the first words
    of each, in one order (rarest first): all but the last share's worth (prefix filtering).  The other pairs
    fail the shared-word test in ``changed_quotes`` anyway.
    """
    items = [[(word, n) for word, count in counts.items() for n in range(count)] for counts in vocabulary]
    seen = Counter(item for quote in items for item in quote)
    holders: dict[tuple[str, int], list[int]] = {}
    for k, quote in enumerate(items):
        quote.sort(key=lambda item: (seen[item], item))
        needed = max(1, math.ceil(_QUOTE_WORDS_KEPT * len(quote) - 1e-6))  # shared items, at the least
        for item in prefix(quote, [1.0] * len(quote), needed):
            holders.setdefault(item, []).append(k)
    later: list[set[int]] = [set() for _ in vocabulary]
    for ks in holders.values():
        for n, k in enumerate(ks):
            later[k].update(ks[n + 1:])
    return [sorted(found) for found in later]


_QUOTE_WORDS_KEPT = 0.6
"""Share of the longer quote's words kept in order for two quotes to be one quote reworded."""


def _words(quote: str) -> list[str]:
    return re.findall(r"\w+", normalize_text(quote).lower())
