"""Text normalization: what counts as the same text for matching."""

from __future__ import annotations

import pytest

from diffnews.text import normalize_text, words


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Homes were af-\nfected.", "Homes were affected."),
        ("Homes were af- fected.", "Homes were affected."),
        ("Af-\nfected homes", "Affected homes"),
        ("a well-\nknown man", "a well-known man"),
        ("the nitty- gritty of it", "the nitty-gritty of it"),
        ("the unpre- cedentedly long list", "the unprecedentedly long list"),
        ("pre- and post-war", "pre- and post-war"),
        ("two- to three-day talks", "two- to three-day talks"),
        ("Qala-e- Naw", "Qala-e- Naw"),
        ("Kabul - the city", "Kabul - the city"),
        ("20- year", "20- year"),
    ],
    ids=["line-break", "space", "capital-start", "compound", "compound-of-a-non-word", "cut-non-words",
         "suspended-hyphen-and", "suspended-hyphen-to", "name-part", "spaced-dash", "number"],
)
def test_a_word_cut_at_a_line_end_is_mended(text: str, normalized: str) -> None:
    assert normalize_text(text) == normalized


def test_mended_words_match_their_whole_spelling() -> None:
    assert words("Homes were af- fected") == words("Homes were affected")
