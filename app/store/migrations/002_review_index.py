"""Schema 2, Python step: what the review index needs and SQL cannot do; run after 002_review_index.sql.

* The search text is folded in Python: SQLite's lower()/LIKE fold ASCII only (no ICU) and the trigram
  tokenizer's remove_diacritics needs SQLite 3.45, so "erlos" could not find "Erlös" otherwise.
* Totals of submissions whose summary has no canonical total are summed from the voucher's debits as
  Decimal (SQL would read "12.10" through a float).
* The trigram full-text index is created where this SQLite has it (FTS5 trigram, 3.34+); elsewhere the
  review list scans the folded column instead, so an older SQLite still opens the database.

It uses the live folding on purpose: stored text must fold exactly like the queries of the LedgerDesk that
reads it. Changing `fold_text` therefore needs a re-index migration; tests/review pins its output.
"""

from __future__ import annotations

import sqlite3

from app.store.review_index import (is_canonical_total, search_text, summed_debit_cents, text_of, voucher_data,
                                    voucher_lines)

BATCH = 1000

SEARCH_INDEX = [
    "CREATE VIRTUAL TABLE review_fts USING fts5(search, content='review', content_rowid='submission_id', "
    "tokenize='trigram')",
    # External-content FTS: these triggers keep it in step with review.search.
    "CREATE TRIGGER review_fts_insert AFTER INSERT ON review BEGIN "
    "INSERT INTO review_fts (rowid, search) VALUES (new.submission_id, new.search); END",
    "CREATE TRIGGER review_fts_delete AFTER DELETE ON review BEGIN "
    "INSERT INTO review_fts (review_fts, rowid, search) VALUES ('delete', old.submission_id, old.search); END",
    "CREATE TRIGGER review_fts_update AFTER UPDATE OF search ON review WHEN old.search IS NOT new.search BEGIN "
    "INSERT INTO review_fts (review_fts, rowid, search) VALUES ('delete', old.submission_id, old.search); "
    "INSERT INTO review_fts (rowid, search) VALUES (new.submission_id, new.search); END",
]


def upgrade(conn: sqlite3.Connection) -> None:
    """Fold the search text of every backfilled row, fill the totals SQL could not, build the text index."""
    # SQLite reads the summary's total (in C, fast); Python only checks its shape, as the SQL did.
    reader = conn.execute("SELECT id, voucher, CASE WHEN json_valid(summary) THEN json_extract(summary, '$.total') "
                          "END FROM submissions ORDER BY id")
    while rows := reader.fetchmany(BATCH):
        searches, totals = [], []
        for submission_id, voucher_json, summary_total in rows:
            data = voucher_data(voucher_json)
            lines = voucher_lines(data)
            searches.append((search_text(text_of(data.get("number")), text_of(data.get("description")),
                                         [text_of(line.get("text")) for line in lines]), submission_id))
            if not is_canonical_total(summary_total):  # the SQL converted the canonical ones
                totals.append((summed_debit_cents(data), submission_id))
        conn.executemany("UPDATE review SET search = ? WHERE submission_id = ?", searches)
        conn.executemany("UPDATE review SET total_cents = ? WHERE submission_id = ?", totals)
    try:
        conn.execute(SEARCH_INDEX[0])
    except sqlite3.OperationalError:
        return  # no FTS5 or no trigram tokenizer in this SQLite: the review list scans instead
    for statement in SEARCH_INDEX[1:]:
        conn.execute(statement)
    conn.execute("INSERT INTO review_fts (review_fts) VALUES ('rebuild')")

