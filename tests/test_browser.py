"""The HTML page in a real browser: headless Chromium loads it, runs its script, and we read the DOM back.

Chromium dumps the DOM after the page's scripts ran (``--dump-dom``), so the
dump shows both that the page's own script worked (it marks ``<html>`` with
class ``js``) and that nothing from the hostile fixture ran (its scripts would
change the title, mark ``<body>`` or add elements).  The hostile page is also
loaded with its Content-Security-Policy removed, so escaping alone is tested.

CI installs Chromium (``.ci/run``) and sets ``CI=true``; there a missing
browser fails the run.  Locally the tests skip when Chromium is missing.
Screenshots go to ``$DIFFNEWS_ARTIFACTS`` when set; ``pytest --update-goldens``
also copies the seed-pair screenshot to ``docs/img/seed-page.png`` (do that only
when the page changes on purpose, and review the image).
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from diffnews.cli import main

from .conftest import FIXTURES, ROOT
from .test_html import Node, columns, parse

SEED = [str(FIXTURES / "qala-e-naw" / "rferl-qala-e-naw.txt"), str(FIXTURES / "qala-e-naw" / "dw-qala-e-naw.txt")]
HOSTILE = [str(FIXTURES / "hostile" / "a.txt"), str(FIXTURES / "hostile" / "b.txt")]
SCREENSHOT = ROOT / "docs" / "img" / "seed-page.png"


@pytest.fixture(scope="module")
def chromium() -> str:
    found = os.environ.get("DIFFNEWS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("chromium is missing in CI: .ci/run should install it (apt-get install chromium)")
    pytest.skip("chromium is not installed; install it (apt-get install chromium) to run the browser tests")


def browse(chromium: str, page: pathlib.Path, profile: pathlib.Path, *extra: str) -> str:
    """Load a page headless and return the DOM after its scripts ran (or do what ``extra`` asks instead)."""
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        # Let timers and deferred events (autofocus, toggle) fire before the dump.
        "--virtual-time-budget=3000",
        *(extra or ("--dump-dom",)),
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def render(tmp_path: pathlib.Path, files: list[str], name: str) -> pathlib.Path:
    target = tmp_path / name
    result = CliRunner().invoke(main, ["compare", *files, "--format", "html", "--questions", "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


def test_seed_page_in_browser(chromium: str, tmp_path: pathlib.Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = render(tmp_path, SEED, "seed.html")
    dom = parse(browse(chromium, page, tmp_path / "profile"))
    assert "js" in dom.find("html")[0].classes, "the page's own script did not run (check the CSP hash)"
    left, right = columns(dom)
    assert "Afghan Officials Say" in left.text() and "Taliban attack provincial capital" in right.text()
    marks_a = [m for m in left.find("mark", "conflict") if "1,000" in m.text()]
    marks_b = [m for m in right.find("mark", "conflict") if "280" in m.text()]
    assert marks_a and marks_b, "the 1,000 / 280 conflict is not highlighted in both columns"
    targets = {flag.attrs["href"] for flag in left.find("a", "flag") if "conflict" in flag.classes}
    assert any(f"#{mark.attrs['id']}" in targets for mark in marks_b), "the 1,000 is not linked to the 280"

    # The top of the page: summary, legend and the start of the columns.
    shot = _artifacts(tmp_path) / SCREENSHOT.name
    browse(chromium, page, tmp_path / "profile-shot", "--window-size=1280,1800", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if update_goldens:
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


@pytest.mark.parametrize("policy", ["with-csp", "escaping-only"])
def test_nothing_from_hostile_articles_runs(chromium: str, tmp_path: pathlib.Path, policy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = render(tmp_path, HOSTILE, "hostile.html")
    markup = page.read_text(encoding="utf-8")
    if policy == "escaping-only":
        markup, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", markup)
        assert removed == 1
        page.write_text(markup, encoding="utf-8")
    expected_title = parse(markup).find("title")[0].text()
    dom = parse(browse(chromium, page, tmp_path / "profile"))
    assert dom.find("title")[0].text() == expected_title
    assert "PWNED" not in expected_title.replace("PWNED-outlet", "")
    (body,) = dom.find("body")
    assert "data-pwned" not in body.attrs
    assert not [n for n in dom.walk() if n.attrs.get("id") == "pwned"]
    assert not {n.tag for n in dom.walk()} & {"img", "iframe", "svg", "input", "base", "link", "object", "embed", "form"}
    assert [n for n in dom.walk() if n.tag == "meta" and "refresh" in n.attrs.get("http-equiv", "")] == []
    assert len(dom.find("script")) == 1 and len(dom.find("style")) == 1
    assert "js" in dom.find("html")[0].classes
    assert len(columns(dom)) == 2
    visible = _text(body)
    for payload in ("<script>document.title='PWNED-script'</script>", "<img src=x onerror=", "[read more](javascript:", "| Column | Other |"):
        assert payload in visible, payload


def _text(node: Node) -> str:
    return "".join(child if isinstance(child, str) else _text(child) for child in node.children)


def _artifacts(tmp_path: pathlib.Path) -> pathlib.Path:
    folder = pathlib.Path(os.environ.get("DIFFNEWS_ARTIFACTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


PROBE = """<script>
window.addEventListener("load", function () {
  var badge = document.querySelector("#s-%s .badge");
  badge.focus();
  var lit = Array.prototype.map.call(document.querySelectorAll(".lit"), function (el) { return el.id; });
  document.body.setAttribute("data-focus-lit", lit.join(" "));
  document.getElementById("s-%s").click();
  lit = Array.prototype.map.call(document.querySelectorAll(".lit"), function (el) { return el.id; });
  document.body.setAttribute("data-click-lit", lit.join(" "));
});
</script></body>"""


def test_focusing_or_clicking_a_shared_sentence_lights_its_partner(chromium: str, tmp_path: pathlib.Path) -> None:
    from diffnews.render import html as page_renderer

    from .test_html import known_report

    report = known_report()
    (first,), (second,) = report.alignments[1].sentences
    (third,), (fourth,) = report.alignments[2].sentences
    markup = page_renderer.render(report)
    # The probe is a second script, so the page's policy (which admits only its own) is removed for this test.
    markup = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", markup).replace("</body>", PROBE % (first, fourth))
    page = tmp_path / "probe.html"
    page.write_text(markup, encoding="utf-8")
    (body,) = parse(browse(chromium, page, tmp_path / "profile")).find("body")
    assert body.attrs["data-focus-lit"] == f"s-{second}"
    assert body.attrs["data-click-lit"] == f"s-{third}"
