"""Read the thing a figure counts: the noun phrase after it (``troops``), or before it in a toll or headline.

Internal to :mod:`diffnews.numbers`.

>>> from diffnews.number_vocabulary import Tokens
>>> read_thing(Tokens("25 government troops fled"), 1, False)
'government troops'
"""

from __future__ import annotations

from diffnews.lexicon import STOPWORDS as _LEXICON_STOPWORDS
from diffnews.number_vocabulary import (
    BOUNDARY, DETERMINERS, IRREGULAR_PLURALS, MONTHS, PARTITIVES, PRONOUNS, WEEKDAYS, WORDLIKE, Tokens, is_plural,
)

def read_thing(tokens: Tokens, index: int, singular: bool) -> str:
    """Read the counted noun phrase after a number: modifiers up to the first plural head noun (one word when
    ``singular``).  What is no noun phrase gives a state (``80 still missing``, ``76 remain missing``) or nothing.
    """
    partitive = tokens.get(index) == "of"
    if partitive:
        index += 1
        if tokens.get(index) in PRONOUNS:
            return ""
        while tokens.get(index) in DETERMINERS:
            index += 1
    collected: list[str] = []
    while tokens.get(index) in ('"', "'"):
        index += 1
    if (state := _state_after_adverbs(tokens, index)) is not None:
        return state
    if not partitive and tokens.get(index) in _PLACE_ADVERBS and not is_plural(tokens.get(index + 1)):
        return ""  # "killing two aboard", "200 abroad": where they are, not what they are
    while len(collected) < 6 and index < len(tokens):
        word = tokens.get(index)
        if word == "and" and collected and WORDLIKE.match(tokens.get(index + 1)) and len(collected) < 3:
            collected.append(word)
            index += 1
            continue
        if not WORDLIKE.match(word) or word in BOUNDARY or word in MONTHS or (
                collected and tokens.get(index - 1) == "-" and not tokens.glued(index)):
            break
        collected.append(word.replace(".", "") if "." in word else word)
        index += 1
        while tokens.glued(index) and _continues_code(tokens, index, collected[-1]):
            collected[-1] += tokens.get(index)  # a code names a kind of thing: "170 Covid-19 cases", "20 F-16 jets"
            index += 1
        if is_plural(word) or singular:
            break
    if len(collected) >= 2 and not singular and _headline_verb(tokens, index, collected):
        return " ".join(collected[:-1])  # "6.8 magnitude quake kills at least 15": the thing is the quake
    if collected and not is_plural(collected[-1]) and collected[0] in _LEXICON_STOPWORDS and (
            collected[0] not in _NOUN_PHRASE_WORDS):
        return ""  # a function word opens no noun phrase: "millions around the world"
    if collected and not singular and not is_plural(collected[-1]):
        collected = collected[:1]
    while collected and (collected[-1] == "and" or collected[-1].endswith(("ed", "ing")) and not is_plural(
            collected[-1])):
        collected.pop()
    if collected and collected[-1] in PARTITIVES and tokens.get(index) == "of":
        return read_thing(tokens, index, False) or " ".join(collected)
    return " ".join(collected)


def _continues_code(tokens: Tokens, index: int, word: str) -> bool:
    """Whether the token at ``index``, glued to ``word``, continues a code: digits (``MH17``), letters after digits
    (``H1N1``) or a hyphen before digits (``Covid-19``, ``F-16``)."""
    part = tokens.get(index)
    if part[:1].isdigit():
        return True
    if part.isalpha():
        return any(character.isdigit() for character in word)
    return part == "-" and tokens.glued(index + 1) and tokens.get(index + 1)[:1].isdigit()


# A figure a verb of killing or wounding governs, with no noun after it, counts the dead or the injured:
# "quake kills at least 15 in Ecuador", "injuring 50".
_TOLL_VERBS = {**dict.fromkeys("kill kills killed killing".split(), "dead"),
               **dict.fromkeys("injure injures injured injuring wound wounds wounded wounding".split(), "injured")}
_TOLL_NOUNS = {"death": "dead", "injury": "injured"}
"""What a toll counts by the noun before it: the death toll counts the dead."""
_SCALE_WORDS = frozenset("million millions billion billions trillion bn m".split())
"""Scales after a figure that make a toll a cost (``an economic toll of 5 billion``), not the dead."""
STATES = {"missing": "missing", "dead": "dead", "hurt": "injured",
          **{word: _TOLL_VERBS[word] for word in ("killed", "injured", "wounded")}}
"""Words of the state a toll counts people in, and the state each names: ``76 remain missing``, ``200 reportedly
killed`` (the dead)."""
STATE_WORDS = {**_TOLL_VERBS, **STATES, **dict.fromkeys("die dies died perished".split(), "dead"),
               **dict.fromkeys("arrested detained".split(), "arrested")}
"""Words of a clause that put the people a figure counts in a state: ``killing 64``, ``had been injured``."""
_PLACE_ADVERBS = frozenset(
    "aboard onboard abroad overseas nationwide worldwide apiece overall altogether inside outside ashore indoors "
    "outdoors upstairs downstairs nearby".split())
"""Adverbs of place or manner that follow a figure in place of a noun: ``killing two aboard``, ``$20 apiece``."""
_FUNCTION_ADVERBS = frozenset("still already again even ever often once quite rather too very yet thus".split())
"""Adverbs of the lexicon's stop list: after a figure they modify what follows (``80 still missing``)."""
_LY_NOUNS = frozenset("family assembly supply monopoly anomaly butterfly homily melancholy".split())
"""Words in ``-ly`` that are nouns, not adverbs."""
_NOUN_PHRASE_WORDS = frozenset(
    "another any few many most much one other others own same several some such what whatever least us".split())
"""Words of the lexicon's stop list that open or are a noun phrase (``5 others``, ``30 US troops``)."""
_LINKING_VERBS = frozenset("remain remains stay stays lie lay".split())
"""Verbs that link a count to its state without ``-ed``: ``76 remain missing``, ``12 lay dead``."""


def is_adverb(word: str) -> bool:
    """Whether a lowercase word is an adverb: one of the stop list's (``still``), or in ``-ly`` (``reportedly``)."""
    return word in _FUNCTION_ADVERBS or len(word) >= 6 and word.endswith("ly") and word not in _LY_NOUNS


def _state_after_adverbs(tokens: Tokens, index: int) -> str | None:
    """Return the thing of a figure that no noun phrase follows: a state that ends its phrase, after adverbs and a
    linking verb or participle ("80 still missing", "76 remain missing", "12 feared dead", "200 reportedly killed":
    the dead), or nothing after an adverb (an adverb modifies a verb or adjective: "20 reportedly fled").
    None when a noun phrase may follow ("12 injured people", "4 Iraqis killed", "5 seriously injured people")."""
    position = index
    while is_adverb(tokens.get(position)):
        position += 1
    link = tokens.get(position)
    if link not in STATES and tokens.get(position + 1) in STATES and (link in _LINKING_VERBS or link.endswith("ed")):
        position += 1
    after = tokens.get(position + 1)
    if tokens.get(position) in STATES and (not WORDLIKE.match(after) or after in BOUNDARY):
        return STATES[tokens.get(position)]
    if not is_adverb(tokens.get(index)):
        return None
    for end in range(position, position + 6):
        word = tokens.get(end)
        if not WORDLIKE.match(word) or word in BOUNDARY:
            break
        if is_plural(word):
            return None
    return ""


# What opens a verb's object right after it: a quantity ("kills nearly 40", "kills at least 15").  Determiners are
# left out: "40 aid convoys the UN sent" has a plural noun before one.
_OBJECT_OPENERS = frozenset("nearly almost".split())


def _headline_verb(tokens: Tokens, index: int, collected: list[str]) -> bool:
    """Whether the last word read (before token ``index``) is a verb in ``-s`` after a singular noun, as headlines
    write them: "6.8 quake shakes Ecuador", "magnitude quake kills at least 15".  A plural head noun after a
    singular one ("rescue vehicles", "health centres") is followed by punctuation, a verb or a preposition; a
    verb by its object: a figure, or a name (a capital after a lowercase word)."""
    last, before = collected[-1], collected[-2]
    if not last.endswith("s") or last in IRREGULAR_PLURALS or before == "and" or is_plural(before):
        return False
    following = tokens.get(index)
    if not following:
        return False
    if following[0].isdigit() or following in _OBJECT_OPENERS or tokens.matches(index, ("at", "least")) \
            or tokens.matches(index, ("more", "than")):
        return True
    written_last = tokens.text[tokens.starts[index - 1]]
    written_next = tokens.text[tokens.starts[index]]
    return written_last.islower() and written_next.isupper() and following not in WEEKDAYS and following not in MONTHS




def read_thing_before(tokens: Tokens, index: int) -> str:
    """Read the thing a sentence announces before a bare figure: ``how many women ... run to 1.6 million``,
    ``kills at least 15`` (the dead)."""
    verb = tokens.get(index - 2) if tokens.get(index - 1) == "all" else tokens.get(index - 1)
    if verb in _TOLL_VERBS:
        return _TOLL_VERBS[verb]  # "kills 15", "killing all 11 aboard"
    # Only the nearest announcement counts, and only inside the figure's clause (no ";" or sentence break).
    for position in range(index - 1, 0, -1):
        word = tokens.get(position)
        if word in (";", ".", "?", "!"):
            return ""
        if word == "many" and tokens.get(position - 1) == "how" or word == "number" and tokens.get(
                position + 1) == "of":
            return read_thing(tokens, position + 1, False)
        if word in ("toll", "tolls") and tokens.get(position - 1) in _TOLL_NOUNS:
            return _TOLL_NOUNS[tokens.get(position - 1)]  # "put the death toll at 22", "the death toll rose to 22"
        if word in ("toll", "tolls") and tokens.get(index + 1) not in _SCALE_WORDS:
            return "dead"  # "quake toll rises to 164": a toll of a count is the dead; a cost comes in millions
    return ""
