"""Article -> Document: sentences with offsets, and which of them the page repeats."""

from __future__ import annotations

from diffnews.load import load_text
from diffnews.segment import segment_article


def test_a_sentence_the_page_repeats_is_set_aside_once_said() -> None:
    text = ("Storm hits coast\n\n"
            "Rescue crews searched the flooded streets of the old town on Tuesday. Nobody was hurt.\n\n"
            "Rescue crews searched the flooded streets of the old town on Tuesday.\n\n"
            "Nobody was hurt. Power came back at noon.\n")
    sentences = segment_article(load_text(text, id="a")).sentences
    assert [(sentence.text, sentence.role.value) for sentence in sentences] == [
        ("Storm hits coast", "headline"),
        ("Rescue crews searched the flooded streets of the old town on Tuesday.", "body"),
        ("Nobody was hurt.", "body"),
        ("Rescue crews searched the flooded streets of the old town on Tuesday.", "boilerplate"),
        ("Nobody was hurt.", "body"),  # short: a writer may say it twice
        ("Power came back at noon.", "body"),
    ]
