"""The journal command: the posted vouchers of the review list's filter as a PDF journal and/or a CSV file
(docs/journal.md); the window's Ctrl+J and `ledgerdesk journal` both call it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.editing.cells import NumberFormat
from app.services.journal import build_journal, write_journal_csv
from app.services.journal_pages import JournalCaptions, write_journal_pdf
from app.services.session import open_store
from app.store.review import ReviewFilter, ReviewQuery
from app.store.settings import read_startup_settings


class UnknownProfile(LookupError):
    """The filter names a profile that is neither configured nor has anything in the review list."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"There is no profile called '{name}', and nothing was posted under that name.")


@dataclass(frozen=True)
class JournalWritten:
    """What was written: how many vouchers, PDF pages and CSV rows (0 for a file not asked for)."""

    vouchers: int
    pages: int
    csv_rows: int


def write_journal(review_filter: ReviewFilter, *, pdf: Path | None = None, csv: Path | None = None,
                  fmt: NumberFormat | str = "en", captions: JournalCaptions | None = None,
                  printed: datetime | None = None) -> JournalWritten:
    """Build the journal of `review_filter`'s posted vouchers through a connection of its own and write it as
    PDF at `pdf` and as CSV at `csv` (each whole or not at all)."""
    companies = {name: profile.company_id for name, profile in read_startup_settings().profiles.items()}
    conn = open_store()
    try:
        if review_filter.profile and review_filter.profile not in companies \
                and review_filter.profile not in ReviewQuery(conn).profiles():
            raise UnknownProfile(review_filter.profile)  # a typo would otherwise print an empty journal
        journal = build_journal(conn, review_filter, companies)
    finally:
        conn.close()
    pages = write_journal_pdf(journal, pdf, fmt, captions, printed) if pdf is not None else 0
    rows = write_journal_csv(journal, csv) if csv is not None else 0
    return JournalWritten(len(journal.vouchers), pages, rows)
