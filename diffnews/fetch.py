"""Fetch an article page over HTTP(S), with a time limit, a size cap and one-line errors.

Only the standard library is used.  The time limit covers the whole fetch:
looking the name up (DNS), connecting (every address the name resolves to),
the TLS handshake, the status line, the headers and the body, redirects
included.  Each network wait is given only the time left, so a slow resolver
or a server that trickles bytes or header lines cannot hold diffnews up.
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING, Any

from . import __version__
from .display import escape_unprintable
from .errors import InputError

if TYPE_CHECKING:
    import urllib.request
    from email.message import Message

DEFAULT_TIMEOUT = 10.0
# Content types diffnews can read as an article; anything else is refused before download.
_READABLE = ("text/", "application/xhtml+xml", "application/xml")
_CHUNK = 64 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class FetchedPage:
    """The body of an HTTP response and what its headers say about it."""

    url: str
    """The address after redirects."""
    data: bytes
    """The response body, at most ``max_bytes`` long."""
    charset: str | None
    """The encoding the ``Content-Type`` header names, if any."""
    is_html: bool
    """Whether the server says the body is a web page."""


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> FetchedPage:
    """Download a page, refusing one larger than ``max_bytes`` or slower than ``timeout`` seconds."""
    # Imported here, not at the top: every input goes through is_url, and urllib costs ~20 ms to import.
    import http.client
    import socket
    import urllib.error
    import urllib.request

    name = escape_unprintable(url)  # for messages
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={"User-Agent": f"diffnews/{__version__}",
                                                       "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"})
        with _opener(deadline).open(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if not content_type.startswith(_READABLE):
                raise InputError(f"{name}: the server sent {content_type}, not a web page or text")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{name}: larger than the {max_bytes:,}-byte limit; split it or raise --max-bytes")
            data = _read_until(response, name, max_bytes=max_bytes, deadline=deadline, timeout=timeout)
            return FetchedPage(
                url=response.geturl(),
                data=data,
                charset=headers.get_content_charset(),
                is_html=content_type in ("text/html", "application/xhtml+xml"),
            )
    except urllib.error.HTTPError as error:
        raise InputError(f"{name}: the server answered {error.code} {_reason(error.reason)}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise _no_answer(name, timeout) from None
        raise InputError(f"{name}: cannot fetch: {_reason(error.reason)}") from None
    except (TimeoutError, socket.timeout):
        raise _no_answer(name, timeout) from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # Reset connections, malformed addresses ("http://[::1/x", a port that is not a number) and answers that
        # are not HTTP (a bad status line, a broken chunked body, an overlong header, too many headers).
        raise InputError(f"{name}: cannot fetch: {_reason(error)}") from None


def _opener(deadline: float) -> urllib.request.OpenerDirector:
    """An opener for http(s) addresses whose every network wait ends by ``deadline`` (a time.monotonic() time).

    Each wait raises TimeoutError once the deadline has passed; a socket's own timeout bounds one wait only, and a
    server sending a header line every few seconds never let one run out.
    """
    import http.client
    import io
    import socket
    import threading
    import urllib.request

    def time_left() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        return left

    def resolve(host: str, port: int) -> list[tuple[Any, ...]]:
        # getaddrinfo takes no time limit (the system resolver's own may be many seconds), so the lookup runs in a
        # thread that is waited for only the time left.  A lookup still running then is left to end on its own: a
        # daemon thread, so that it cannot keep diffnews from exiting.
        wait = time_left()
        answer: list[list[tuple[Any, ...]] | Exception] = []

        def look_up() -> None:
            try:
                answer.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
            except Exception as failure:  # noqa: BLE001 - raised again in the waiting thread
                answer.append(failure)

        lookup = threading.Thread(target=look_up, name="diffnews-resolve", daemon=True)
        lookup.start()
        lookup.join(wait)
        if not answer:
            raise TimeoutError("timed out")  # as the other waits do: the user sees "no answer within N seconds"
        if isinstance(answer[0], Exception):
            raise answer[0]
        return answer[0]

    def connect(address: tuple[str, int], timeout: object = None, source_address: tuple[str, int] | None = None) -> socket.socket:
        # socket.create_connection, but the lookup and each address get the time left, not the whole limit again.
        host, port = address
        error: OSError = OSError("getaddrinfo returns an empty list")
        for family, kind, protocol, _name, place in resolve(host, port):
            sock = socket.socket(family, kind, protocol)
            try:
                sock.settimeout(time_left())
                if source_address:
                    sock.bind(source_address)
                sock.connect(place)
                sock.settimeout(time_left())  # for the TLS handshake, which the ssl module bounds as a whole
                return sock
            except OSError as failure:
                error = failure
                sock.close()
        raise error

    class TimedReader(io.RawIOBase):
        """A response's socket stream, each read waiting only for the time left."""

        def __init__(self, raw: io.RawIOBase, sock: socket.socket) -> None:
            super().__init__()
            self._raw, self._sock = raw, sock

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int | None:  # type: ignore[override]
            self._sock.settimeout(time_left())
            return self._raw.readinto(buffer)

        def fileno(self) -> int:
            return self._raw.fileno()

        def close(self) -> None:
            self._raw.close()  # lets the connection close its socket, as the stream it replaces did
            super().close()

    class TimedResponse(http.client.HTTPResponse):
        def __init__(self, sock: socket.socket, *args: object, **kwargs: object) -> None:
            super().__init__(sock, *args, **kwargs)  # type: ignore[arg-type]
            self.fp = io.BufferedReader(TimedReader(self.fp.detach(), sock))

    class TimedHTTPConnection(http.client.HTTPConnection):
        response_class = TimedResponse

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._create_connection = connect

    class TimedHTTPSConnection(http.client.HTTPSConnection):
        response_class = TimedResponse

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._create_connection = connect

    def timed(connection_class: type) -> type:
        return TimedHTTPSConnection if issubclass(connection_class, http.client.HTTPSConnection) else TimedHTTPConnection

    class TimedHTTPHandler(urllib.request.HTTPHandler):
        def do_open(self, http_class: type, request: urllib.request.Request, **kwargs: object) -> http.client.HTTPResponse:
            return super().do_open(timed(http_class), request, **kwargs)

    if not hasattr(urllib.request, "HTTPSHandler"):  # Python built without ssl: https addresses stay unknown
        return urllib.request.build_opener(TimedHTTPHandler())

    class TimedHTTPSHandler(urllib.request.HTTPSHandler):
        def do_open(self, http_class: type, request: urllib.request.Request, **kwargs: object) -> http.client.HTTPResponse:
            return super().do_open(timed(http_class), request, **kwargs)

    return urllib.request.build_opener(TimedHTTPHandler(), TimedHTTPSHandler())


def _read_until(response: object, name: str, *, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """Read the body in chunks, stopping at the size cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _no_answer(name, timeout)
        chunk = response.read1(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{name}: larger than the {max_bytes:,}-byte limit; split it or raise --max-bytes")
        chunks.append(chunk)


def _reason(reason: object) -> str:
    """Say why a fetch failed, on one line (a redirect loop's reason spans several)."""
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split()) or type(reason).__name__


def _no_answer(name: str, timeout: float) -> InputError:
    """The error for a fetch that ran out of time: "no answer within 10 seconds" (or "1 second")."""
    return InputError(f"{name}: no answer within {timeout:g} second{'' if timeout == 1 else 's'}")
