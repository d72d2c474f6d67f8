"""What the command line writes to a terminal: text from files and servers shown, never obeyed.

A description, a file name or a server's message may hold ANSI/OSC escape sequences (which recolour,
retitle or rewrite the terminal), carriage returns, bidi overrides (U+202E turns `exe.txt` around)
or lone surrogates (which make print() itself fail). Every command's output passes through
`EscapingStream`, which shows such characters as `\\uXXXX`; the same form is a valid JSON escape, so
`payload` and `validate --json` print JSON that means exactly what it meant before.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# Control (Cc), format (Cf: bidi overrides, zero-width), surrogate (Cs), line and paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def escape_control(text: str, keep_newlines: bool = False) -> str:
    """`text` with control, format and bidi characters shown as `\\uXXXX` (line breaks kept if asked)."""
    if text.isprintable():  # the common case, at C speed
        return text
    if keep_newlines:  # line by line, so a long printable JSON body keeps the fast path
        return "\n".join(escape_control(part) for part in text.split("\n"))
    out = []
    for ch in text:
        if unicodedata.category(ch) not in _ESCAPED_CATEGORIES:
            out.append(ch)
        elif ord(ch) > 0xFFFF:  # as a JSON surrogate pair, so escaped JSON stays JSON
            code = ord(ch) - 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def one_line(text: Any) -> str:
    """A value for a one-line listing: newlines and tabs escaped too, so a record cannot span lines."""
    return escape_control(str(text))


class EscapingStream:
    """A text stream that escapes what it writes, keeping only line breaks (wraps stdout or stderr)."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        """Write `text` with control characters escaped; returns the length given, as TextIO does."""
        self._inner.write(escape_control(text, keep_newlines=True))
        return len(text)

    def writelines(self, lines: Any) -> None:
        """Write each of `lines`, escaped."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer ...
        return getattr(self._inner, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """While inside, everything printed to stdout and stderr is escaped (see the module docstring)."""
    saved = sys.stdout, sys.stderr
    for stream in saved:  # a terminal that cannot show a character gets \\xNN, not a UnicodeEncodeError
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # None (a windowed start without a console) stays None: print() then writes nothing, as before.
    sys.stdout, sys.stderr = (EscapingStream(s) if s is not None else s for s in saved)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
