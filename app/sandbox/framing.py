"""Reading one request's body off the socket within a size cap and a time limit, whatever the client sends.

A body is read only when it is framed unambiguously: one Content-Length of plain digits, or
`Transfer-Encoding: chunked` with hex chunk sizes, never both (the smuggling case). Nothing beyond
MAX_BODY is kept in memory. A client that announces more than it sends, or sends slowly, meets the
request deadline (`request_timeout` of SandboxServer): the reads below raise TimeoutError.
"""

from __future__ import annotations

import io
import re
import socket
import time
from collections.abc import Callable
from email.message import Message

MAX_BODY = 1_000_000
MAX_LINE = 1024              # a chunk-size line or a trailer; real ones are a few bytes
MAX_TRAILERS = 32
DRAIN_LIMIT = 4 * MAX_BODY   # read and discarded after an early error answer, so the client sees the answer
QUIET = 0.1                  # seconds without input that end the drain
_DIGITS = re.compile(rb"[0-9]{1,9}")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,8}")


class BodyTooLarge(ValueError):
    """A request body beyond MAX_BODY (answered 413)."""


class BadFraming(ValueError):
    """A body whose length or chunking cannot be trusted (answered 400)."""


class DeadlineReader(io.RawIOBase):
    """The socket as a raw stream whose every read ends by `deadline()`: slow clients cannot hold a thread."""

    def __init__(self, connection: socket.socket, deadline: Callable[[], float]) -> None:
        super().__init__()
        self._connection, self._deadline = connection, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        remaining = self._deadline() - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive within the sandbox's request timeout")
        self._connection.settimeout(remaining)
        return self._connection.recv_into(buffer)


def read_body(headers: Message, rfile: io.BufferedIOBase) -> bytes:
    """The request body; raises BadFraming, BodyTooLarge, or TimeoutError (from the reader)."""
    lengths = headers.get_all("Content-Length") or []
    encodings = headers.get_all("Transfer-Encoding") or []
    if encodings:
        if lengths:
            raise BadFraming("a request may not carry both Content-Length and Transfer-Encoding")
        if [value.strip().lower() for value in encodings] != ["chunked"]:
            raise BadFraming("the only Transfer-Encoding the sandbox reads is 'chunked'")
        return _read_chunked(rfile)
    if not lengths:
        return b""
    if len(lengths) > 1:
        raise BadFraming("the request has more than one Content-Length")
    text = lengths[0].strip().encode("latin-1", errors="replace")
    if not _DIGITS.fullmatch(text):
        if text.isdigit():
            raise BodyTooLarge(f"the body is larger than {MAX_BODY} bytes")
        raise BadFraming("Content-Length must be a whole number of bytes, digits only")
    length = int(text)
    if length > MAX_BODY:
        raise BodyTooLarge(f"the body is larger than {MAX_BODY} bytes")
    return _read_exactly(rfile, length)


def _read_chunked(rfile: io.BufferedIOBase) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_text = _read_line(rfile, "a chunk size").split(b";")[0].strip()
        if not _HEX.fullmatch(size_text):
            raise BadFraming("a chunk size must be 1 to 8 hexadecimal digits")
        size = int(size_text, 16)
        if size == 0:
            for _ in range(MAX_TRAILERS):
                if _read_line(rfile, "a trailer") in (b"\r\n", b"\n"):
                    return b"".join(chunks)
            raise BadFraming(f"more than {MAX_TRAILERS} trailer lines")
        total += size
        if total > MAX_BODY:
            raise BodyTooLarge(f"the body is larger than {MAX_BODY} bytes")
        chunks.append(_read_exactly(rfile, size))
        if _read_line(rfile, "the end of a chunk") not in (b"\r\n", b"\n"):
            raise BadFraming("a chunk is longer than its size says")


def _read_line(rfile: io.BufferedIOBase, what: str) -> bytes:
    line = rfile.readline(MAX_LINE)
    if not line.endswith(b"\n"):
        raise BadFraming(f"{what} line is cut short or longer than {MAX_LINE} bytes")
    return line


def _read_exactly(rfile: io.BufferedIOBase, length: int) -> bytes:
    data = rfile.read(length)
    if len(data) < length:
        raise BadFraming(f"the connection closed after {len(data)} of the {length} bytes announced")
    return data


def drain(connection: socket.socket, seconds: float) -> None:
    """Read and discard what the client still sends, briefly, so that closing does not reset the connection.

    Closing a socket with unread input makes the kernel send RST, and the client may lose the error
    answer it was about to read (the "lingering close" of web servers).
    """
    try:
        connection.shutdown(socket.SHUT_WR)  # the answer is complete: the client sees end-of-stream
    except OSError:
        return
    deadline, drained = time.monotonic() + seconds, 0
    try:
        while drained < DRAIN_LIMIT and (remaining := deadline - time.monotonic()) > 0:
            connection.settimeout(min(remaining, QUIET))  # a client waiting for the answer goes quiet at once
            chunk = connection.recv(65536)
            if not chunk:
                return
            drained += len(chunk)
    except OSError:
        return
