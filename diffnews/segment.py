"""Article -> Document: split prose lines into sentences; other lines stay whole.

Body text and captions are prose and are split into sentences.  Headlines,
subheadings, datelines, bylines, credits and boilerplate are kept as one unit
each, so that every non-blank line ends up in exactly one sentence.  A long
sentence said again word for word (a teaser above the story, a pull quote) is
the page's copy: the later one is set aside as boilerplate.
"""

from __future__ import annotations

import dataclasses

from .model import Article, Document, Line, Role, Sentence
from .sentences import split_sentences
from .text import normalize_text

_PROSE_ROLES = frozenset({Role.BODY, Role.CAPTION})
_REPEAT_WORDS = 8
"""Fewest words of a sentence whose copy later on is the page's, not the writer's ("Nobody was hurt." may recur)."""


def segment_article(article: Article) -> Document:
    """Split an article's lines into sentences with offsets into its text.

    >>> from diffnews.load import load_text
    >>> document = segment_article(load_text("Fire Hits Town\\n\\nA fire hit the town. Nobody was hurt.", id="a"))
    >>> [(sentence.id, sentence.text, sentence.role.value) for sentence in document.sentences]
    [('a1', 'Fire Hits Town', 'headline'), ('a2', 'A fire hit the town.', 'body'), ('a3', 'Nobody was hurt.', 'body')]
    """
    sentences: list[Sentence] = []
    for line in article.lines:
        for start, end in _spans(article.text, line):
            index = len(sentences)
            text = article.text[start:end]
            sentences.append(
                Sentence(
                    # "a12"; a document id that ends in a digit ("d27", past the alphabet) takes a "_" so that
                    # its sentences never share an id with another document's ("d27_1", not "d271").
                    id=f"{article.id}{'_' if article.id[-1:].isdigit() else ''}{index + 1}",
                    document=article.id,
                    index=index,
                    start=start,
                    end=end,
                    text=text,
                    norm=normalize_text(text),
                    role=line.role,
                )
            )
    return Document(article=article, sentences=tuple(_set_aside_repeats(sentences)))


def _set_aside_repeats(sentences: list[Sentence]) -> list[Sentence]:
    """Set aside a long story sentence said word for word before, as a teaser or a pull quote repeats it."""
    seen: set[str] = set()
    for index, sentence in enumerate(sentences):
        if not sentence.role.is_content or sentence.norm.count(" ") + 1 < _REPEAT_WORDS:
            continue
        if sentence.norm in seen:
            sentences[index] = dataclasses.replace(sentence, role=Role.BOILERPLATE)
        seen.add(sentence.norm)
    return sentences


def _spans(text: str, line: Line) -> list[tuple[int, int]]:
    if line.role not in _PROSE_ROLES:
        return [(line.start, line.end)]
    return [(line.start + start, line.start + end) for start, end in split_sentences(text[line.start:line.end])]
