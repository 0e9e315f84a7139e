"""Saved web page -> Article: keep the story, its title, date, byline, captions and credits.

The article text comes from trafilatura (the optional ``html`` extra), which
drops navigation, cookie banners, related-story lists and the like; see
``benchmarks/html_extractors.py`` for how it compares with readability-lxml and
jusText.  diffnews then adds what trafilatura leaves out or keeps only as
metadata: the visible byline and date, and image captions with their credits.

The result is article text with one block per paragraph (headline, byline and
date, captions, then the story, with credit lines where the page has them), so
that :func:`diffnews.load.load_text` marks it up as it does pasted text.  Where
the page's markup says what a block is (a heading, a caption, a byline), that
role wins over the loader's guess from the line's shape.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .decode import page_encoding
from .display import escape_unprintable
from .errors import InputError
from .model import Article, Line, Role

MISSING_EXTRA = "reading HTML needs the optional extra: pip install 'diffnews[html]'"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# Classes that mark a caption, and the credit inside or after it.
_CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|source|author", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
_DATE_CLASS = re.compile(r"date|time|published", re.IGNORECASE)
# A photographer credit at the end of a caption: "... 2023. REUTERS/Pavel Novak", "AP Photo/Jane Doe".
_TRAILING_PHOTO_CREDIT = re.compile(r"(?<=[.!?)\u201d\"])\s+((?:[A-Z][A-Za-z]*\s)?[A-Z]{2,}(?:\s[A-Z][a-z]+)?\s?/\s?\S[^.]{0,60})$")


@dataclasses.dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the extracted page."""

    text: str
    """The paragraph's text on one line."""
    role: Role | None = None
    """The role the page's markup gives it, or ``None`` to let the loader decide from its shape."""


@dataclasses.dataclass(frozen=True, slots=True)
class ExtractedPage:
    """What diffnews keeps of a web page."""

    title: str
    """The headline, from the page's metadata or first heading; ``""`` if none."""
    outlet: str
    """The site name, when the page declares one."""
    blocks: tuple[Block, ...]
    """Headline, byline and date, captions, story paragraphs and credits, in that order."""

    @property
    def text(self) -> str:
        """The blocks as article text, one paragraph per line with blank lines between."""
        return "\n\n".join(block.text for block in self.blocks) + "\n"


def looks_like_html(path: str, text: str) -> bool:
    """Tell whether an input is a web page, by its name or its first tag.

    >>> looks_like_html("story.txt", "<!DOCTYPE html><html><body>...")
    True
    >>> looks_like_html("story.txt", "Fire hits town <b>today</b>")
    False
    """
    return path.lower().endswith(_HTML_SUFFIXES) or bool(_HTML_START.match(text[:4096]))


def declared_encoding(data: bytes) -> str | None:
    """Return the Python codec a page declares in a ``<meta charset>``, if it names a known one.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    'cp1252'
    """
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    return page_encoding(match.group(1).decode("ascii"))


def load_html(html: str, *, id: str, path: str, warnings: tuple[str, ...] = ()) -> Article:
    """Reduce a web page to its article and mark the role of every line."""
    from .load import load_text

    name = "standard input" if path == "-" else escape_unprintable(path)
    page = extract_article_text(html, url=path if "://" in path else "", name=name)
    article = load_text(page.text, id=id, path=path, warnings=warnings)
    lines = _apply_known_roles(article, page.blocks)
    title = page.title or article.title
    return dataclasses.replace(article, title=title, outlet=page.outlet or article.outlet, lines=lines)


def extract_article_text(html: str, *, url: str = "", name: str = "HTML input") -> ExtractedPage:
    """Extract the article from a page: headline, byline, date, captions, story and credits."""
    try:
        import trafilatura
        from lxml import etree
        from lxml import html as lxml_html
    except ImportError:
        raise InputError(f"{name}: {MISSING_EXTRA}") from None
    extracted = trafilatura.extract(
        html, url=url or None, output_format="xml", with_metadata=True, favor_recall=True,
        include_comments=False, include_tables=True, include_images=False, deduplicate=False,
    )
    if not extracted:
        raise InputError(f"{name}: found no article text in this web page; save the article as text instead")
    document = etree.fromstring(extracted.encode("utf-8"))
    story = [block for block in _story_blocks(document) if block.text]
    try:
        page = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        page = None
    metadata = document.attrib
    title = _one_line(metadata.get("title", ""))
    header: list[Block] = []
    if title and not (story and story[0].role is Role.HEADLINE and _same(story[0].text, title)):
        header.append(Block(title, Role.HEADLINE))
    header.extend(_byline_and_date(page, metadata, story))
    captions = _captions(page) if page is not None else []
    caption_keys = {_fold(block.text) for block in captions}
    # trafilatura sometimes keeps a caption as a paragraph; keep it once, as a caption.
    story = [block for block in story if _fold(block.text) not in caption_keys and not _is_caption_with_credit(block.text, caption_keys)]
    if story and story[0].role is Role.HEADLINE:
        blocks = [story[0], *header, *captions, *story[1:]]
    else:
        blocks = [*header, *captions, *story]
    if not any(block.role not in (Role.HEADLINE, Role.BYLINE, Role.DATELINE) for block in blocks):
        raise InputError(f"{name}: found no article text in this web page; save the article as text instead")
    return ExtractedPage(title=title or next((b.text for b in blocks if b.role is Role.HEADLINE), ""),
                         outlet=_one_line(metadata.get("sitename", "")), blocks=tuple(blocks))


def _story_blocks(document: Any) -> list[Block]:
    """Turn trafilatura's XML body into blocks; headings keep their role."""
    main = document.find("main")
    if main is None:
        return []
    blocks: list[Block] = []
    seen_heading = False
    for element in main:
        if element.tag == "list":
            blocks.extend(Block(_one_line(_text_of(item))) for item in element.iter("item"))
            continue
        text = _one_line(_text_of(element))
        if element.tag == "head":
            role = Role.HEADLINE if not seen_heading and not blocks and element.get("rend") in (None, "h1") else Role.SUBHEADING
            seen_heading = True
            blocks.append(Block(text, role))
        else:
            blocks.append(Block(text))
    return blocks


def _byline_and_date(page: Any, metadata: Any, story: list[Block]) -> list[Block]:
    """Find the visible byline and date; fall back to the page's metadata."""
    found: list[Block] = []
    story_text = {_fold(block.text) for block in story}
    authors = [name.strip() for name in metadata.get("author", "").split(";") if name.strip()]
    if authors:
        visible = _visible_text(page, _BYLINE_CLASS, must_contain=authors[0]) if page is not None else ""
        byline = visible or "; ".join(authors)
        if _fold(byline) not in story_text:
            found.append(Block(byline, Role.BYLINE))
    date = metadata.get("date", "")
    if date:
        visible = _visible_date(page) if page is not None else ""
        line = visible or date
        if _fold(line) not in story_text:
            found.append(Block(line, Role.DATELINE))
    return found


def _visible_text(page: Any, pattern: re.Pattern[str], *, must_contain: str) -> str:
    """Text of the smallest element whose class or rel matches and that contains the given words."""
    best = ""
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        marks = " ".join(element.get(attribute, "") for attribute in ("class", "rel", "itemprop"))
        if not pattern.search(marks):
            continue
        text = _one_line(element.text_content())
        if must_contain in text and len(text) <= 200 and (not best or len(text) < len(best)):
            best = text
    return best


def _visible_date(page: Any) -> str:
    """Text of the first ``<time>`` element, or of a short element whose class says it is a date."""
    for element in page.iter("time"):
        text = _one_line(element.text_content())
        if text and re.search(r"\d", text):
            return text
    for element in page.iter():
        if isinstance(element.tag, str) and _DATE_CLASS.search(element.get("class", "")):
            text = _one_line(element.text_content())
            if text and len(text) <= 60 and re.search(r"\d", text):
                return text
    return ""


def _captions(page: Any) -> list[Block]:
    """Image captions, each followed by its credit as a separate boilerplate line."""
    blocks: list[Block] = []
    elements = [element for element in page.iter() if isinstance(element.tag, str) and _is_caption(element)]
    for element in elements:
        if any(_is_caption(ancestor) for ancestor in element.iterancestors()):
            continue
        credits = [child for child in element.iter() if child is not element and _CREDIT_CLASS.search(child.get("class", "") or "")]
        credit_text = [_one_line(child.text_content()) for child in credits]
        for child in credits:
            child.drop_tree()
        caption = _one_line(element.text_content())
        if not caption and not credit_text:
            continue
        trailing = _TRAILING_PHOTO_CREDIT.search(caption)
        if trailing:
            credit_text.insert(0, trailing.group(1))
            caption = caption[: trailing.start()].rstrip()
        if caption:
            blocks.append(Block(caption, Role.CAPTION))
        blocks.extend(Block(text, Role.BOILERPLATE) for text in credit_text if text)
    return blocks


def _is_caption(element: Any) -> bool:
    return element.tag == "figcaption" or bool(_CAPTION_CLASS.search(element.get("class", "") or ""))


def _is_caption_with_credit(text: str, caption_keys: set[str]) -> bool:
    trailing = _TRAILING_PHOTO_CREDIT.search(text)
    return bool(trailing) and _fold(text[: trailing.start()]) in caption_keys


def _apply_known_roles(article: Article, blocks: tuple[Block, ...]) -> tuple[Line, ...]:
    """Give each line the role its block has in the page's markup, where the markup says."""
    spans: list[tuple[int, int, Role | None]] = []
    offset = 0
    for block in blocks:
        spans.append((offset, offset + len(block.text), block.role))
        offset += len(block.text) + 2
    lines: list[Line] = []
    index = 0
    for line in article.lines:
        while index < len(spans) and spans[index][1] <= line.start:
            index += 1
        role = spans[index][2] if index < len(spans) and spans[index][0] <= line.start else None
        # A credit split off a caption stays boilerplate; otherwise the markup's role wins.
        if role is None or line.role is Role.BOILERPLATE and role is Role.CAPTION:
            lines.append(line)
        else:
            lines.append(Line(line.start, line.end, role))
    return tuple(lines)


def _text_of(element: Any) -> str:
    return "".join(element.itertext())


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _fold(text: str) -> str:
    return _one_line(text).casefold()


def _same(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)
