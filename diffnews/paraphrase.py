"""Score two lone sentences: do they tell the same fact in other words?

A logistic model over lexical features of the pair: how much of the rarer
content each side shares (background word rarity, stems, equivalences and
spelling variants, as the aligner uses), how much it leaves out, word order,
word and n-gram overlap, length, and whether the figures agree.  The weights
were fitted by ``tools/fit_paraphrase.py`` on news sentence pairs from
different outlets (docs/notes/aligner.md gives the data and the figures);
inside a document the aligner uses its own document-aware score instead.

>>> similarity("The earthquake killed at least 112 people, officials said on Monday.",
...            "At least 112 people were killed in the quake, authorities said Monday.") > 0.5
True
>>> similarity("The Taliban entered police headquarters.", "Iran hosted surprise peace talks in Tehran.") < 0.2
True
"""

from __future__ import annotations

import math

from .align import _canonical_terms, _profile, lowest_weights
from .text import words

# Weight of each feature on the log-odds scale; the bias puts the decision line at 0.5.
# Fitted with standardized features and an L2 penalty, then mapped back to raw units.
WEIGHTS: dict[str, float] = {
    "bias": -4.0518,
    "bigram_dice": -0.8245,
    "coverage_of_larger": -6.9918,
    "coverage_of_smaller": 3.4987,
    "jaccard": 4.2078,
    "length_ratio": 3.6788,
    "log_left_out_least": 0.2525,
    "log_left_out_most": -2.0370,
    "log_length_gap": 0.1057,
    "log_matched": 1.1354,
    "numbers_differ": -0.8140,
    "numbers_one_side": 0.5207,
    "shared_of_larger": -0.6469,
    "shared_of_smaller": -0.5567,
    "token_set": -4.0010,
    "token_sort": 6.0789,
    "trigram_dice": -3.8445,
    "word_order": 6.5182,
}


def similarity(a: str, b: str) -> float:
    """Score in 0..1 how surely two sentences tell the same fact; 0.5 is the decision line."""
    features = pair_features(a, b)
    if features is None:
        return 0.0
    z = WEIGHTS["bias"] + sum(WEIGHTS[name] * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))), 6)


def pair_features(a: str, b: str) -> dict[str, float] | None:
    """Return the features of a sentence pair, or None when the two share no content word."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel

    first, second = _profile(a, counted=False), _profile(b, counted=False)
    canonical = _canonical_terms([set(first.terms), set(second.terms)], {**first.weights, **second.weights})
    terms_first = {canonical.get(t, t) for t in first.terms}
    terms_second = {canonical.get(t, t) for t in second.terms}
    shared = terms_first & terms_second
    if not shared:
        return None
    weights = lowest_weights((canonical.get(t, t), w) for profile in (first, second) for t, w in profile.weights.items())
    matched = sum(weights[t] for t in shared)
    left_out = sorted((sum(weights[t] for t in terms_first - shared), sum(weights[t] for t in terms_second - shared)))
    numbers_first = {t for t in terms_first if t.startswith("#")}
    numbers_second = {t for t in terms_second if t.startswith("#")}
    words_first, words_second = words(a), words(b)
    distinct_first, distinct_second = set(words_first), set(words_second)
    common = len(distinct_first & distinct_second)
    joined_first, joined_second = " ".join(words_first), " ".join(words_second)
    return {
        # Shared content weight over each side's content weight: the larger side and the smaller.
        "coverage_of_larger": matched / (matched + left_out[1]),
        "coverage_of_smaller": matched / (matched + left_out[0]),
        "log_matched": math.log1p(matched),
        # Detail one side adds is often a second fact.
        "log_left_out_most": math.log1p(left_out[1]),
        "log_left_out_least": math.log1p(left_out[0]),
        "numbers_differ": float(numbers_first != numbers_second),
        "numbers_one_side": float(bool(numbers_first) != bool(numbers_second)),
        # Surface overlap over all words, function words included.
        "jaccard": common / len(distinct_first | distinct_second),
        "shared_of_larger": common / max(len(distinct_first), len(distinct_second)),
        "shared_of_smaller": common / min(len(distinct_first), len(distinct_second)),
        "bigram_dice": _ngram_dice(words_first, words_second, 2),
        "trigram_dice": _ngram_dice(words_first, words_second, 3),
        "word_order": Indel.normalized_similarity(words_first, words_second),
        "token_set": fuzz.token_set_ratio(joined_first, joined_second) / 100,
        "token_sort": fuzz.token_sort_ratio(joined_first, joined_second) / 100,
        "length_ratio": min(len(words_first), len(words_second)) / max(len(words_first), len(words_second)),
        "log_length_gap": math.log1p(abs(len(words_first) - len(words_second))),
    }


def _ngram_dice(first: list[str], second: list[str], n: int) -> float:
    grams_first = set(zip(*(first[i:] for i in range(n))))
    grams_second = set(zip(*(second[i:] for i in range(n))))
    if not grams_first and not grams_second:
        return 0.0
    return 2 * len(grams_first & grams_second) / (len(grams_first) + len(grams_second))
