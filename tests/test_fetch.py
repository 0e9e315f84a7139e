"""URL input: fetched from a local HTTP server started by the test, never the internet."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from diffnews.cli import main
from diffnews.errors import InputError
from diffnews.fetch import fetch_url
from diffnews.load import is_url

from .conftest import FIXTURES

PAGE = (FIXTURES / "html" / "harbour-fire.html").read_bytes()
STORY = "Storm hits coast\n\nThe storm made landfall at dawn on Monday, officials said.\n"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up first, as the time-limit tests intend
            pass

    def _send(self, body: bytes, content_type: str, *, length: int | None = None, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        route = self.path
        if route == "/page.html":
            self._send(PAGE, "text/html; charset=utf-8")
        elif route == "/story.txt":
            self._send(STORY.encode(), "text/plain; charset=utf-8")
        elif route == "/legacy.txt":
            self._send("Storm hits coast\n\n\u201cIt\u2019s over,\u201d the mayor said.\n".encode("cp1252"), "text/plain; charset=windows-1252")
        elif route == "/big-declared":
            self._send(b"x" * 100, "text/plain", length=10_000_000)
        elif route == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"word " * 1000)
        elif route == "/image.png":
            self._send(b"\x89PNG\r\n\x1a\n", "image/png")
        elif route == "/slow":
            time.sleep(2)
            self._send(STORY.encode(), "text/plain")
        elif route == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"word ")
                self.wfile.flush()
                time.sleep(0.05)
        elif route == "/trickle-headers":
            # A header line every 0.02 s, 150 of them (3 s): each read is quick, the whole answer is not.  Timed per
            # read, the fetch went on to the 101st header ("got more than 100 headers"), long past its limit.
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
            for number in range(150):
                self.wfile.flush()
                time.sleep(0.02)
                self.wfile.write(f"X-Slow-{number}: a\r\n".encode())
            self.wfile.write(b"\r\n")
        elif route == "/not-http":
            self.wfile.write(b"GARBAGE NOT HTTP\r\n\r\nhello")
        elif route == "/many-headers":
            self.send_response(200)
            for number in range(120):
                self.send_header(f"X-Extra-{number}", "a")
            self.end_headers()
        elif route == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route == "/escape-charset":
            self._send(b"Storm hits coast\n\nThe mayor said \\u201cit is over\\u201d on Monday.\n",
                       "text/plain; charset=unicode_escape")
        elif route == "/moved":
            self.send_response(301)
            self.send_header("Location", "/story.txt")
            self.end_headers()
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _compare(*args: str):  # noqa: ANN202
    return CliRunner().invoke(main, ["compare", *args], catch_exceptions=False)


def test_is_url() -> None:
    assert is_url("HTTPS://example.org") and is_url("http://127.0.0.1:8000/a")
    assert not is_url("file:///etc/passwd") and not is_url("story.txt") and not is_url("-")


def test_compare_two_urls(server: str) -> None:
    pytest.importorskip("trafilatura")
    result = _compare(f"{server}/page.html", f"{server}/story.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert documents[0]["title"] == "Fire destroys warehouses at Port Alder harbour"
    assert documents[0]["path"] == f"{server}/page.html"
    assert documents[1]["title"] == "Storm hits coast"


def test_redirect_is_followed(server: str) -> None:
    page = fetch_url(f"{server}/moved", max_bytes=1000)
    assert page.url == f"{server}/story.txt"
    assert page.data == STORY.encode()


def test_charset_header_is_used_without_warning(server: str) -> None:
    result = _compare(f"{server}/legacy.txt", f"{server}/story.txt", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "\u201cIt\u2019s over,\u201d" in json.loads(result.stdout)["documents"][0]["sentences"][1]["text"]


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/image.png", "the server sent image/png, not a web page or text"),
        ("/big-declared", "larger than the 1,000-byte limit; split it or raise --max-bytes"),
        ("/big-streamed", "larger than the 1,000-byte limit; split it or raise --max-bytes"),
        ("/not-http", "cannot fetch: GARBAGE NOT HTTP"),
        ("/many-headers", "cannot fetch: got more than 100 headers"),
        ("/loop", "the server answered 302 The HTTP server returned a redirect error that would lead to an infinite "
                  "loop. The last 30x error message was: Found"),
    ],
    ids=["404", "not-text", "too-large-declared", "too-large-streamed", "not-http", "many-headers", "redirect-loop"],
)
def test_bad_url_gets_one_line_error_and_exit_2(server: str, route: str, message: str) -> None:
    result = _compare(f"{server}/story.txt", f"{server}{route}", "--max-bytes", "1000")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {server}{route}: {message}\n"
    assert result.stdout == ""


def test_refused_connection(server: str) -> None:
    with socket.socket() as probe:  # a port nothing listens on: bind, note it, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.txt"
    result = _compare(f"{server}/story.txt", url)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {url}: cannot fetch: Connection refused\n"


@pytest.mark.parametrize("route", ["/slow", "/trickle", "/trickle-headers"], ids=["no-answer", "trickle", "trickle-headers"])
def test_time_limit_covers_the_whole_download(server: str, route: str) -> None:
    with pytest.raises(InputError) as raised:
        fetch_url(f"{server}{route}", max_bytes=1_000_000, timeout=0.5)
    assert str(raised.value) == f"{server}{route}: no answer within 0.5 seconds"


@pytest.mark.parametrize(("url", "reason"), [
    ("http://[::1/x", "Invalid IPv6 URL"),
    ("http://127.0.0.1:abc/x", "nonnumeric port: 'abc'"),
])
def test_malformed_address_gets_one_line_error_and_exit_2(url: str, reason: str) -> None:
    result = _compare(url, url)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {url}: cannot fetch: {reason}\n"


def test_a_python_codec_that_is_no_page_encoding_is_not_honoured(server: str) -> None:
    # "unicode_escape" would turn the text's backslashes into characters: the page is read as UTF-8 instead.
    result = _compare(f"{server}/escape-charset", f"{server}/story.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "\\u201cit is over\\u201d" in json.loads(result.stdout)["documents"][0]["sentences"][1]["text"]


def test_time_limit_covers_the_name_lookup(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # getaddrinfo takes no time limit: a resolver that answers late held the fetch up until it answered.  This one
    # answers (with the test server's real address) only once the fetch is over, or after 10 s if the fetch waits.
    real_getaddrinfo = socket.getaddrinfo
    release, answered = threading.Event(), threading.Event()

    def slow_resolver(*args: object, **kwargs: object) -> object:
        release.wait(10)
        try:
            return real_getaddrinfo(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            answered.set()

    monkeypatch.setattr(socket, "getaddrinfo", slow_resolver)
    try:
        with pytest.raises(InputError) as raised:
            fetch_url(f"{server}/story.txt", max_bytes=1_000_000, timeout=0.3)
        gave_up_first = not answered.is_set()
    finally:
        release.set()
    assert str(raised.value) == f"{server}/story.txt: no answer within 0.3 seconds"
    assert gave_up_first, "the fetch waited for the lookup to answer"


def test_a_failed_name_lookup_gets_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # The lookup runs in a thread of its own: its error still reaches the user as one line.
    def no_such_name(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    url = "http://no-such-host.invalid/story.txt"
    result = _compare(url, url)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {url}: cannot fetch: Name or service not known\n"


def test_the_time_limit_message_says_second_for_one() -> None:
    from diffnews.fetch import _no_answer

    assert str(_no_answer("https://example.org/a", 1)) == "https://example.org/a: no answer within 1 second"
    assert str(_no_answer("https://example.org/a", 10)) == "https://example.org/a: no answer within 10 seconds"
