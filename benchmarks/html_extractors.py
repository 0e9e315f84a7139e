"""Compare HTML article extractors on the saved-page fixtures in fixtures/html/.

For each extractor and page it measures: recall of the article paragraphs,
captions and credits listed in fixtures/html/expected.json (substring match
after white-space folding), how many junk strings (navigation, cookie banners,
related lists) it keeps, and the time to import it in a fresh interpreter and
to extract all pages.  Extractors that are not installed are skipped.

    python benchmarks/html_extractors.py

Install the candidates first: pip install trafilatura readability-lxml justext
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = json.loads((ROOT / "fixtures" / "html" / "expected.json").read_text(encoding="utf-8"))["pages"]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True) or ""


def _readability(html: str) -> str:
    import lxml.html
    from readability import Document

    document = Document(html)
    tree = lxml.html.fromstring(document.summary())
    blocks = [document.short_title()] + [element.text_content() for element in tree.iter("p", "h1", "h2", "h3", "li", "figcaption")]
    return "\n".join(block.strip() for block in blocks if block.strip())


def _justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)


def _diffnews(html: str) -> str:
    from diffnews.html_input import extract_article_text

    return extract_article_text(html, url="").text


EXTRACTORS: dict[str, tuple[str, Callable[[str], str]]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "readability-lxml": ("readability", _readability),
    "justext": ("justext", _justext),
    "diffnews (trafilatura + page metadata)": ("diffnews.html_input", _diffnews),
}


def _import_seconds(module: str) -> float | None:
    """Import time in a fresh interpreter, minus the interpreter's own start-up."""
    def run(code: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code], capture_output=True)
            best = min(best, time.perf_counter() - start)
            if done.returncode:
                raise ImportError(done.stderr.decode(errors="replace")[-200:])
        return best

    try:
        return run(f"import {module}") - run("pass")
    except ImportError:
        return None


def main() -> None:
    """Print one row per extractor: recall, captions, credits, junk kept, timings."""
    pages = [(page, (ROOT / "fixtures" / "html" / page["file"]).read_text(encoding="utf-8")) for page in PAGES]
    print(f"{len(pages)} pages, {sum(len(page['body']) for page, _ in pages)} article paragraphs, "
          f"{sum(len(page['junk']) for page, _ in pages)} junk strings")
    print(f"{'extractor':40} {'body':>7} {'captions':>9} {'credits':>8} {'junk':>6} {'import s':>9} {'extract ms/page':>16}")
    for name, (module, extract) in EXTRACTORS.items():
        seconds = _import_seconds(module)
        if seconds is None:
            print(f"{name:40} not installed")
            continue
        for _, html in pages:  # warm lazy imports and caches: the timing is per page, not first-call set-up
            extract(html)
        found = {"body": [0, 0], "captions": [0, 0], "credits": [0, 0], "junk": [0, 0]}
        start = time.perf_counter()
        outputs = [_fold(extract(html)) for _, html in pages]
        elapsed = (time.perf_counter() - start) / len(pages)
        for (page, _), output in zip(pages, outputs):
            for key in found:
                found[key][0] += sum(_fold(piece) in output for piece in page[key])
                found[key][1] += len(page[key])
        ratio = {key: f"{hit}/{total}" for key, (hit, total) in found.items()}
        print(f"{name:40} {ratio['body']:>7} {ratio['captions']:>9} {ratio['credits']:>8} {ratio['junk']:>6} "
              f"{seconds:>9.3f} {elapsed * 1000:>16.1f}")


if __name__ == "__main__":
    main()
