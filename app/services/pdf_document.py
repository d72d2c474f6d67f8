"""A small PDF writer for LedgerDesk's printed lists (the journal): A4 pages of text lines and rules in the
PDF standard fonts, no dependency and no Qt, so `ledgerdesk journal` runs headless and fast.

Only the standard 14 fonts are used (every PDF reader has them; nothing is embedded): Courier for the
columns, whose glyphs are all 600/1000 of the size wide, so an amount is right-aligned by counting
characters; Helvetica-Bold for titles, only ever left-aligned, so no width table is needed. Text is written
in WinAnsiEncoding (Windows-1252: ä ö å ü ß é € – … and the rest of Western European text); a character
outside it is printed as "?" (docs/journal.md).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

A4 = (595.28, 841.89)  # points (1/72 inch)
COURIER_ADVANCE = 0.6  # Courier's width of every glyph, in units of the font size

# The fonts a page may use, by the names the content streams give them.
FONTS = {"mono": "Courier", "mono-bold": "Courier-Bold", "title": "Helvetica-Bold", "text": "Helvetica"}


@dataclass(frozen=True)
class Text:
    """One run of text whose baseline starts at (x, y), in points from the page's bottom left corner."""

    x: float
    y: float
    text: str
    font: str = "mono"  # a key of FONTS
    size: float = 8.0
    grey: float = 0.0  # 0 black … 1 white


@dataclass(frozen=True)
class Rule:
    """A horizontal line from x1 to x2 at y."""

    x1: float
    x2: float
    y: float
    width: float = 0.5


@dataclass
class Page:
    """What is drawn on one A4 page."""

    texts: list[Text] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def encodable(text: str) -> str:
    """`text` as the PDF will show it: a character WinAnsiEncoding does not have becomes "?"."""
    return text.encode("cp1252", errors="replace").decode("cp1252")


def mono_width(text: str, size: float) -> float:
    """How wide `text` is in Courier at `size` points."""
    return len(text) * COURIER_ADVANCE * size


def pdf_bytes(pages: Sequence[Page], *, title: str, created: datetime) -> bytes:
    """The whole PDF file of `pages` (at least one page is written: an empty list gives a blank page)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)  # object numbers start at 1

    catalog = add(b"")  # filled in once the page tree's number is known
    tree = add(b"")
    fonts = {key: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
             for key, name in FONTS.items()}
    font_dict = " ".join(f"/F{i} {number} 0 R" for i, number in enumerate(fonts.values(), start=1))
    font_names = {key: f"F{i}" for i, key in enumerate(fonts, start=1)}
    kids = []
    for page in pages or [Page()]:
        content = zlib.compress(_content(page, font_names))
        stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add((f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
                         f"/Resources << /Font << {font_dict} >> >> /Contents {stream} 0 R >>").encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objects[tree - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                         f"/Count {len(kids)} >>").encode()
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    info = add(b"<< /Title " + _unicode(title) + b" /Producer (LedgerDesk) /CreationDate " + _string(stamp) + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")  # the binary comment tells transfer tools it is binary
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)


def _content(page: Page, font_names: dict[str, str]) -> bytes:
    parts = []
    for rule in page.rules:
        parts.append(f"{rule.width:g} w {rule.x1:.2f} {rule.y:.2f} m {rule.x2:.2f} {rule.y:.2f} l S".encode())
    for text in page.texts:
        parts.append(f"BT /{font_names[text.font]} {text.size:g} Tf {text.grey:g} g "
                     f"1 0 0 1 {text.x:.2f} {text.y:.2f} Tm ".encode() + _string(text.text) + b" Tj ET")
    return b"\n".join(parts)


def _string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding, its delimiters escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(
        b"\r", b"\\r").replace(b"\n", b"\\n") + b")"


def _unicode(text: str) -> bytes:
    """A text string outside the page content (the document's title): UTF-16BE with its byte order mark."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"
