"""HTML input: saved outlet pages reduced to the article, with title, byline, date, captions and credits."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys

import pytest
from click.testing import CliRunner

from diffnews.cli import main
from diffnews.errors import InputError
from diffnews.load import load_bytes
from diffnews.model import Article, Role

from .conftest import FIXTURES

needs_extra = pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="the html extra is not installed")

PAGES = json.loads((FIXTURES / "html" / "expected.json").read_text(encoding="utf-8"))["pages"]


def _load(page: dict) -> Article:
    path = FIXTURES / "html" / page["file"]
    return load_bytes(path.read_bytes(), id="a", path=str(path))


def _lines(article: Article, role: Role) -> list[str]:
    return [article.text[line.start : line.end] for line in article.lines if line.role is role]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@needs_extra
@pytest.mark.parametrize("page", PAGES, ids=[page["id"] for page in PAGES])
def test_keeps_every_article_paragraph(page: dict) -> None:
    text = _fold(_load(page).text)
    assert [piece for piece in page["body"] if _fold(piece) not in text] == []


@needs_extra
@pytest.mark.parametrize("page", PAGES, ids=[page["id"] for page in PAGES])
def test_drops_page_furniture(page: dict) -> None:
    text = _fold(_load(page).text)
    assert [junk for junk in page["junk"] if junk in text] == []


@needs_extra
@pytest.mark.parametrize("page", PAGES, ids=[page["id"] for page in PAGES])
def test_title_byline_and_date(page: dict) -> None:
    article = _load(page)
    assert article.title == page["title"]
    assert _lines(article, Role.HEADLINE) == [page["title"]]
    assert any(page["byline"] in line for line in _lines(article, Role.BYLINE))
    assert len(_lines(article, Role.DATELINE)) == 1


@needs_extra
@pytest.mark.parametrize("page", PAGES, ids=[page["id"] for page in PAGES])
def test_captions_and_credits_keep_their_roles(page: dict) -> None:
    article = _load(page)
    assert _lines(article, Role.CAPTION) == page["captions"]
    assert _lines(article, Role.CREDIT) == page["credits"]


@needs_extra
def test_caption_credit_is_split_off_as_boilerplate() -> None:
    article = _load(PAGES[1])
    lines = [(article.text[line.start : line.end], line.role) for line in article.lines]
    caption = lines.index((PAGES[1]["captions"][0], Role.CAPTION))
    assert lines[caption + 1] == ("REUTERS/Pavel Novak", Role.BOILERPLATE)


@needs_extra
def test_outlet_comes_from_the_site_name() -> None:
    assert _load(PAGES[0]).outlet == "The Coastal Ledger"


@needs_extra
def test_declared_windows_1252_page_is_decoded_without_warning() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Storm hits coast</title></head>'
        "<body><article><h1>Storm hits coast</h1><p>\u201cIt\u2019s the worst storm in decades,\u201d the mayor said on Monday "
        "as crews cleared roads across the caf\u00e9 district.</p></article></body></html>"
    ).encode("cp1252")
    article = load_bytes(page, id="a", path="storm.html")
    assert "\u201cIt\u2019s the worst storm in decades,\u201d" in article.text
    assert "caf\u00e9" in article.text
    assert article.warnings == ()


@needs_extra
def test_page_is_recognised_by_its_first_tag_on_standard_input() -> None:
    article = load_bytes(b"<!doctype html><html><body><p>A fire hit the town.</p></body></html>", id="a", path="-")
    assert article.text == "A fire hit the town.\n"


@needs_extra
def test_page_without_article_text_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        load_bytes(b"<!doctype html><html><body><nav><a>Home</a></nav></body></html>", id="a", path="menu.html")
    assert str(raised.value) == "menu.html: found no article text in this web page; save the article as text instead"


def test_missing_extra_gives_one_line_error(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes 'import trafilatura' raise ImportError
    page = FIXTURES / "html" / "harbour-fire.html"
    result = CliRunner().invoke(main, ["compare", str(page), str(page)], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {page}: reading HTML needs the optional extra: pip install 'diffnews[html]'\n"


@needs_extra
def test_compare_two_saved_pages_end_to_end() -> None:
    a, b = (str(FIXTURES / "html" / page["file"]) for page in PAGES[:2])
    result = CliRunner().invoke(main, ["compare", a, b, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    documents = json.loads(result.stdout)["documents"]
    assert [document["title"] for document in documents] == [PAGES[0]["title"], PAGES[1]["title"]]
    assert documents[0]["outlet"] == "The Coastal Ledger"
