"""Characters no ledger shows: control characters, the invisible marks that reorder text on screen, and
the other invisible format characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen).

A NUL, an escape sequence, a right-to-left override or a zero-width space in a description is never what a
bookkeeper meant: it is pasted by accident or put there on purpose to make a text read, search or compare
otherwise than it is stored ("Rent" and "Re\u200bnt" look the same). It would go to the target as is, so it is
an error on the field that holds it, named by its code point. The rule is Unicode's own: general categories
Cc (controls) and Cf (format characters: every bidi mark and zero-width character), and the line and
paragraph separators.
"""

from __future__ import annotations

import unicodedata

from app.domain.issues import Issue, error
from app.domain.messages import Message
from app.domain.voucher import Voucher, VoucherLine

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
HEADER_TEXTS = ("number", "type", "description", "company_id")
LINE_TEXTS = ("text", "project")


def hidden_character(text: str) -> str | None:
    """The first character of `text` no ledger shows (as U+XXXX and its name), else None."""
    for ch in text:
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            name = unicodedata.name(ch, "a control character").lower()
            return f"U+{ord(ch):04X} ({name})"
    return None


def header_hidden_characters(voucher: Voucher) -> list[Issue]:
    """An error on each header field that holds a control character or a bidi mark."""
    found = []
    for field in HEADER_TEXTS:
        if (what := hidden_character(str(getattr(voucher, field, "") or ""))) is not None:
            found.append(_issue(field, what, None))
    return found


def line_hidden_characters(number: int, line: VoucherLine) -> list[Issue]:
    """An error on each text of a line (text, project, dimension values) that holds a hidden character."""
    found = []
    for field in LINE_TEXTS:
        if (what := hidden_character(str(getattr(line, field, "") or ""))) is not None:
            found.append(_issue(field, what, number))
    for kind, value in (line.dimensions or {}).items():
        if (what := hidden_character(f"{kind}{value}")) is not None:
            found.append(_issue("dimensions", what, number))
    return found


def _issue(field: str, what: str, line: int | None) -> Issue:
    return error(field, Message("text_hidden_character", character=what), "text_hidden_character", line)
