"""The HTML teaching page: structure, links, summary, accessibility, safety and size.

Most checks run on a hand-built report whose findings are known (a conflict,
a compatible figure, sources and spelling variants), so they do not depend on
how well the stages find them; the rest run on the seed pair and on the
hostile pair in ``fixtures/hostile/``.
"""

from __future__ import annotations

import base64
import hashlib
import pathlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from diffnews import compare
from diffnews.cli import main
from diffnews.load import load_text
from diffnews.model import Alignment, Attribution, Document, Mention, NameForm, NameVariant, NumberMatch, NumberStatus, Quantity, QuantityKind, QuoteMode, Report
from diffnews.pipeline import compare_files
from diffnews.render import html as page
from diffnews.render import markdown
from diffnews.render.questions import HEADING, discussion_questions
from diffnews.segment import segment_article

from .conftest import FIXTURES

SEED = [str(FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt"), str(FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt")]
HOSTILE = [str(FIXTURES / "hostile" / "a.txt"), str(FIXTURES / "hostile" / "b.txt")]
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


# -- a small DOM, enough to query the page ------------------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find(self, tag: str = "", cls: str = "") -> list[Node]:
        return [n for n in self.walk() if (not tag or n.tag == tag) and (not cls or cls in n.classes)]

    def by_id(self, id_: str) -> Node:
        found = [n for n in self.walk() if n.attrs.get("id") == id_]
        assert len(found) == 1, f"id {id_!r} found {len(found)} times"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        assert node is self.current, f"</{tag}> closes unclosed <{self.current.tag}>"
        self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(markup: str) -> Node:
    """Parse a page into a tree, failing on mis-nested tags."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> is never closed"
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


def article_text(node: Node) -> str:
    """The text of a sentence as the article gives it, without the badges, tags and flags the page adds."""
    parts = [
        child if isinstance(child, str) else article_text(child)
        for child in node.children
        if isinstance(child, str) or not child.classes & {"badge", "tag", "flag", "src", "vh"}
    ]
    return squash("".join(parts))


# -- a report with known findings ---------------------------------------------------------------

TEXT_A = """# outlet: RFE/RL

Troops return from Tajikistan

By Staff Reporter

Mohib said more than 1,000 government troops who fled into Tajikistan were returning. Some 30 soldiers were killed in Badghis, officials said.

Governor Hessamuddin Shams said the attack was repelled.

Residents of Ghor Province are taking up arms against the Taliban.
"""
TEXT_B = """# outlet: DW

Afghan soldiers flown home

Security sources in Tajikistan said Afghanistan had flown home 280 of its servicemen. Dozens of soldiers were killed in Bagdhis.

Provincial governor Husamuddin Shams said the enemy was pushed back.

Iran hosted peace talks between the two sides in Tehran.
"""


def _find(document: Document, words: str) -> str:
    return next(s.id for s in document.sentences if words in s.text)


def _mention(document: Document, words: str, figure: str, low: float, high: float, thing: str) -> Mention:
    sentence = next(s for s in document.sentences if words in s.text)
    start = sentence.text.index(figure)
    quantity = Quantity(figure, start, start + len(figure), low, high, QuantityKind.COUNT, thing=thing)
    return Mention(document.id, sentence.id, quantity)


def known_report() -> Report:
    a = segment_article(load_text(TEXT_A, id="a", path="a.txt"))
    b = segment_article(load_text(TEXT_B, id="b", path="b.txt"))
    pairs = [("Troops return", "flown home"), ("Mohib said", "Security sources"), ("Some 30", "Dozens"), ("Hessamuddin", "Husamuddin")]
    alignments = tuple(Alignment(((_find(a, x),), (_find(b, y),)), 0.8) for x, y in pairs)
    numbers = (
        NumberMatch(NumberStatus.CONFLICT, (_mention(a, "Mohib", "more than 1,000", 1001, float("inf"), "government troops"), _mention(b, "Security", "280", 280, 280, "servicemen"))),
        NumberMatch(NumberStatus.COMPATIBLE, (_mention(a, "Some 30", "Some 30", 25, 35, "soldiers"), _mention(b, "Dozens", "Dozens", 24, 99, "soldiers"))),
    )
    attributions = (
        Attribution(_find(a, "Mohib"), "Mohib", "Hamdullah Mohib", "said", QuoteMode.INDIRECT),
        Attribution(_find(a, "Hessamuddin"), "Governor Hessamuddin Shams", "Hessamuddin Shams", "said", QuoteMode.INDIRECT),
        Attribution(_find(b, "Security"), "Security sources in Tajikistan", "security sources in Tajikistan", "said", QuoteMode.INDIRECT),
    )
    names = (
        NameVariant((NameForm("a", "Badghis", (_find(a, "Badghis"),)), NameForm("b", "Bagdhis", (_find(b, "Bagdhis"),)))),
        NameVariant((NameForm("a", "Hessamuddin", (_find(a, "Hessamuddin"),)), NameForm("b", "Husamuddin", (_find(b, "Husamuddin"),)))),
    )
    return Report((a, b), alignments, numbers=numbers, attributions=attributions, names=names)


@pytest.fixture(scope="module")
def report() -> Report:
    return known_report()


@pytest.fixture(scope="module")
def tree(report: Report) -> Node:
    return parse(page.render(report, questions=True))


def columns(tree: Node) -> list[Node]:
    return tree.find("article", "doc")


def test_known_report_is_as_intended(report: Report) -> None:
    a, b = report.documents
    assert [s.role.value for s in a.sentences if not s.role.is_content] == ["boilerplate", "byline"]
    assert all(m.quantity.text in next(s.text for s in d.sentences if s.id == m.sentence) for m in report.numbers[0].mentions for d in report.documents if d.id == m.document)


def test_two_columns_in_original_order(report: Report, tree: Node) -> None:
    found = columns(tree)
    assert [c.attrs["id"] for c in found] == ["doc-a", "doc-b"]
    for column, document in zip(found, report.documents):
        spans = [n for n in column.walk() if "s" in n.classes]
        assert [n.attrs["id"] for n in spans] == [f"s-{s.id}" for s in document.sentences]
        assert [article_text(n) for n in spans] == [squash(s.text) for s in document.sentences]


def test_each_sentence_is_labelled_not_only_coloured(report: Report, tree: Node) -> None:
    for document, letter in zip(report.documents, "AB"):
        for sentence in document.sentences:
            node = tree.by_id(f"s-{sentence.id}")
            if not sentence.role.is_content:
                assert "aside" in node.classes and node.find(cls="tag")[0].text().startswith("set aside")
            elif any(sentence.id in ids for al in report.alignments for ids in al.sentences):
                number = next(n for n, al in enumerate(report.alignments, 1) if any(sentence.id in ids for ids in al.sentences))
                assert {"shared", f"g{number}"} <= node.classes
                assert node.find(cls="badge")[0].text().startswith(str(number))
            else:
                assert "unique" in node.classes and node.find(cls="tag")[0].text() == f"only {letter}"


def test_shared_sentences_link_to_their_partner(report: Report, tree: Node) -> None:
    for alignment in report.alignments:
        (first,), (second,) = alignment.sentences
        left, right = tree.by_id(f"s-{first}"), tree.by_id(f"s-{second}")
        assert left.find("a", "badge")[0].attrs["href"] == f"#s-{second}"
        assert right.find("a", "badge")[0].attrs["href"] == f"#s-{first}"
        assert left.attrs["data-partners"] == f"s-{second}" and right.attrs["data-partners"] == f"s-{first}"
        assert left.classes & {"g1", "g2", "g3", "g4"} == right.classes & {"g1", "g2", "g3", "g4"}


def test_conflict_is_highlighted_and_linked_in_both_columns(tree: Node) -> None:
    left, right = columns(tree)
    (a_mark,), (b_mark,) = left.find("mark", "conflict"), right.find("mark", "conflict")
    assert (a_mark.text(), b_mark.text()) == ("more than 1,000", "280")
    assert "1,000" in a_mark.text() and "280" in b_mark.text()
    a_flag, b_flag = left.find("a", "flag"), right.find("a", "flag")
    assert [f.attrs["href"] for f in a_flag if "conflict" in f.classes] == [f"#{b_mark.attrs['id']}"]
    assert [f.attrs["href"] for f in b_flag if "conflict" in f.classes] == [f"#{a_mark.attrs['id']}"]
    assert all("\u2260" in f.text() for f in a_flag + b_flag if "conflict" in f.classes)


def test_summary_counts_and_lists_conflicts_with_sources(tree: Node) -> None:
    summary = tree.find("section", "summary")[0]
    counts = {squash(li.text()).split(" ", 1)[1]: int(li.find("strong")[0].text()) for li in summary.find("ul", "counts")[0].find("li")}
    assert counts == {"shared facts": 4, "only in A": 1, "only in B": 1, "conflicting figures": 1, "compatible figures": 1, "spelling variants": 2}
    (row,) = summary.find("tbody")[0].find("tr")
    cells = [squash(cell.text()) for cell in row.find("td")]
    assert cells == ["more than 1,000 government troops", "Hamdullah Mohib", "280 servicemen", "security sources in Tajikistan"]
    assert [a.attrs["href"] for a in row.find("a")] == ["#conflict-1-a", "#conflict-1-b"]


def test_compatible_figures_and_spellings_are_marked(tree: Node) -> None:
    left, right = columns(tree)
    assert [m.text() for m in left.find("mark", "compatible")] == ["Some 30"]
    assert [m.text() for m in right.find("mark", "compatible")] == ["Dozens"]
    assert [m.text() for m in left.find("mark", "name")] == ["Badghis", "Hessamuddin"]
    assert [m.text() for m in right.find("mark", "name")] == ["Bagdhis", "Husamuddin"]


def _figure_in_two_conflicts() -> Report:
    report = known_report()
    first = report.numbers[0]
    second = NumberMatch(NumberStatus.CONFLICT, (first.mentions[0], report.numbers[1].mentions[1]))
    return Report(report.documents, report.alignments, numbers=(first, second), attributions=report.attributions, names=report.names)


@pytest.mark.parametrize(
    "make",
    [known_report, _figure_in_two_conflicts, lambda: compare_files(SEED), lambda: compare_files(HOSTILE)],
    ids=["known", "figure-in-two-conflicts", "seed", "hostile"],
)
def test_page_structure_is_sound(make: Callable[[], Report]) -> None:
    assert_sound(parse(page.render(make(), questions=True)))


def test_a_figure_in_two_conflicts_keeps_both_links() -> None:
    tree = parse(page.render(_figure_in_two_conflicts()))
    left, right = columns(tree)
    assert [m.text() for m in left.find("mark", "conflict")] == ["more than 1,000"]
    assert sorted(f.attrs["href"] for f in left.find("a", "flag") if "conflict" in f.classes) == ["#conflict-1-b", "#conflict-2-b"]
    assert [m.text() for m in right.find("mark", "conflict")] == ["280", "Dozens"]


def assert_sound(tree: Node) -> None:
    """Headings never skip a level, landmarks exist, ids are unique and every link lands."""
    levels = [int(n.tag[1]) for n in tree.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    assert len(tree.find("main")) == 1 and len(tree.find("header")) == 1 and len(tree.find("footer")) == 1
    ids = [n.attrs["id"] for n in tree.walk() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    for node in tree.walk():
        if "aria-labelledby" in node.attrs:
            tree.by_id(node.attrs["aria-labelledby"])
        if node.tag == "a":
            assert node.attrs["href"].startswith("#")
            tree.by_id(node.attrs["href"][1:])
    assert tree.find("html")[0].attrs["lang"] == "en"


def test_page_is_self_contained_and_locked_down() -> None:
    markup = page.render(known_report())
    tree = parse(markup)
    assert [n.tag for n in tree.walk() if n.tag in ("script", "style", "link", "img", "iframe", "object", "embed")] == ["style", "script"]
    assert not re.search(r"https?://|url\(|@import", markup)
    policy = next(n.attrs["content"] for n in tree.find("meta") if n.attrs.get("http-equiv") == "Content-Security-Policy")
    for tag in ("style", "script"):
        body = tree.find(tag)[0].text()
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_print_stylesheet_stacks_columns_and_keeps_legend() -> None:
    style = parse(page.render(known_report())).find("style")[0].text()
    printed = style[style.index("@media print") :]
    assert ".columns { display: block; }" in printed
    hidden = [selector for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", printed) if "display: none" in body]
    assert [selector.strip() for selector in hidden] == [".skip"]
    assert "print-color-adjust: exact" in printed


def test_output_is_deterministic(report: Report) -> None:
    assert page.render(report, questions=True) == page.render(known_report(), questions=True)


def test_questions_come_from_findings(report: Report, tree: Node) -> None:
    questions = discussion_questions(report)
    assert questions[0] == (
        "RFE/RL reports more than 1,000 government troops, citing Hamdullah Mohib; DW reports 280 servicemen, "
        "citing security sources in Tajikistan. Why might the figures differ, and whose figure would you trust more?"
    )
    assert any("\u201cBadghis\u201d" in q and "\u201cBagdhis\u201d" in q for q in questions)
    items = tree.find("section", "questions")[0].find("li")
    assert [squash(li.text()) for li in items][0].startswith("RFE/RL reports more than 1,000")
    assert not parse(page.render(report)).find("section", "questions")


@pytest.mark.parametrize(("speaker_b", "asked"), [("John Boehner", False), ("Nancy Pelosi", True)])
def test_a_source_question_needs_two_different_speakers(speaker_b: str, asked: bool) -> None:
    report = compare("# outlet: Times\n\nHouse Race\n\n"
                     "John A. Boehner said the party could lose the House in November.\n",
                     f"# outlet: Post\n\nHouse Vote\n\n{speaker_b} said the party could lose the House in November.\n")
    assert len(report.alignments) == 2  # the headlines, and the sentences
    questions = [q for q in discussion_questions(report) if "Does the source change" in q]
    assert bool(questions) is asked, questions


def test_questions_tell_figures_in_their_sentences_words_and_each_spelling_once() -> None:
    questions = discussion_questions(compare_files(SEED))
    assert any("hundreds of pro-government fighters" in q and "more than 1,000 government troops" in q
               for q in questions)
    assert any("some 30 Afghan government forces" in q for q in questions)
    told = "Article A and Article B write \u201cQala-e Naw\u201d; Article B writes \u201cQala-e-Naw\u201d."
    assert told in "\n".join(questions)


def test_a_question_quoting_a_quote_does_not_double_its_marks() -> None:
    said = "\u201cWe can lose the House,\u201d {} said in Ohio on Monday.\n"
    report = compare("# outlet: Times\n\nHouse Race\n\n" + said.format("John Boehner"),
                     "# outlet: Post\n\nHouse Vote\n\n" + said.format("Nancy Pelosi"))
    (question,) = [q for q in discussion_questions(report) if "Does the source change" in q]
    assert "(\u201cWe can lose the House,\u201d John Boehner said" in question


def test_markdown_questions_are_plain_markdown(report: Report) -> None:
    with_questions = markdown.render(report, questions=True)
    assert HEADING not in markdown.render(report)
    section = with_questions[with_questions.index(HEADING) :]
    assert re.fullmatch(r"## Questions for discussion\n\n(\d+\. .+\n)+", section)


def test_page_shows_everything_the_markdown_shows() -> None:
    report = compare_files(SEED)
    tree = parse(page.render(report))
    md_text = markdown.render(report)
    shown = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    headings = [squash(t.content) for t, o in zip(shown.parse(md_text)[1:], shown.parse(md_text)) if o.type == "heading_open"]
    section = tree.find("section", "report")[0]
    page_headings = [squash(n.text()) for n in section.walk() if re.fullmatch(r"h[2-6]", n.tag)]
    assert page_headings[1:] == [squash(parse(f"<p>{shown.renderInline(h)}</p>").text()) for h in headings]
    for document in report.documents:
        for sentence in document.sentences:
            assert squash(sentence.text) in squash(section.text())
    (details,) = section.find("details")
    assert details.find("summary") and "&lt;details" not in page.render(report) and "<details>" not in squash(section.text())


def _structure(node: Node) -> list[str]:
    return [f"{n.tag}.{'.'.join(sorted(n.classes))}" for n in node.walk()]


@pytest.mark.parametrize("format_", ["markdown", "html"])
def test_hostile_text_stays_text(format_: str) -> None:
    result = CliRunner().invoke(main, ["compare", *HOSTILE, "--format", format_, "--questions"], catch_exceptions=False)
    assert result.exit_code == 0
    report = compare_files(HOSTILE)
    if format_ == "markdown":
        # Even a renderer that lets raw HTML through must show the article text as text.
        rendered = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(result.stdout)
    else:
        rendered = result.stdout
    tree = parse(rendered)
    text = squash(tree.text())
    for document in report.documents:
        for sentence in document.sentences:
            assert squash(sentence.text) in text, sentence.text
    tags = {n.tag for n in tree.walk()}
    assert not tags & {"img", "iframe", "svg", "input", "base", "link", "object", "embed", "form", "meta" if format_ == "markdown" else "frame"}
    assert [n for n in tree.walk() if n.tag == "a" and not n.attrs.get("href", "#").startswith("#")] == []
    assert [name for n in tree.walk() for name in n.attrs if name.startswith("on")] == []
    assert len(tree.find("script")) == (1 if format_ == "html" else 0)
    assert len(tree.find("details")) == 1  # the report's own, never one from the articles
    assert len(tree.find("h1")) == 1
    if format_ == "html":
        columns_ = columns(tree)
        assert len(columns_) == 2
        for column, document in zip(columns_, report.documents):
            assert len([n for n in column.walk() if "s" in n.classes]) == len(document.sentences)


def test_hostile_sentences_hold_only_the_page_own_markup() -> None:
    """Inside a hostile sentence there are only the badges, tags, flags and marks the page adds."""
    report = compare_files(HOSTILE)
    tree = parse(page.render(report))
    for document in report.documents:
        for sentence in document.sentences:
            node = tree.by_id(f"s-{sentence.id}")
            inner = [n for n in node.walk() if n is not node]
            assert {n.tag for n in inner} <= {"span", "a", "mark"}, sentence.text
            assert all(n.classes & {"badge", "tag", "vh", "flag", "fig", "src"} for n in inner), _structure(node)


def test_page_for_long_articles_stays_small() -> None:
    """Two 300-sentence articles with many findings make a page under 1 MB."""
    report = long_report(300)
    markup = page.render(report, questions=True)
    assert len(markup.encode("utf-8")) < 1_000_000
    assert len(columns(parse(markup))) == 2


def long_report(count: int) -> Report:
    """Build a report on two articles of ``count`` sentences, half of them shared, with conflicts."""
    lines_a, lines_b = ["Long report A", ""], ["Long report B", ""]
    for i in range(count - 1):
        lines_a.append(f"Officials in district {i} said {1000 + i} government troops had returned to the base on the river near town {i}, and that more were coming.")
        lines_b.append(f"Security sources said {i} soldiers from district {i} had been flown home after the fighting near the river town of {i} this week.")
        lines_a.append("")
        lines_b.append("")
    a = segment_article(load_text("\n".join(lines_a), id="a", path="a.txt"))
    b = segment_article(load_text("\n".join(lines_b), id="b", path="b.txt"))
    body_a, body_b = [s for s in a.sentences if s.role.is_content], [s for s in b.sentences if s.role.is_content]
    alignments = tuple(Alignment(((x.id,), (y.id,)), 0.7) for x, y in list(zip(body_a, body_b))[::2])
    numbers = []
    for x, y in list(zip(body_a, body_b))[1::3]:
        fa, fb = re.search(r"\d{4}", x.text), re.search(r"\d+ soldiers", y.text)
        if fa and fb:
            qa = Quantity(fa.group(), fa.start(), fa.end(), 1000, 1000, QuantityKind.COUNT, thing="government troops")
            qb = Quantity(fb.group(), fb.start(), fb.end(), 1, 1, QuantityKind.COUNT, thing="soldiers")
            numbers.append(NumberMatch(NumberStatus.CONFLICT, (Mention("a", x.id, qa), Mention("b", y.id, qb))))
    attributions = tuple(Attribution(s.id, "Officials", "Officials", "said", QuoteMode.INDIRECT) for s in body_a)
    return Report((a, b), alignments, numbers=tuple(numbers), attributions=attributions)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_meet_wcag_aa() -> None:
    """Every text colour in page.css against every background it is drawn on reaches 4.5:1."""
    style = parse(page.render(known_report())).find("style")[0].text()
    variables = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", style.split("}", 1)[0]))
    groups = re.findall(r"\.g\d \{ --hue: (#[0-9a-f]{6}); --tint: (#[0-9a-f]{6}); \}", style)
    assert len(groups) == 8
    paper, ink, muted = variables["paper"], variables["ink"], variables["muted"]
    pairs = [("#ffffff", hue) for hue, _ in groups] + [(text, tint) for _, tint in groups for text in (ink, muted)]
    pairs += [(variables[name], paper) for name in ("ink", "muted", "conflict", "compatible")]
    pairs += [(ink, variables["conflict-bg"]), (ink, variables["compatible-bg"]), (ink, "#f0f0f0")]
    # Other text colours (links, del, flags) sit on the paper; white is only used on the badge hues above.
    pairs += [(colour, paper) for colour in re.findall(r"(?<!-)color: (#[0-9a-f]{6})", style) if colour != "#ffffff"]
    low = [(f, b, round(contrast(f, b), 2)) for f, b in pairs if contrast(f, b) < 4.5]
    assert low == []


@pytest.mark.parametrize(
    ("args", "start", "has_questions"),
    [
        (["--format", "html"], "<!DOCTYPE html>\n", False),
        (["--format", "html", "--questions"], "<!DOCTYPE html>\n", True),
        (["--questions"], "# diffnews report\n", True),
        (["--format", "json", "--questions"], "{", False),
    ],
    ids=["html", "html-questions", "markdown-questions", "json-ignores-questions"],
)
def test_command_line_formats(args: list[str], start: str, has_questions: bool, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out"
    result = CliRunner().invoke(main, ["compare", *SEED, *args, "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith(start)
    assert ("Questions for discussion" in written) is has_questions


_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_CLOSERS = "\u202c\u2069"


def _open_controls(text: str) -> int:
    return sum(text.count(c) for c in _OPENERS) - sum(text.count(c) for c in _CLOSERS)


@pytest.mark.parametrize("format_", ["markdown", "html"])
def test_a_direction_override_in_the_text_does_not_reverse_the_report_after_it(format_: str, tmp_path: pathlib.Path) -> None:
    """An unclosed right-to-left override (U+202E) would reverse everything after it on the line or in the page."""
    rlo, lri = "\u202e", "\u2066"
    stories = [
        f"Storm hits {rlo}coast\n\nThe storm made landfall at dawn on Monday {rlo}yas slaiciffo, officials said."
        f" More than 1,000 people were evacuated, police said.\n\nThe mayor said \u201c{lri}all is well.\u201d\n",
        f"Storm {rlo}strikes coast\n\nThe storm made landfall early on Monday, officials said.\n\n"
        f"Police said 1,200 people were evacuated {rlo}from the coast.\n",
    ]
    paths = []
    for number, story in enumerate(stories):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(story, encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", *map(str, paths), "--format", format_, "--questions"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.count(rlo) >= 4
    if format_ == "markdown":
        assert [line for line in result.stdout.splitlines() if _open_controls(line)] == []
    else:
        texts = [child for node in parse(result.stdout).walk() for child in node.children if isinstance(child, str)]
        assert [text for text in texts if _open_controls(text)] == []
