"""The journal laid out on A4 pages: the company and period at the top of every page, the vouchers in
columns, "Page 2 of 5" at the bottom; then written as PDF (app/services/pdf_document.py).

Laying out is plain Python, so which voucher lands on which page is tested without Qt or a PDF reader. The
window passes its translated captions and its grid's number format; the command line passes English.
A voucher that fits on a page is never split; a longer one continues on the next page under its number
and "(continued)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.editing.cells import NumberFormat, format_amount_cell, format_date_cell, local_rates, number_format
from app.services.journal import Journal, JournalLine, JournalVoucher
from app.services.pdf_document import A4, Page, Rule, Text, encodable, pdf_bytes
from app.store.atomic import write_atomically


@dataclass(frozen=True)
class JournalCaptions:
    """The journal's words; English here, the window's language when the window prints it."""

    title: str = "Journal"
    company: str = "Company: {company}"
    period: str = "Period: {start} – {end}"
    open_start: str = "the first voucher"
    open_end: str = "the last voucher"
    page: str = "Page {page} of {pages}"
    printed: str = "Printed {when} by LedgerDesk"
    date: str = "Date"
    number: str = "No."
    account: str = "Account"
    text: str = "Text"
    vat_code: str = "VAT code"
    debit: str = "Debit"
    credit: str = "Credit"
    vat_row: str = "VAT {code}"
    continued: str = "{description} (continued)"
    differs: str = "{description} [booked differently at the target]"
    unreadable: str = "The stored voucher cannot be read; see the review."
    nothing: str = "No posted voucher matches the filter."
    totals: str = "Totals {currency}"
    vat_heading: str = "VAT per code and rate"
    rate: str = "Rate"
    currency: str = "Currency"
    net: str = "Net"
    vat: str = "VAT"


# Courier at 7.5 pt: 4.5 pt a character, 116 characters between margins of 36 pt.
MARGIN = 36.0
SIZE = 7.5
LEADING = 10.0
WIDTH = int((A4[0] - 2 * MARGIN) / (0.6 * SIZE))
# Columns: (width in characters, right-aligned). Text takes what the others leave.
DATE_W, NUMBER_W, ACCOUNT_W, CODE_W, AMOUNT_W = 10, 8, 8, 16, 15
TEXT_W = WIDTH - (DATE_W + NUMBER_W + ACCOUNT_W + CODE_W + 2 * AMOUNT_W) - 6
TOP = A4[1] - MARGIN  # the title's top
FIRST_ROW = TOP - 72  # the first row's baseline, below the title, company, period and column heads
LAST_ROW = MARGIN + 22  # the lowest baseline a row may take, above the footer
ROWS_PER_PAGE = int((FIRST_ROW - LAST_ROW) / LEADING) + 1


@dataclass(frozen=True)
class PrintedRow:
    """One row of a page as drawn: monospaced `text`; `bold` for a voucher's head and section titles."""

    text: str
    bold: bool = False
    grey: bool = False  # a derived VAT row


@dataclass(frozen=True)
class JournalPage:
    """One page: its rows, and its number of the whole."""

    number: int
    pages: int
    rows: tuple[PrintedRow, ...]


def lay_out(journal: Journal, fmt: NumberFormat | str = "en", captions: JournalCaptions | None = None
            ) -> list[JournalPage]:
    """The journal's pages, numbered."""
    fmt, words = number_format(fmt), captions or JournalCaptions()
    blocks: list[tuple[PrintedRow | None, list[PrintedRow]]] = []  # (head to repeat when continued, rows)
    for voucher in journal.vouchers:
        head, rows = _voucher_rows(voucher, fmt, words)
        blocks.append((_continued(voucher, fmt, words), [head, *rows, PrintedRow("")]))
    if not journal.vouchers:
        blocks.append((None, [PrintedRow(words.nothing), PrintedRow("")]))
    blocks.append((None, _totals_rows(journal, fmt, words)))
    pages: list[list[PrintedRow]] = [[]]
    for again, rows in blocks:
        if len(pages[-1]) + len(rows) > ROWS_PER_PAGE and len(rows) <= ROWS_PER_PAGE and pages[-1]:
            pages.append([])  # a block that fits on a page starts a new one rather than being split
        for row in rows:
            if len(pages[-1]) == ROWS_PER_PAGE:
                pages.append([again] if again is not None and row.text else [])
            if row.text or pages[-1]:  # no blank row at the top of a page
                pages[-1].append(row)
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    return [JournalPage(i, len(pages), tuple(rows)) for i, rows in enumerate(pages, start=1)]


def column_heads(words: JournalCaptions) -> str:
    """The column titles above the rows, aligned as the rows are."""
    return _columns(words.date, words.number, words.account, words.text, words.vat_code, words.debit,
                    words.credit)


def header_lines(journal: Journal, fmt: NumberFormat, words: JournalCaptions) -> tuple[str, str, str]:
    """The title, company and period printed at the top of every page."""
    start = format_date_cell(journal.date_from, fmt) if journal.date_from else words.open_start
    end = format_date_cell(journal.date_to, fmt) if journal.date_to else words.open_end
    return words.title, words.company.format(company=journal.company), words.period.format(start=start, end=end)


def write_journal_pdf(journal: Journal, path: Path, fmt: NumberFormat | str = "en",
                      captions: JournalCaptions | None = None, printed: datetime | None = None) -> int:
    """The journal as an A4 PDF at `path` (written whole or not at all); the number of pages."""
    data, pages = journal_pdf(journal, fmt, captions, printed)
    write_atomically(path, data)
    return pages


def journal_pdf(journal: Journal, fmt: NumberFormat | str = "en", captions: JournalCaptions | None = None,
                printed: datetime | None = None) -> tuple[bytes, int]:
    """The PDF file's bytes and its number of pages."""
    fmt, words = number_format(fmt), captions or JournalCaptions()
    when = printed or datetime.now()
    title, company, period = header_lines(journal, fmt, words)
    footer = words.printed.format(when=f"{format_date_cell(when.date(), fmt)} {when:%H:%M}")
    heads = column_heads(words)
    drawn = []
    for page in lay_out(journal, fmt, words):
        canvas = Page()
        canvas.texts += [Text(MARGIN, TOP - 12, _fit(title, 80), "title", 13),
                         Text(MARGIN, TOP - 26, _fit(company, 110), "text", 9),
                         Text(MARGIN, TOP - 38, _fit(period, 110), "text", 9),
                         Text(MARGIN, FIRST_ROW + LEADING + 6, heads, "mono-bold", SIZE)]
        canvas.rules.append(Rule(MARGIN, A4[0] - MARGIN, FIRST_ROW + LEADING + 2))
        for i, row in enumerate(page.rows):
            canvas.texts.append(Text(MARGIN, FIRST_ROW - i * LEADING, row.text, "mono-bold" if row.bold else "mono",
                                     SIZE, 0.35 if row.grey else 0.0))
        number = words.page.format(page=page.number, pages=page.pages)
        canvas.rules.append(Rule(MARGIN, A4[0] - MARGIN, MARGIN + 12))
        canvas.texts += [Text(MARGIN, MARGIN, _fit(footer, 80), "mono", SIZE),
                         Text(A4[0] - MARGIN - len(number) * 0.6 * SIZE, MARGIN, number, "mono", SIZE)]
        drawn.append(canvas)
    return pdf_bytes(drawn, title=f"{title} — {company} — {period}", created=when), len(drawn)


# --- rows --------------------------------------------------------------------------------------------------

def _voucher_rows(voucher: JournalVoucher, fmt: NumberFormat, words: JournalCaptions
                  ) -> tuple[PrintedRow, list[PrintedRow]]:
    description = words.differs.format(description=voucher.description) if voucher.booked_differently \
        else voucher.description
    head = PrintedRow(_head(voucher, description, fmt), bold=True)
    if not voucher.readable:
        indent = DATE_W + NUMBER_W + 2  # under the description, as wide as the rest of the row
        return head, [PrintedRow(" " * indent + _fit(words.unreadable, WIDTH - indent))]
    return head, [_line_row(line, fmt, words) for line in voucher.lines]


def _continued(voucher: JournalVoucher, fmt: NumberFormat, words: JournalCaptions) -> PrintedRow:
    return PrintedRow(_head(voucher, words.continued.format(description=voucher.description), fmt), bold=True)


def _head(voucher: JournalVoucher, description: str, fmt: NumberFormat) -> str:
    day = format_date_cell(voucher.date, fmt)
    # The description runs over the account, text and VAT code columns; the currency sits over the amounts.
    span = ACCOUNT_W + TEXT_W + CODE_W + 2
    return (f"{_fit(day, DATE_W):<{DATE_W}} {_fit(voucher.number, NUMBER_W):<{NUMBER_W}} "
            f"{_fit(description, span):<{span}} {voucher.currency:>{2 * AMOUNT_W + 1}}").rstrip()


def _line_row(line: JournalLine, fmt: NumberFormat, words: JournalCaptions) -> PrintedRow:
    code = local_rates(line.vat_code, fmt)
    text = words.vat_row.format(code=code) if line.vat_row else line.text
    return PrintedRow(_columns("", "", line.account, ("  " if line.vat_row else "") + text,
                               "" if line.vat_row else code, _amount(line.debit, fmt), _amount(line.credit, fmt)),
                      grey=line.vat_row)


def _totals_rows(journal: Journal, fmt: NumberFormat, words: JournalCaptions) -> list[PrintedRow]:
    rows = [PrintedRow(_columns("", "", "", words.totals.format(currency=t.currency), "", _amount(t.debit, fmt),
                                _amount(t.credit, fmt)), bold=True) for t in journal.totals]
    if journal.vat_totals:
        rows += [PrintedRow(""), PrintedRow(words.vat_heading, bold=True),
                 PrintedRow(_vat_columns(words.vat_code, words.rate, words.currency, words.net, words.vat), bold=True)]
        rows += [PrintedRow(_vat_columns(t.code, _rate(t.rate, fmt), t.currency, _amount(t.net, fmt),
                                         _amount(t.vat, fmt))) for t in journal.vat_totals]
    return rows


def _vat_columns(code: str, rate: str, currency: str, net: str, vat: str) -> str:
    return (f"{_fit(code, CODE_W):<{CODE_W}} {_fit(rate, 8):>8} {_fit(currency, 8):<8} "
            f"{_fit(net, AMOUNT_W):>{AMOUNT_W}} {_fit(vat, AMOUNT_W):>{AMOUNT_W}}").rstrip()


def _columns(day: str, number: str, account: str, text: str, code: str, debit: str, credit: str) -> str:
    return (f"{_fit(day, DATE_W):<{DATE_W}} {_fit(number, NUMBER_W):<{NUMBER_W}} {_fit(account, ACCOUNT_W):<{ACCOUNT_W}} "
            f"{_fit(text, TEXT_W):<{TEXT_W}} {_fit(code, CODE_W):<{CODE_W}} {_amount_cell(debit)} "
            f"{_amount_cell(credit)}").rstrip()


def _amount_cell(text: str) -> str:
    # An amount is never cut: one too long for its column pushes the row a little wider rather than lie.
    return f"{text:>{AMOUNT_W}}"


def _amount(value: Decimal | None, fmt: NumberFormat) -> str:
    return format_amount_cell(value, fmt)


def _rate(rate: Decimal, fmt: NumberFormat) -> str:
    return local_rates(f"{rate.normalize():f} %", fmt)


def _fit(text: str, width: int) -> str:
    """`text` on one line in at most `width` characters (cut with "…"), as the PDF's font will show it."""
    flat = encodable(" ".join(text.split()))
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def period_name(date_from: date | None, date_to: date | None) -> str:
    """A file name part for the period: `2026-01-01--2026-03-31`, `all` when it is open on both ends."""
    if date_from is None and date_to is None:
        return "all"
    return f"{date_from.isoformat() if date_from else ''}--{date_to.isoformat() if date_to else ''}"
