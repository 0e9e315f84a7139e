"""Loader: line roles (data-driven cases) and decoding."""

from __future__ import annotations

import codecs
import json

import pytest

from diffnews.errors import InputError
from diffnews.decode import decode
from diffnews.load import load_text

from .conftest import FIXTURES

CASES = json.loads((FIXTURES / "load" / "roles.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_line_roles(case: dict) -> None:
    article = load_text(case["text"], id="a")
    found = [[article.text[line.start : line.end], line.role.value] for line in article.lines]
    assert found == case["lines"]


def test_outlet_header_names_the_outlet() -> None:
    assert load_text("# outlet: The Daily Planet\nStorm hits coast\n\nIt rained.\n", id="a").outlet == "The Daily Planet"


def test_title_is_the_headline() -> None:
    assert load_text("Skip to content\n\n# Storm *hits* coast\n\nIt rained.\n", id="a").title == "Storm hits coast"


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [
        (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9", ()),
        ("caf\u00e9".encode(), "caf\u00e9", ()),
        (codecs.BOM_UTF16_LE + "caf\u00e9".encode("utf-16-le"), "caf\u00e9", ()),
        (codecs.BOM_UTF16_BE + "caf\u00e9".encode("utf-16-be"), "caf\u00e9", ()),
        ("\u201ccaf\u00e9\u201d".encode("cp1252"), "\u201ccaf\u00e9\u201d", ("x: not valid UTF-8; read it as Windows-1252",)),
        (b"caf\xe9 \x81", "caf\u00e9 \x81", ("x: not valid UTF-8; read it as Latin-1",)),
    ],
    ids=["utf8-bom", "utf8", "utf16le-bom", "utf16be-bom", "cp1252", "latin1"],
)
def test_decode(data: bytes, text: str, warnings: tuple[str, ...]) -> None:
    assert decode(data, name="x") == (text, warnings)


def test_decode_refuses_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"abc\x00def", name="x")
