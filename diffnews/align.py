"""Sentences x sentences -> alignments: score sentence pairs, then choose groups globally.

A sentence pair scores high when it shares what makes a fact specific: rare
content words (rare in general English *and* among the sentences compared),
names even when spelled differently, word families (secure/securing,
province/provincial), and numbers.  Content that only one side has counts
against the pair, so two sentences on one topic that tell different facts
stay apart.  Pairs are then chosen globally (grouping.py): one-to-one by
descending score, then a sentence may take in a second partner that it is
clearly the best match for, and last a confident pair joins the groups of
its two sentences (one fact told over several sentences on each side).

Cost stays near linear in document length: only pairs that share one of
their rarest terms are scored (candidate blocking), plus the pairs among
the first few sentences of each report, each sentence keeps a few best
candidates, and assignment sorts those candidates once.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .lexicon import content_words, term, word_weight
from .grouping import choose_groups, group_edits, in_report_order
from .model import Alignment, Document, Options, QuantityKind, Role, Sentence
from .text import split_words

_NAME_MIN_LENGTH = 5
"""Shorter names (Iran, Iraq) are never matched fuzzily: one letter changes them."""
_NAME_MIN_SIMILARITY = 0.75
_NAME_MAX_ZIPF_WEIGHT = 4.0
"""Only words at least this rare (weight, i.e. 7 - Zipf) are treated as names when matching fuzzily."""
_COUNTED_THING_WEIGHT = 3.0
"""Weight of sharing what two figures count: about that of a fairly rare word."""
# Words that may make an amount without digits: number words and vague amounts.
_MAY_COUNT = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion"
    r"|dozens?|scores|hundreds|thousands|millions|billions|several|few|half|couple|handful)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_FAMILY_MIN_ROOT = 5
_FAMILY_MAX_SUFFIX = 2
"""A term joins the family of a shorter term that starts it (govern -> government) within this many letters."""
_BLOCKING_KEYS = 6
"""Each sentence is looked up by its rarest terms only: cost per sentence stays constant."""
_POSTING_CAP = 24
"""A term in more sentences than this cannot single out a pair, so it is not used for blocking."""
_CANDIDATES_PER_SENTENCE = 6
_LEAD = 3
"""Every pair among the first this-many content sentences is scored: headline and lede tell the main event."""
_LOCAL_FLOOR = 0.25
"""Share of a term's weight kept when every sentence of the documents has it (the topic)."""

# Aligner score: a logistic over the features of document_features(), fitted on the hand gold by
# tools/fit_aligner.py (docs/notes/aligner.md).  The bias puts the decision line at 0.5, the default
# Options.threshold.
DOCUMENT_WEIGHTS: dict[str, float] = {
    "bias": -7.17,
    # Dice and token_set overlap (one is nearly the other): together they weigh shared wording.
    "dice": -0.19,
    "containment": 0.21,
    # Per unit of log(1 + matched weight): a lone shared word is not a fact.
    "evidence": 2.38,
    # A headline states the lead fact in few words: it pairs with the other headline and the lede.
    "both_headlines": 5.61,
    "one_headline": 0.69,
    # Per unit of relative position gap: reports of one event tell it in roughly the same order.
    "position": -2.99,
    # rapidfuzz token-set ratio over all words, function words included: how alike the wording is.
    "token_set": 6.15,
}
class _Profile(NamedTuple):
    """A sentence as content terms in order, and the background weight of each."""

    terms: tuple[str, ...]
    weights: dict[str, float]


def _profile(text: str, *, counted: bool = True) -> _Profile:
    terms: list[str] = []
    weights: dict[str, float] = {}
    for key, word in content_words(text):
        terms.append(key)
        weight = word_weight(word)
        # The commonest spelling decides: "troops" is no rarer for being written "servicemen" once.
        weights[key] = min(weights.get(key, weight), weight)
    for thing in _counted_things(text) if counted else ():
        # Two figures about the same kind of thing (30 forces / dozens of troops) fill one slot of a fact.
        terms.append(thing)
        weights[thing] = _COUNTED_THING_WEIGHT
    return _Profile(tuple(terms), weights)


def _counted_things(text: str) -> list[str]:
    """Terms for what the sentence's amounts count: ``@troop`` for "280 servicemen"."""
    if not _DIGIT.search(text) and not _MAY_COUNT.search(text):
        return []
    from .numbers import extract_quantities

    things = []
    for quantity in extract_quantities(text):
        # Only counts name a thing; a percent, sum or duration names its unit ("percent", "years").
        if quantity.kind is QuantityKind.COUNT and quantity.thing:
            head = quantity.thing.split()[-1].split("-")[-1]
            things.append("@" + term(head))
    return things


def align_documents(documents: Sequence[Document], *, options: Options = Options()) -> tuple[Alignment, ...]:
    """Find groups of sentences that tell the same fact, between the first document and each other one."""
    alignments: list[Alignment] = []
    first = documents[0]
    for other_index in range(1, len(documents)):
        other = documents[other_index]
        for group_first, group_other, score in align_sentences(first.sentences, other.sentences, options=options):
            ids: list[tuple[str, ...]] = [() for _ in documents]
            ids[0] = tuple(s.id for s in group_first)
            ids[other_index] = tuple(s.id for s in group_other)
            edits = group_edits(group_first, group_other)
            alignments.append(Alignment(sentences=tuple(ids), score=round(score, 4), edits=edits))
    return in_report_order(alignments, documents)


def align_sentences(
    first: Sequence[Sentence], second: Sequence[Sentence], *, options: Options = Options()
) -> list[tuple[list[Sentence], list[Sentence], float]]:
    """Align the content sentences of two documents: groups of one sentence with one or more, and their score."""
    left = [s for s in first if s.role.is_content]
    right = [s for s in second if s.role.is_content]
    if not left or not right:
        return []
    if len(left) == 1 or len(right) == 1:
        # A lone sentence has no document around it to weigh terms by: score it as a lone pair.
        from .paraphrase import similarity

        scores = {(i, j): similarity(s.text, t.text) for i, s in enumerate(left) for j, t in enumerate(right)}
    else:
        scores = score_documents(left, right)
    return [([left[i] for i in g_left], [right[j] for j in g_right], score) for g_left, g_right, score in choose_groups(scores, options)]


def score_documents(left: Sequence[Sentence], right: Sequence[Sentence]) -> dict[tuple[int, int], float]:
    """Score the candidate pairs of two sentence lists; pairs never looked at score 0."""
    bias = DOCUMENT_WEIGHTS["bias"]
    return {
        pair: _logistic(bias + sum(DOCUMENT_WEIGHTS[name] * value for name, value in features.items()))
        for pair, features in document_features(left, right).items()
    }


def document_features(left: Sequence[Sentence], right: Sequence[Sentence]) -> dict[tuple[int, int], dict[str, float]]:
    """Return the features of every candidate pair (indices into ``left`` and ``right``) that shares a term."""
    profiles_left = [_profile(s.text) for s in left]
    profiles_right = [_profile(s.text) for s in right]
    background = lowest_weights((t, w) for profile in profiles_left + profiles_right for t, w in profile.weights.items())
    canonical = _canonical_terms(
        [{t for p in profiles_left for t in p.terms}, {t for p in profiles_right for t in p.terms}], background
    )
    terms_left = [tuple(canonical.get(t, t) for t in p.terms) for p in profiles_left]
    terms_right = [tuple(canonical.get(t, t) for t in p.terms) for p in profiles_right]
    merged = lowest_weights((canonical.get(t, t), w) for t, w in background.items())
    weights = _document_weights(terms_left + terms_right, merged)
    size_left, size_right = max(s.index for s in left) + 1, max(s.index for s in right) + 1
    from rapidfuzz.fuzz import token_set_ratio

    joined_left = [" ".join(split_words(s.norm)) for s in left]
    joined_right = [" ".join(split_words(s.norm)) for s in right]
    features: dict[tuple[int, int], dict[str, float]] = {}
    lead = {(i, j) for i in range(min(_LEAD, len(left))) for j in range(min(_LEAD, len(right)))}
    for i, j in sorted(_candidates(terms_left, terms_right, weights) | lead):
        dice, containment, matched = _features(terms_left[i], terms_right[j], weights, lone=False)
        if not matched:
            continue
        headlines = (left[i].role is Role.HEADLINE) + (right[j].role is Role.HEADLINE)
        features[(i, j)] = {
            "dice": dice,
            "containment": containment,
            "evidence": math.log1p(matched),
            "both_headlines": float(headlines == 2),
            "one_headline": float(headlines == 1),
            "position": abs(left[i].index / size_left - right[j].index / size_right),
            "token_set": token_set_ratio(joined_left[i], joined_right[j]) / 100,
        }
    return features


def lowest_weights(weighted: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Keep each term's lowest weight: a term is no rarer for being spelled rarely once."""
    lowest: dict[str, float] = {}
    for t, w in weighted:
        lowest[t] = min(lowest.get(t, w), w)
    return lowest


def _document_weights(all_terms: Sequence[Sequence[str]], background: dict[str, float]) -> dict[str, float]:
    """Weigh each term by general rarity times rarity among these documents' sentences."""
    frequency: dict[str, int] = defaultdict(int)
    for terms in all_terms:
        for t in set(terms):
            frequency[t] += 1
    count = len(all_terms)
    scale = math.log(count + 1)
    return {
        t: background[t] * (_LOCAL_FLOOR + (1 - _LOCAL_FLOOR) * (math.log((count + 1) / df) / scale if count > 1 else 1.0))
        for t, df in frequency.items()
    }


def _candidates(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]], weights: dict[str, float]) -> set[tuple[int, int]]:
    """Pairs sharing one of their rarest terms, each sentence keeping its best few: near-linear cost."""
    keep: set[tuple[int, int]] = set()
    for side, (queries, targets) in enumerate(((left, right), (right, left))):
        postings: dict[str, list[int]] = defaultdict(list)
        for index, terms in enumerate(targets):
            for t in set(terms):
                postings[t].append(index)
        for index, terms in enumerate(queries):
            keys = heapq.nsmallest(_BLOCKING_KEYS, set(terms), key=lambda t: (-weights[t], t))
            shared: dict[int, float] = defaultdict(float)
            for t in keys:
                posting = postings.get(t)
                if posting and len(posting) <= _POSTING_CAP:
                    w = weights[t]
                    for other in posting:
                        shared[other] += w
            best = heapq.nsmallest(_CANDIDATES_PER_SENTENCE, shared.items(), key=lambda item: (-item[1], item[0]))
            keep.update((index, other) if side == 0 else (other, index) for other, _ in best)
    return keep


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def _features(first: Sequence[str], second: Sequence[str], weights: dict[str, float], *, lone: bool) -> tuple[float, float, float]:
    """Weighted dice, weighted coverage of the smaller side (``lone``: of the larger side), matched weight."""
    set_first, set_second = set(first), set(second)
    shared = set_first & set_second
    matched = sum(weights[t] for t in shared)
    if not matched:
        return 0.0, 0.0, 0.0
    only_first = set_first - shared
    only_second = set_second - shared
    total_first = matched + sum(weights[t] for t in only_first)
    total_second = matched + sum(weights[t] for t in only_second)
    if not lone:
        # Two figures in the same slot (30 killed / dozens killed) are a conflict within one fact, not two facts.
        numbers_first = [weights[t] for t in only_first if t.startswith("#")]
        numbers_second = [weights[t] for t in only_second if t.startswith("#")]
        if numbers_first and numbers_second:
            total_first -= sum(numbers_first)
            total_second -= sum(numbers_second)
    dice = 2 * matched / (total_first + total_second)
    coverage = matched / (max if lone else min)(total_first, total_second)
    return dice, min(1.0, coverage), matched


def _canonical_terms(vocabularies: Sequence[set[str]], weights: dict[str, float]) -> dict[str, str]:
    """Map variant terms to one spelling: fuzzy name variants (Bagdhis -> Badghis) and word families."""
    canonical = _name_aliases(vocabularies, weights)
    family = _word_families({canonical.get(t, t) for vocabulary in vocabularies for t in vocabulary})
    mapped: dict[str, str] = {}
    for vocabulary in vocabularies:
        for t in vocabulary:
            alias = canonical.get(t, t)
            alias = family.get(alias, alias)
            if alias != t:
                mapped[t] = alias
    return mapped


def _word_families(vocabulary: Iterable[str]) -> dict[str, str]:
    """Map each term to a shorter term that begins it (provinc -> provincial, govern -> government)."""
    family: dict[str, str] = {}
    roots: list[str] = []
    for t in sorted(vocabulary):
        if not t.isalpha():
            continue
        while roots and not t.startswith(roots[-1]):
            roots.pop()
        if roots and len(t) - len(roots[-1]) <= _FAMILY_MAX_SUFFIX:
            family[t] = roots[-1]
        elif len(t) >= _FAMILY_MIN_ROOT:
            roots.append(t)
    return family


def _name_aliases(vocabularies: Sequence[set[str]], weights: dict[str, float]) -> dict[str, str]:
    """Map rare terms to a near-identical rare term of another document (Bagdhis -> Badghis).

    Spellings are linked only when they occur in different documents, and each
    linked set maps to its alphabetically first member, so the result does not
    depend on the order of the documents.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    names = sorted(
        {
            t
            for vocabulary in vocabularies
            for t in vocabulary
            if len(t) >= _NAME_MIN_LENGTH and weights.get(t, 0.0) >= _NAME_MAX_ZIPF_WEIGHT and t.isalpha()
        }
    )
    if len(names) < 2:
        return {}
    where = {t: {index for index, vocabulary in enumerate(vocabularies) if t in vocabulary} for t in names}
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for t in names:
        by_shape[(t[0], len(t))].append(t)
    parent = {t: t for t in names}

    def root(t: str) -> str:
        while parent[t] != t:
            t = parent[t]
        return t

    for t in names:
        # Same first letter and nearly the same length: a spelling variant, found without scanning every name.
        pool = [u for size in range(len(t) - 2, len(t) + 3) for u in by_shape.get((t[0], size), ()) if u > t]
        if not pool:
            continue
        for u, _, _ in process.extract(t, pool, scorer=OSA.normalized_similarity, score_cutoff=_NAME_MIN_SIMILARITY, limit=None):
            if len(where[t] | where[u]) > 1:
                first, second = sorted((root(t), root(u)))
                parent[second] = first
    return {t: root(t) for t in names if root(t) != t}
