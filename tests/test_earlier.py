"""Resolving sources one earlier sentence at a time finds what one search of all earlier sentences joined found.

The attribution stage searched the text before each source joined with " | " (n^2 for n attributed lines).
Each search that the stage makes now reads each sentence once; these tests record every search it makes on
generated documents and check, for every sentence, that the per-sentence answer is the joined-text answer.
"""

from __future__ import annotations

import doctest
import re
from collections import Counter
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import earlier as earlier_module
from diffnews.attribution import attribute_sentences
from diffnews.earlier import EarlierText, all_found, any_found
from diffnews.model import Role, Sentence
from diffnews.quotes import flatten
from diffnews.referents import _SUFFIX, Speakers, _full_names, full_name, full_name_pattern, name_endings

_SOURCES = ["Smith", "Delaney", "Ruiz", "Critics", "the senator", "the chief justice", "the company", "the ministry",
            "the Times", "he", "she", "it", "they", "Mr. Ruiz", "the governor", "O'Brien", "\u0130lker"]
_PIECES = ["Sen. Mark Delaney", "Senator Ann Smith", "\u017fenator Bo Smith", "Chief Justice John Roberts",
           "chief justice Ana Ruiz", "Norvale Pharmaceuticals Inc.", "Harwell Logistics, the freight operator,",
           "Interior Ministry", "The New York Times", "critics", "smith", "Ana Ruiz Jr.", "Tom Ruiz", "Ruiz's team",
           "Dan O'Brien", "\u0130nterior M\u0131nistry", "GOVERNOR Li Smith", "U.S.", "|", " | ", "-", ",", ".", '"',
           "the", "met", "in", "Kabul", "officials", "Fox News", "\u0130lker Ay", "on Monday", "In June"]


@st.composite
def documents(draw: st.DrawFn) -> list[Sentence]:
    """A document of short sentences full of names, titles and bodies, some attributed, some headlines."""
    sentences = []
    for index in range(draw(st.integers(1, 12))):
        filler = " ".join(draw(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=5)))
        source = draw(st.sampled_from(_SOURCES))
        shape = draw(st.sampled_from(["{f}.", "{s} said {f}.", '"{f}," {s} said.', "{f}, {s} said.", "{s} told {f}."]))
        text = shape.format(f=filler, s=source[0].upper() + source[1:] if shape.startswith("{s}") else source)
        role = draw(st.sampled_from([Role.BODY, Role.BODY, Role.BODY, Role.HEADLINE]))
        sentences.append(Sentence(f"t{index}", "t", index, 0, len(text), text, text, role))
    return sentences


def _joined(sentences: list[Sentence], upto: int) -> str:
    """The text the old search read: the sentences before ``upto`` but headlines, joined by " | "."""
    return " | ".join(flatten(s.text) for s in sentences[:upto] if s.role not in (Role.HEADLINE, Role.SUBHEADING))


def _stripped(value: Any) -> Any:
    """A finding with its strings stripped: on the joined text a pattern ending in ``\\s*`` took the space of
    " | " too, and every use of a finding strips it."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, re.Match):
        return _stripped((value.group(), *value.groups()))
    if isinstance(value, (list, tuple)):
        return [_stripped(item) for item in value]
    return value


@settings(max_examples=300, deadline=None)
@given(documents(), st.randoms(use_true_random=False))
def test_every_search_finds_what_the_joined_search_found(sentences: list[Sentence], rng: Any) -> None:
    searches: list[tuple[str, Any, dict[str, Any]]] = []
    real_scan = EarlierText.scan

    def recording(self: EarlierText, pattern: str, read: Any, **narrowing: Any) -> Any:
        searches.append((pattern, read, narrowing))
        return real_scan(self, pattern, read, **narrowing)

    with mock.patch.object(EarlierText, "scan", recording):
        attribute_sentences(sentences)
    flats = [flatten(sentence.text) for sentence in sentences]
    distinct = {(pattern, read): (pattern, read, narrowing) for pattern, read, narrowing in searches}
    for pattern, read, narrowing in distinct.values():
        scan = EarlierText(sentences, flats).scan(pattern, read, **narrowing)
        order = list(range(len(sentences) + 1))
        rng.shuffle(order)  # sources are resolved in order, but a scan answers in any order
        for upto in order:
            whole = read(re.compile(pattern), _joined(sentences, upto))
            if read is all_found:
                found = [item for items in scan.found[:scan.count(upto)] for item in items]
                assert _stripped(found) == _stripped(whole or []), (pattern, upto)
            elif read is any_found:
                assert scan.any(upto) == (whole is not None), (pattern, upto)
            else:
                assert _stripped(scan.last(upto)) == _stripped(whole), (pattern, read, upto)


@settings(max_examples=200, deadline=None)
@given(documents())
def test_full_names_are_tallied_as_a_count_of_all_earlier_mentions(sentences: list[Sentence]) -> None:
    flats = [flatten(sentence.text) for sentence in sentences]
    text = EarlierText(sentences, flats)
    for surname in ("Smith", "Ruiz", "Delaney"):
        names = _full_names(text, surname)
        pattern = re.compile(full_name_pattern(surname))
        # Sources are resolved in order; an earlier sentence after a later one starts the tally again.
        for upto in [*range(len(sentences) + 1), 0, len(sentences)]:
            mentions = [full_name(found, surname) for found in pattern.findall(_joined(sentences, upto))]
            counts = Counter(ending for mention in mentions for ending in name_endings(mention))  # in first-seen order
            most = max(counts, key=lambda ending: (counts[ending], len(ending.split()))) if counts else ""
            assert names.most_named(upto) == most
            assert names.longest(upto) == (max(mentions, key=len) if mentions else "")


@given(st.lists(st.tuples(st.sampled_from(["Ana Ruiz", "Tom Ruiz Jr.", "Ruiz", "Li Smith III", "Interior Ministry",
                                           "Bo  Smith", "the Ruiz"]), st.booleans()), max_size=10),
       st.sampled_from(["Ruiz", "Smith", "Ministry", "III"]))
def test_speakers_answer_as_a_look_back_over_all_speakers(added: list[tuple[str, bool]], surname: str) -> None:
    speakers = Speakers()
    for name, person in added:
        speakers.add(name, person)
    back = list(reversed(added))
    assert speakers.last_person == next((name for name, person in back if person), "")
    assert speakers.last_other == next((name for name, person in back if not person), "")
    plain = [(re.sub(_SUFFIX + "$", "", name), name) for name, person in back if person]
    assert speakers.named(surname) == next((name for short, name in plain if short.endswith(" " + surname)), "")


def _names(count: int) -> list[str]:
    """``count`` distinct made-up surnames."""
    syllables = ["ka", "lo", "mi", "ran", "so", "te", "vu", "zel", "nor", "bis"]
    return [("".join(syllables[(i // 10**k) % 10] for k in range(4))).capitalize() for i in range(count)]


def test_thousands_of_attributed_lines() -> None:
    """8,000 short attributed lines, each surname new: the search of all earlier sentences joined took 80 s."""
    lines = ["The Interior Ministry opened an inquiry."]
    for surname in _names(2000):
        lines += [f"Governor Ana {surname} visited the site.", f"{surname} said the roads were closed.",
                  "He said the police were there.", "The ministry said it was calm."]
    sentences = [Sentence(f"t{i}", "t", i, 0, len(text), text, text, Role.BODY) for i, text in enumerate(lines)]
    found = attribute_sentences(sentences)
    last = _names(2000)[-1]
    assert [(a.source, a.resolved) for a in found[-3:]] == [
        (last, f"Ana {last}"), ("He", f"Ana {last}"), ("The ministry", "Interior Ministry")]
    assert len(found) == 6000


def test_doctests() -> None:
    assert doctest.testmod(earlier_module).failed == 0
