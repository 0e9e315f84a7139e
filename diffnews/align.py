"""Sentences x sentences -> alignments: score sentence pairs, then choose groups globally.

A sentence pair scores high when it shares what makes a fact specific: rare
content words (rare in general English *and* within the documents compared),
names even when spelled differently, and numbers.  Words every sentence of
both reports share (the topic) weigh little.  Pairs are then chosen globally:
one-to-one by descending score, then a sentence may take in a second partner
that it is clearly the best match for.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lexicon import STOPWORDS, term, zipf
from .model import Alignment, Document, Operation, Options, Sentence, WordEdit
from .text import normalize_text, words

_PHRASES = re.compile(r"\b(united states|united kingdom|united nations|european union|per cent|pull out)\b")
_NAME_MIN_LENGTH = 5
"""Shorter names (Iran, Iraq) are never matched fuzzily: one letter changes them."""
_NAME_MIN_SIMILARITY = 0.75
_CANDIDATES_PER_SENTENCE = 8
_LOGISTIC_SLOPE = 12.0
_LOGISTIC_CENTRE = 0.30
"""Raw score that maps to 0.5, the default threshold: calibrated on the gold pairs."""
_EVIDENCE_HALF = 3.0
"""Matched weight at which the evidence factor reaches one half: a lone common word is not a fact."""


@dataclass(frozen=True, slots=True)
class _Profile:
    """A sentence as weighted terms."""

    terms: tuple[str, ...]
    """Content terms in order (stemmed, canonical), with repeats."""


def content_terms(text: str) -> tuple[str, ...]:
    """Return the content terms of a text in order: stems and classes, no function words.

    >>> content_terms("Afghan officials have vowed to secure major cities.")
    ('afghan', 'official', 'vow', 'secur', 'large', 'city')
    """
    lowered = _PHRASES.sub(lambda match: match.group().replace(" ", "-"), normalize_text(text).lower())
    return tuple(term(word) for word in words(lowered) if word not in STOPWORDS and not _is_noise(word))


def _is_noise(word: str) -> bool:
    return len(word) == 1 and not word.isdigit()


def background_weight(term_: str) -> float:
    """Weigh a term by its rarity in general English: ``the`` weighs ~0, a name ~4.5."""
    if term_.startswith("#"):
        return 3.0
    return max(0.2, 7.0 - zipf(term_.replace("-", " ").split()[0] if "-" in term_ else term_))


def similarity(a: str, b: str) -> float:
    """Score in 0..1 how surely two sentences tell the same fact; 0.5 is the decision line.

    >>> similarity("Afghan defense officials have said they intend to focus on securing major cities, roads, and border towns.",
    ...            "Afghan defense officials have already vowed to secure major cities, roads and border towns.") > 0.5
    True
    >>> similarity("The Taliban entered police headquarters.", "Iran hosted surprise peace talks in Tehran.") < 0.2
    True
    """
    first, second = content_terms(a), content_terms(b)
    aliases = _name_aliases([set(first), set(second)])
    first = tuple(aliases.get(t, t) for t in first)
    second = tuple(aliases.get(t, t) for t in second)
    weights = {t: background_weight(t) for t in set(first) | set(second)}
    return _calibrate(_raw_score(first, second, weights))


def align_documents(documents: Sequence[Document], *, options: Options = Options()) -> tuple[Alignment, ...]:
    """Find groups of sentences that tell the same fact, between the first document and each other one."""
    alignments: list[Alignment] = []
    first = documents[0]
    for other_index in range(1, len(documents)):
        other = documents[other_index]
        for group_first, group_other, score in _align_pair(first, other, options):
            ids = [() for _ in documents]
            ids[0] = tuple(s.id for s in group_first)
            ids[other_index] = tuple(s.id for s in group_other)
            alignments.append(
                Alignment(sentences=tuple(ids), score=round(score, 4), edits=word_edits(" ".join(s.text for s in group_first), " ".join(s.text for s in group_other)))
            )
    alignments.sort(key=lambda alignment: _first_positions(alignment, documents))
    return tuple(alignments)


def _first_positions(alignment: Alignment, documents: Sequence[Document]) -> tuple[int, ...]:
    positions = []
    for ids, document in zip(alignment.sentences, documents):
        index = {sentence.id: sentence.index for sentence in document.sentences}
        positions.append(min((index[i] for i in ids), default=len(document.sentences)))
    return tuple(positions)


def _align_pair(first: Document, second: Document, options: Options) -> list[tuple[list[Sentence], list[Sentence], float]]:
    left = [s for s in first.sentences if s.role.is_content]
    right = [s for s in second.sentences if s.role.is_content]
    if not left or not right:
        return []
    left_terms = [content_terms(s.text) for s in left]
    right_terms = [content_terms(s.text) for s in right]
    aliases = _name_aliases([{t for terms in left_terms for t in terms}, {t for terms in right_terms for t in terms}])
    right_terms = [tuple(aliases.get(t, t) for t in terms) for terms in right_terms]
    left_terms = [tuple(aliases.get(t, t) for t in terms) for terms in left_terms]
    weights = _document_weights(left_terms + right_terms)
    scores = _score_candidates(left_terms, right_terms, weights)
    return _choose_groups(left, right, scores, options)


def _document_weights(all_terms: Sequence[Sequence[str]]) -> dict[str, float]:
    """Weigh each term by general rarity times rarity among these documents' sentences."""
    frequency: dict[str, int] = defaultdict(int)
    for terms in all_terms:
        for t in set(terms):
            frequency[t] += 1
    count = len(all_terms)
    weights = {}
    for t, df in frequency.items():
        local = math.log((count + 1) / df) / math.log(count + 1) if count > 1 else 1.0
        weights[t] = background_weight(t) * (0.2 + 0.8 * local)
    return weights


def _score_candidates(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]], weights: dict[str, float]) -> dict[tuple[int, int], float]:
    """Score only pairs that share a term, keeping each sentence's best few: near-linear cost."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j, terms in enumerate(right):
        for t in set(terms):
            postings[t].append(j)
    # Terms that occur in a large share of sentences cannot single out a pair; skip them for blocking.
    cap = max(32, len(right) // 20)
    shared: dict[tuple[int, int], float] = defaultdict(float)
    for i, terms in enumerate(left):
        for t in set(terms):
            posting = postings.get(t)
            if posting and len(posting) <= cap:
                w = weights[t]
                for j in posting:
                    shared[(i, j)] += w
    best_left: dict[int, list[tuple[float, int]]] = defaultdict(list)
    best_right: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), value in shared.items():
        best_left[i].append((value, j))
        best_right[j].append((value, i))
    keep: set[tuple[int, int]] = set()
    for i, options in best_left.items():
        keep.update((i, j) for _, j in sorted(options, key=lambda item: (-item[0], item[1]))[:_CANDIDATES_PER_SENTENCE])
    for j, options in best_right.items():
        keep.update((i, j) for _, i in sorted(options, key=lambda item: (-item[0], item[1]))[:_CANDIDATES_PER_SENTENCE])
    return {(i, j): _calibrate(_raw_score(left[i], right[j], weights)) for i, j in keep}


def _raw_score(first: Sequence[str], second: Sequence[str], weights: dict[str, float]) -> float:
    """Weighted overlap of two term sequences, between dice and containment, discounted for thin evidence."""
    set_first, set_second = set(first), set(second)
    total_first = sum(weights[t] for t in set_first)
    total_second = sum(weights[t] for t in set_second)
    if not total_first or not total_second:
        return 0.0
    matched = sum(weights[t] for t in set_first & set_second)
    matched += 0.5 * _shared_bigram_weight(first, second, weights)
    dice = 2 * matched / (total_first + total_second)
    containment = matched / min(total_first, total_second)
    evidence = matched / (matched + _EVIDENCE_HALF)
    return min(1.0, (0.6 * dice + 0.4 * min(1.0, containment)) * evidence)


def _shared_bigram_weight(first: Sequence[str], second: Sequence[str], weights: dict[str, float]) -> float:
    """Weight of adjacent term pairs both texts share: shared phrasing is stronger than shared words."""
    pairs = set(zip(second, second[1:]))
    return sum(min(weights[x], weights[y]) for x, y in set(zip(first, first[1:])) if (x, y) in pairs)


def _calibrate(raw: float) -> float:
    return 1.0 / (1.0 + math.exp(-_LOGISTIC_SLOPE * (raw - _LOGISTIC_CENTRE)))


def _name_aliases(vocabularies: Sequence[set[str]]) -> dict[str, str]:
    """Map rare terms of later vocabularies to near-identical rare terms of earlier ones (Bagdhis -> Badghis)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    aliases: dict[str, str] = {}
    known: list[str] = sorted(t for t in vocabularies[0] if _is_name_like(t))
    for vocabulary in vocabularies[1:]:
        for candidate in sorted(vocabulary):
            if candidate in aliases or not _is_name_like(candidate) or candidate in vocabularies[0]:
                continue
            match = process.extractOne(candidate, known, scorer=OSA.normalized_similarity, score_cutoff=_NAME_MIN_SIMILARITY)
            if match and match[0][0] == candidate[0]:
                aliases[candidate] = match[0]
        known = sorted(set(known) | {t for t in vocabulary if _is_name_like(t) and t not in aliases})
    return aliases


def _is_name_like(t: str) -> bool:
    return len(t) >= _NAME_MIN_LENGTH and t.replace("-", "").isalpha() and zipf(t) <= 3.0


def word_edits(old: str, new: str) -> tuple[WordEdit, ...]:
    """Return the word-level difference between two texts; words are never split.

    >>> [(e.operation.value, e.old, e.new) for e in word_edits("they intend to secure cities", "they vowed to secure cities")]
    [('equal', 'they', 'they'), ('replace', 'intend', 'vowed'), ('equal', 'to secure cities', 'to secure cities')]
    """
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, _comparable(old_words), _comparable(new_words), autojunk=False)
    return tuple(
        WordEdit(Operation(tag), " ".join(old_words[i1:i2]), " ".join(new_words[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _comparable(tokens: Iterable[str]) -> list[str]:
    return [normalize_text(token).lower() for token in tokens]


def _choose_groups(
    left: Sequence[Sentence], right: Sequence[Sentence], scores: dict[tuple[int, int], float], options: Options
) -> list[tuple[list[Sentence], list[Sentence], float]]:
    """Pick pairs one-to-one by score, then let a sentence take a second partner it is the best match for."""
    ranked = sorted(((score, i, j) for (i, j), score in scores.items() if score >= options.threshold), key=lambda item: (-item[0], item[1], item[2]))
    left_group: dict[int, int] = {}
    right_group: dict[int, int] = {}
    groups: list[tuple[list[int], list[int], float]] = []
    for score, i, j in ranked:
        if i in left_group or j in right_group:
            continue
        left_group[i] = right_group[j] = len(groups)
        groups.append(([i], [j], score))
    if options.max_group > 1:
        best_for_left = _best_partner(scores, 0)
        best_for_right = _best_partner(scores, 1)
        for score, i, j in ranked:
            if i in left_group and j not in right_group and best_for_right.get(j) == i:
                group = groups[left_group[i]]
                if len(group[0]) == 1 and len(group[1]) < options.max_group:
                    group[1].append(j)
                    right_group[j] = left_group[i]
            elif j in right_group and i not in left_group and best_for_left.get(i) == j:
                group = groups[right_group[j]]
                if len(group[1]) == 1 and len(group[0]) < options.max_group:
                    group[0].append(i)
                    left_group[i] = right_group[j]
    return [([left[i] for i in sorted(g_left)], [right[j] for j in sorted(g_right)], score) for g_left, g_right, score in groups]


def _best_partner(scores: dict[tuple[int, int], float], side: int) -> dict[int, int]:
    best: dict[int, tuple[float, int]] = {}
    for pair, score in scores.items():
        key, partner = pair[side], pair[1 - side]
        if key not in best or (score, -partner) > (best[key][0], -best[key][1]):
            best[key] = (score, partner)
    return {key: partner for key, (_, partner) in best.items()}
