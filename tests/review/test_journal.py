"""The journal (issue 17): which vouchers, in which order, their lines and VAT rows, the VAT per code and rate,
the header and the pages — all without Qt; the PDF file itself is checked by its structure and its text."""

from __future__ import annotations

import csv
import io
import re
import zlib
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.domain.posting import post_voucher
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.services.commands.context import vat_table_of
from app.services.journal import CSV_HEADER, build_journal, journal_filter, write_journal_csv
from app.services.journal_pages import ROWS_PER_PAGE, JournalCaptions, journal_pdf, lay_out
from app.services.pdf_document import encodable
from app.store.database import connect
from app.store.paths import database_path
from app.store.review import ReviewFilter
from app.store.states import SubmissionState

from tests.conftest import REPO

from .support import line, submit, voucher

S = SubmissionState
Q1 = ReviewFilter(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))


@pytest.fixture
def conn():
    conn = connect(database_path())
    yield conn
    conn.close()


def sale(day: str, number: str, gross: str, code: str = "S", description: str = "Sale", **kw):
    return voucher(line("1910", debit=gross, text="Bank"), line("3000", credit=gross, vat_code=code, text="Goods"),
                   day=day, number=number, description=description, **kw)


def purchase(day: str, number: str, gross: str, code: str = "P"):
    return voucher(line("4000", debit=gross, vat_code=code, text="Supplies"), line("1910", credit=gross),
                   day=day, number=number, description="Purchase")


def test_only_posted_vouchers_of_the_filter_in_date_and_number_order(conn):
    submit(conn, sale("2026-02-01", "10", "100.00"), state=S.SYNCED)
    submit(conn, sale("2026-01-15", "9", "100.00"), state=S.ACCEPTED)
    submit(conn, sale("2026-01-15", "11", "100.00"), state=S.PENDING)
    submit(conn, sale("2026-01-15", "B-1", "100.00"), state=S.DIFFERS)
    for state in (S.QUEUED, S.REJECTED, S.UNCERTAIN, S.CANCELLED, S.FAILED, S.SENDING):
        submit(conn, sale("2026-01-20", f"x{state}", "5.00"), state=state)  # never in the books
    submit(conn, sale("2025-12-31", "8", "100.00"), state=S.SYNCED)  # before the period
    submit(conn, sale("2026-04-01", "12", "100.00"), state=S.SYNCED)  # after it
    submit(conn, sale("2026-03-01", "13", "100.00"), profile="other", state=S.SYNCED)
    journal = build_journal(conn, Q1)
    # Date, then number: 9 before 11 (by value, not as text), a number with letters after the digits.
    assert [(v.date.isoformat(), v.number) for v in journal.vouchers] == [
        ("2026-01-15", "9"), ("2026-01-15", "11"), ("2026-01-15", "B-1"), ("2026-02-01", "10"),
        ("2026-03-01", "13")]
    assert journal.vouchers[2].booked_differently
    assert [v.number for v in build_journal(conn, ReviewFilter(date_from=Q1.date_from, date_to=Q1.date_to,
                                                               profile="other")).vouchers] == ["13"]


def test_the_filters_states_narrow_the_journal_but_never_let_an_unposted_voucher_in():
    assert journal_filter(ReviewFilter(states=("synced", "queued"))).states == ("synced",)
    assert journal_filter(ReviewFilter(states=("queued", "rejected"))) is None
    assert set(journal_filter(ReviewFilter()).states) == {"accepted", "pending", "synced", "differs"}


def test_lines_and_vat_rows_with_decimal_amounts(conn):
    submit(conn, sale("2026-01-10", "1", "125.50"), state=S.SYNCED)
    [v] = build_journal(conn, Q1).vouchers
    rows = [(ln.number, ln.vat_row, ln.account, ln.debit, ln.credit, ln.vat_code, ln.net, ln.vat) for ln in v.lines]
    assert rows == [(1, False, "1910", Decimal("125.50"), None, "", None, None),
                    (2, False, "3000", None, Decimal("125.50"), "S · 25.5 %", Decimal("-100.00"), Decimal("-25.50")),
                    (2, True, "2939", None, Decimal("25.50"), "S · 25.5 %", None, Decimal("-25.50"))]
    assert all(isinstance(x, Decimal) for r in rows for x in r[3:5] + r[6:] if x is not None)
    assert (v.debit, v.credit) == (Decimal("125.50"), Decimal("125.50"))


def test_vat_totals_per_code_and_rate_equal_the_vat_rows_to_the_cent(conn):
    amounts = ["0.01", "0.03", "9.99", "10.05", "33.33", "1234.56", "0.07", "19.99", "100.01", "45.45"]
    for i, gross in enumerate(amounts):
        submit(conn, sale("2026-01-05", str(i), gross, code=["S", "S1", "S2", "S0"][i % 4]), state=S.SYNCED)
        submit(conn, purchase("2026-01-06", f"p{i}", gross), state=S.ACCEPTED)
    submit(conn, sale("2025-12-20", "old", "100.00", code="S1"), state=S.SYNCED)  # 14 % then: not in Q1
    journal = build_journal(conn, ReviewFilter(date_from=date(2025, 12, 1), date_to=Q1.date_to))
    table: VatTable = vat_table_of(conn, "acme", Target.CONFIRMA)
    expected: dict[tuple[str, Decimal], list[Decimal]] = {}
    for v in journal.vouchers:  # recomputed from the domain's own postings, line by line
        row_vat = sum((ln.vat for ln in v.lines if ln.vat_row), Decimal(0))
        assert row_vat == sum(((ln.debit or 0) - (ln.credit or 0) for ln in v.lines if ln.vat_row), Decimal(0))
        from app.services.review_actions import _voucher_of
        for posting in post_voucher(_voucher_of(conn, v.submission_id), table):
            if posting.resolved:
                key = (posting.resolved.code.code, posting.resolved.percent)
                net, vat = expected.get(key, [Decimal(0), Decimal(0)])
                expected[key] = [net + posting.net, vat + posting.vat]
    got = {(t.code, t.rate): [t.net, t.vat] for t in journal.vat_totals}
    assert got == expected
    assert got[("S1", Decimal("14"))] == [Decimal("-87.72"), Decimal("-12.28")]
    assert ("S1", Decimal("13.5")) in got and ("S0", Decimal("0")) in got
    # The VAT rows of each code sum to its total: what the PDF prints per code is what was booked.
    booked = sum((ln.vat for v in journal.vouchers for ln in v.lines if ln.vat_row and ln.vat_code.startswith("P ")),
                 Decimal(0))
    assert got[("P", Decimal("25.5"))][1] == booked
    assert all(t.currency == "EUR" for t in journal.vat_totals)


def test_the_header_names_the_company_and_the_period(conn, tmp_path):
    submit(conn, sale("2026-01-10", "1", "10.00", company_id="0737546-2"), state=S.SYNCED)
    journal = build_journal(conn, Q1, {"acme": "2345678-9"})
    assert journal.company == "acme (2345678-9)"  # the settings' business id first
    assert build_journal(conn, Q1).company == "acme (0737546-2)"  # else the vouchers'
    [page] = lay_out(journal, "fi")
    data, pages = journal_pdf(journal, "fi", printed=datetime(2026, 4, 2, 9, 30))
    text = pdf_text(data)
    assert pages == 1
    assert ["Journal", "Company: acme (2345678-9)", "Period: 1.1.2026 – 31.3.2026"] == text[0][:3]
    assert "Page 1 of 1" in text[0] and "Printed 2.4.2026 09:30 by LedgerDesk" in text[0]
    open_ended = journal_pdf(build_journal(conn, ReviewFilter(date_to=date(2026, 3, 31))), "en")[0]
    assert "Period: the first voucher – 2026-03-31" in pdf_text(open_ended)[0]


def test_amounts_use_the_grids_decimal_mark_and_captions_are_the_callers(conn):
    submit(conn, sale("2026-01-10", "1", "1234.50", description="Myynti äöå ü ß é"), state=S.SYNCED)
    journal = build_journal(conn, Q1)
    words = JournalCaptions(title="Päiväkirja", page="Sivu {page}/{pages}", vat_row="ALV {code}")
    [page] = lay_out(journal, "fi", words)
    texts = [r.text for r in page.rows]
    assert texts[0].startswith("10.1.2026  1        Myynti äöå ü ß é") and texts[0].endswith("EUR")
    assert texts[1].endswith("1 234,50") and "ALV S · 25,5 %" in texts[3] and texts[3].endswith("250,83")  # 1234.50 × 25.5 / 125.5
    assert any("S · 25,5 %" in t and "-1 234,50" not in t for t in texts)
    english = [r.text for r in lay_out(journal, "en")[0].rows]
    assert english[1].endswith("1,234.50") and "VAT S · 25.5 %" in english[3]
    text = pdf_text(journal_pdf(journal, "fi", words)[0])[0]
    assert "Päiväkirja" in text and "Sivu 1/1" in text and any("Myynti äöå ü ß é" in t for t in text)


def test_page_breaks_never_split_a_voucher_that_fits_and_number_the_pages(conn):
    for i in range(60):  # head, two lines, the VAT row and a blank: 5 rows each
        submit(conn, sale(f"2026-02-{1 + i % 28:02d}", str(100 + i), "10.00"), state=S.SYNCED)
    journal = build_journal(conn, Q1)
    pages = lay_out(journal)
    assert ROWS_PER_PAGE == 68  # 13 whole vouchers a page (65 rows): 60 take five pages, the totals on the fifth
    assert len(pages) == 5 and [len(p.rows) for p in pages][:4] == [65] * 4
    assert all(p.pages == len(pages) for p in pages) and [p.number for p in pages] == list(range(1, len(pages) + 1))
    for page in pages:
        assert len(page.rows) <= ROWS_PER_PAGE
        assert page.rows[0].bold and page.rows[0].text  # a page starts with a voucher's head, never a blank
        heads = [i for i, r in enumerate(page.rows) if r.bold and r.text[:1].isdigit()]
        for i in heads:  # each voucher whole on its page: head, two lines, the VAT row
            assert len(page.rows) > i + 3
    numbers = [r.text.split()[1] for p in pages for r in p.rows if r.bold and r.text[:1].isdigit()]
    assert sorted(numbers, key=int) == [str(100 + i) for i in range(60)] and len(numbers) == 60
    text = pdf_text(journal_pdf(journal)[0])
    assert len(text) == len(pages) and f"Page 2 of {len(pages)}" in text[1]
    assert all("Company: acme" in t for t in text)  # the header on every page


def test_a_voucher_longer_than_a_page_continues_under_its_number(conn):
    lines = [line("4000", debit="1.00", text=f"row {i}") for i in range(ROWS_PER_PAGE + 5)]
    submit(conn, voucher(*lines, line("1910", credit=str(ROWS_PER_PAGE + 5) + ".00"), day="2026-01-02",
                         number="77", description="Long"), state=S.SYNCED)
    pages = lay_out(build_journal(conn, Q1))
    assert len(pages) == 2 and pages[1].rows[0].text.startswith("2026-01-02 77       Long (continued)")
    assert sum(1 for p in pages for r in p.rows if "row " in r.text) == ROWS_PER_PAGE + 5


def test_an_empty_period_says_so_on_one_page(conn):
    [page] = lay_out(build_journal(conn, Q1))
    assert page.rows[0].text == "No posted voucher matches the filter." and (page.number, page.pages) == (1, 1)


def test_csv_has_every_line_and_vat_row_of_the_journal(conn, tmp_path):
    submit(conn, sale("2026-01-10", "1", "125.50", description="=cmd"), state=S.SYNCED)
    submit(conn, sale("2026-01-11", "2", "5.00"), state=S.QUEUED)
    path = tmp_path / "journal.csv"
    assert write_journal_csv(build_journal(conn, Q1), path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert list(rows[0]) == list(CSV_HEADER)
    assert [(r["Number"], r["Line"], r["Row"], r["Account"], r["Debit"], r["Credit"], r["VAT rate"], r["Net"],
             r["VAT"]) for r in rows] == [
        ("1", "1", "line", "1910", "125.50", "", "", "", ""),
        ("1", "2", "line", "3000", "", "125.50", "25.5", "-100.00", "-25.50"),
        ("1", "2", "VAT", "2939", "", "25.50", "25.5", "", "-25.50")]
    assert rows[0]["Description"] == "'=cmd" and rows[0]["State"] == "synced"


def test_text_outside_the_pdf_fonts_is_shown_as_a_question_mark_not_an_error():
    assert encodable("Ärger € – ß ok") == "Ärger € – ß ok"
    assert encodable("Ѳ 漢") == "? ?"


# --- reading the PDF back (its structure, and the text of each page) ---------------------------------------

def pdf_text(data: bytes) -> list[list[str]]:
    """Each page's text runs, in drawing order; the file's cross-reference table checked on the way."""
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    start = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[start:start + 4] == b"xref"
    count = int(data[start:].split(b"\n")[1].split()[1])
    entries = data[start:].split(b"\n")[3:3 + count - 1]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number), f"object {number} is not where the xref says"
    pages = []
    for match in re.finditer(rb"/Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        length = int(match.group(1))
        content = zlib.decompress(data[match.end():match.end() + length])
        pages.append([_unescape(s).decode("cp1252") for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", content)])
    return pages


def _unescape(raw: bytes) -> bytes:
    return re.sub(rb"\\(.)", lambda m: {b"n": b"\n", b"r": b"\r"}.get(m.group(1), m.group(1)), raw)


# --- `ledgerdesk journal` ----------------------------------------------------------------------------------

def test_the_journal_command_writes_pdf_and_csv_of_the_profiles_period(conn, tmp_path, capsys):
    from app.cli import main
    from app.store.profile import Profile
    from app.store.settings import load_settings, save_settings

    save_settings(load_settings().with_profile(Profile(name="acme", target=Target.CONFIRMA, environment="sandbox",
                                                       base_url="http://127.0.0.1:9/api/v1/partner",
                                                       company_id="0737546-2")))
    submit(conn, sale("2026-01-10", "1", "125.50"), state=S.SYNCED)
    submit(conn, sale("2026-03-31", "2", "10.00"), state=S.ACCEPTED)
    submit(conn, sale("2026-04-01", "3", "10.00"), state=S.SYNCED)
    submit(conn, sale("2026-01-11", "4", "10.00"), profile="other", state=S.SYNCED)
    conn.commit()
    pdf, table = tmp_path / "q1.pdf", tmp_path / "q1.csv"
    assert main(["journal", "--profile", "acme", "--from", "2026-01-01", "--to", "2026-03-31", "--pdf", str(pdf),
                 "--csv", str(table), "--number-format", "fi"]) == 0
    out = capsys.readouterr().out
    assert out == f"Journal: 2 posted vouchers.\nPDF: {pdf}, 1 page.\nCSV: {table}, 6 rows.\n"
    [page] = pdf_text(pdf.read_bytes())
    assert page[:3] == ["Journal", "Company: acme (0737546-2)", "Period: 1.1.2026 – 31.3.2026"]
    assert "Page 1 of 1" in page and any(t.endswith("125,50") for t in page)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert sorted({r["Number"] for r in rows}) == ["1", "2"]


@pytest.mark.parametrize("arguments, said", [
    (["--pdf", "x.pdf", "--profile", "acmee"], "No journal written: There is no profile called 'acmee'"),
    (["--from", "2026-04-01", "--to", "2026-03-31", "--csv", "x.csv"], "--from 2026-04-01 is after --to 2026-03-31"),
    (["--profile", "acme"], "Say where to write the journal: --pdf FILE, --csv FILE, or both."),
    (["--pdf", "no/such/folder/x.pdf"], "No journal written: No such file or directory"),
])
def test_the_journal_command_says_what_is_wrong_and_writes_nothing(conn, tmp_path, monkeypatch, capsys,
                                                                   arguments, said):
    from app.cli import main

    monkeypatch.chdir(tmp_path)
    submit(conn, sale("2026-01-10", "1", "125.50"), state=S.SYNCED)
    conn.commit()
    assert main(["journal", *arguments]) == 2
    assert said in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_date_that_is_not_one_is_refused_by_name(capsys):
    from app.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["journal", "--from", "31.3.2026", "--pdf", "x.pdf"])
    assert stopped.value.code == 2
    assert "'31.3.2026' is not a date: write it as YYYY-MM-DD" in capsys.readouterr().err


def test_ledgerdesk_journal_runs_headless_without_qt(conn, tmp_path):
    """The real command in a process of its own, no display: fast, and PySide6 never imported."""
    import os
    import subprocess
    import sys
    import time

    for i in range(200):
        submit(conn, sale(f"2026-02-{1 + i % 28:02d}", str(i), "19.90"), state=S.SYNCED)
    conn.commit()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    probe = ("import sys; sys.argv = ['ledgerdesk'] + sys.argv[1:]\n"
             "from app.cli import main\ncode = main()\n"
             "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\nsys.exit(code)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, "journal", "--from", "2026-01-01", "--to", "2026-03-31",
                           "--pdf", str(tmp_path / "j.pdf")], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    # 13 vouchers of five rows a page: 15 full pages and a 16th with the last five and the totals.
    assert done.stdout.splitlines() == ["Journal: 200 posted vouchers.", f"PDF: {tmp_path / 'j.pdf'}, 16 pages."]
    assert len(pdf_text((tmp_path / "j.pdf").read_bytes())) == 16
    assert elapsed < 10, f"ledgerdesk journal took {elapsed:.1f} s for 200 vouchers"


def test_currencies_are_totalled_apart_and_swiss_codes_by_their_rate(conn):
    submit(conn, sale("2026-01-10", "1", "100.00"), state=S.SYNCED)
    swiss = voucher(line("1020", debit="108.10", text="Einnahme"),
                    line("3200", credit="108.10", vat_code="UN", text="Einnahme"), day="2026-01-12", number="7",
                    description="Verkauf", currency="CHF")
    submit(conn, swiss, profile="swiss", target="infinity", state=S.ACCEPTED)
    journal = build_journal(conn, Q1)
    assert [(t.currency, t.debit, t.credit) for t in journal.totals] == [
        ("CHF", Decimal("108.10"), Decimal("108.10")), ("EUR", Decimal("125.50") - Decimal("25.50"),
                                                        Decimal("100.00"))]
    assert [(t.code, t.rate, t.currency, t.net, t.vat) for t in journal.vat_totals] == [
        ("S", Decimal("25.5"), "EUR", Decimal("-79.68"), Decimal("-20.32")),
        ("UN", Decimal("8.1"), "CHF", Decimal("-100.00"), Decimal("-8.10"))]
    assert journal.company == "acme, swiss"  # no business id known for either: the profile names


def test_a_voucher_whose_stored_copy_cannot_be_read_is_listed_not_dropped(conn, tmp_path):
    sid = submit(conn, sale("2026-01-10", "1", "10.00"), state=S.SYNCED)
    conn.execute("UPDATE submissions SET voucher = ? WHERE id = ?", ("{not json", sid))
    conn.commit()
    [v] = build_journal(conn, Q1).vouchers
    assert not v.readable and v.lines == () and v.number == "1"
    texts = [r.text for r in lay_out(build_journal(conn, Q1))[0].rows]
    assert texts[0].startswith("2026-01-10 1") and "The stored voucher cannot be read; see the review." in texts[1]
    assert write_journal_csv(build_journal(conn, Q1), tmp_path / "j.csv") == 1


def test_the_team_database_gives_the_same_journal(store_conn):
    """SQLite and the team's PostgreSQL: the same vouchers, order and VAT totals."""
    submit(store_conn, sale("2026-02-01", "10", "125.50"), state=S.SYNCED)
    submit(store_conn, sale("2026-01-15", "9", "10.00", code="S1"), state=S.ACCEPTED)
    submit(store_conn, sale("2026-01-16", "8", "10.00"), state=S.UNCERTAIN)
    journal = build_journal(store_conn, Q1)
    assert [v.number for v in journal.vouchers] == ["9", "10"]
    assert [(t.code, t.rate, t.vat) for t in journal.vat_totals] == [("S", Decimal("25.5"), Decimal("-25.50")),
                                                                     ("S1", Decimal("13.5"), Decimal("-1.19"))]
