"""Score two lone sentences: do they tell the same fact in other words?

A logistic model over lexical features of the pair: how much of the rarer
content each side shares (background word rarity, stems, equivalences and
spelling variants, as the aligner uses), what it leaves out (the rarest word,
names, how many words), what kind of words one side adds (framing such as
"officials said", or a connective that brings a further clause) and the
longest stretch it adds, whether the figures, weekdays and negation agree,
word order, word, trigram and character-trigram overlap.  The weights
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

import itertools
import math
from collections.abc import Sequence

from .align import _canonical_terms, _profile, lowest_weights
from .number_words import WEEKDAYS
from .text import WORD as _TOKEN, normalize_text

# Weight of each feature on the log-odds scale; the bias puts the decision line at 0.5.
# Fitted with standardized features and an L2 penalty, then mapped back to raw units.
WEIGHTS: dict[str, float] = {
    "bias": 2.2396,
    "best_part": -4.9014,
    "char3_dice": 7.4418,
    "characters": 2.0286,
    "connectives_left_out": 0.2956,
    "connectives_most_left_out": -0.8575,
    "coverage_of_larger": 1.3608,
    "coverage_of_smaller": 1.4261,
    "fewest_left_out": -0.1043,
    "framing_left_out": 0.6497,
    "framing_most_left_out": -0.4689,
    "in_order_of_shorter": -5.6498,
    "jaccard": 6.3943,
    "log_matched": -0.6391,
    "longest_added": -0.2489,
    "longest_added_share": 4.0175,
    "longest_gap_share": -4.4523,
    "longest_reworded": 0.0906,
    "longest_reworded_share": -0.2209,
    "names_left_out": 0.1001,
    "negation_differs": -1.1891,
    "numbers_differ": -0.5433,
    "numbers_one_side": 0.6325,
    "rarest_left_out": -0.1075,
    "shared_of_larger": -4.0916,
    "shared_of_smaller": -0.8879,
    "token_set": -4.4377,
    "token_sort": 1.7632,
    "trigram_dice": -2.4454,
    "weekdays_differ": -1.2229,
    "word_order": 8.0036,
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
    from rapidfuzz.distance import Indel, LCSseq

    first, second = _profile(a, counted=False), _profile(b, counted=False)
    weights = lowest_weights(itertools.chain(first.weights.items(), second.weights.items()))
    terms_first, terms_second = set(first.terms), set(second.terms)
    canonical = _canonical_terms([terms_first, terms_second], weights)
    if canonical:
        terms_first = {canonical.get(t, t) for t in terms_first}
        terms_second = {canonical.get(t, t) for t in terms_second}
        weights = lowest_weights((canonical.get(t, t), w) for t, w in weights.items())
    shared = terms_first & terms_second
    if not shared:
        return None
    matched = sum(weights[t] for t in shared)
    only_first, only_second = terms_first - shared, terms_second - shared
    left_out = sorted((sum(weights[t] for t in only_first), sum(weights[t] for t in only_second)))
    numbers_first = {t for t in terms_first if t.startswith("#")}
    numbers_second = {t for t in terms_second if t.startswith("#")}
    text_first, text_second = normalize_text(a), normalize_text(b)
    tokens_first, tokens_second = _TOKEN.findall(text_first), _TOKEN.findall(text_second)
    words_first, words_second = [t.lower() for t in tokens_first], [t.lower() for t in tokens_second]
    distinct_first, distinct_second = set(words_first), set(words_second)
    common = len(distinct_first & distinct_second)
    shorter = min(len(words_first), len(words_second))
    joined_first, joined_second = " ".join(words_first), " ".join(words_second)
    lower_first, lower_second = text_first.lower(), text_second.lower()
    # Capitalized words after the first: names one side gives and the other does not.
    names_first = {t.lower() for t in tokens_first[1:] if t[0].isupper()}
    names_second = {t.lower() for t in tokens_second[1:] if t[0].isupper()}
    days_first, days_second = distinct_first & WEEKDAYS, distinct_second & WEEKDAYS
    return {
        # Shared content weight over each side's content weight: the larger side and the smaller.
        "coverage_of_larger": matched / (matched + left_out[1]),
        "coverage_of_smaller": matched / (matched + left_out[0]),
        "log_matched": math.log1p(matched),
        # Detail one side adds is often a second fact: its rarest word, and how many words the leaner side adds.
        "rarest_left_out": max((weights[t] for t in only_first | only_second), default=0.0),
        "fewest_left_out": float(min(len(only_first), len(only_second))),
        "numbers_differ": float(numbers_first != numbers_second),
        "numbers_one_side": float(bool(numbers_first) != bool(numbers_second)),
        "weekdays_differ": float(bool(days_first) and bool(days_second) and days_first != days_second),
        "negation_differs": float(_negated(distinct_first, lower_first) != _negated(distinct_second, lower_second)),
        "names_left_out": float(max(len(names_first - names_second), len(names_second - names_first))),
        # Surface overlap over all words, function words included.
        "jaccard": common / len(distinct_first | distinct_second),
        "shared_of_larger": common / max(len(distinct_first), len(distinct_second)),
        "shared_of_smaller": common / min(len(distinct_first), len(distinct_second)),
        "trigram_dice": _ngram_dice(words_first, words_second, 3),
        "word_order": Indel.normalized_similarity(words_first, words_second),
        "in_order_of_shorter": LCSseq.similarity(words_first, words_second) / shorter,
        "token_set": fuzz.token_set_ratio(joined_first, joined_second) / 100,
        "token_sort": fuzz.token_sort_ratio(joined_first, joined_second) / 100,
        # Characters: spelling variants and inflections that whole words miss.
        "characters": fuzz.ratio(lower_first, lower_second) / 100,
        "best_part": fuzz.partial_ratio(lower_first, lower_second) / 100,
        "char3_dice": _ngram_dice(f" {lower_first} ", f" {lower_second} ", 3),
        # What the words one side adds are: framing (who said it, when) leaves the fact alone; a connective
        # ("and", "which", "but") brings a second clause, which is a second fact.
        **_left_out_kinds(distinct_first - distinct_second, distinct_second - distinct_first),
        # The longest stretch of words one side has and the other lacks or words otherwise: an added clause.
        # Framing words are left out first, so "officials said" moved to the end opens no gap.
        **_longest_gaps([w for w in words_first if w not in _FRAMING], [w for w in words_second if w not in _FRAMING]),
    }


# Reporting words and the day or time of telling: one side may add them without changing the fact.
_FRAMING = WEEKDAYS | frozenset(
    "say says said tell tells told add adds added according statement statements announce announced report "
    "reports reported spokesman spokeswoman spokesperson note noted state stated explain explained "
    "yesterday today tonight".split()
)
# Words that join a further clause or phrase to a sentence.
_CONNECTIVES = frozenset(
    "and but which while who whose whom because although though when where whereas after before since".split()
)


def _left_out_kinds(only_first: set[str], only_second: set[str]) -> dict[str, float]:
    """Count the framing words and the connectives that only one side has: in all, and on the side with more."""
    features = {}
    for name, kind in (("framing", _FRAMING), ("connectives", _CONNECTIVES)):
        first, second = len(only_first & kind), len(only_second & kind)
        features[f"{name}_left_out"] = float(first + second)
        features[f"{name}_most_left_out"] = float(max(first, second))
    return features


def _longest_gaps(first: Sequence[str], second: Sequence[str]) -> dict[str, float]:
    """The longest run of words one side adds, and the longest run it words differently, in words and shares."""
    from rapidfuzz.distance import Indel

    added = replaced = 0
    removed = inserted = 0  # words of each side in the current stretch between two kept words
    first, second = sorted((first, second))  # the alignment is not symmetric: take the two in a fixed order
    for operation in (*Indel.opcodes(first, second), None):
        if operation is None or operation.tag == "equal":
            if removed and inserted:
                replaced = max(replaced, removed, inserted)
            else:
                added = max(added, removed + inserted)
            removed = inserted = 0
        else:
            removed += operation.src_end - operation.src_start
            inserted += operation.dest_end - operation.dest_start
    longer = max(len(first), len(second), 1)
    return {
        "longest_added": float(added),
        "longest_added_share": added / longer,
        "longest_reworded": float(replaced),
        "longest_reworded_share": replaced / longer,
        "longest_gap_share": max(added, replaced) / longer,
    }


_NEGATIONS = frozenset("not no never nor none nobody nothing without".split())


def _negated(distinct: set[str], lowered: str) -> bool:
    return "n't" in lowered or not _NEGATIONS.isdisjoint(distinct)


def _ngram_dice(first: Sequence[str], second: Sequence[str], n: int) -> float:
    """Dice overlap of the n-grams of two sequences: of words, or of a string's characters."""
    grams_first = set(zip(*(first[i:] for i in range(n))))
    grams_second = set(zip(*(second[i:] for i in range(n))))
    if not grams_first and not grams_second:
        return 0.0
    return 2 * len(grams_first & grams_second) / (len(grams_first) + len(grams_second))
