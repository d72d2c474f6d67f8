"""Copy as draft, reversal and the CSV export, through the service API the review list uses."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest

from app.domain.issues import has_errors
from app.domain.posting import post_voucher, voucher_totals
from app.domain.targets import Target
from app.domain.validation import validate_voucher
from app.domain.voucher import VatMode
from app.domain.voucher_file import dump_voucher_file, parse_voucher_file
from app.resources import vat_table_for
from app.services.review_actions import CSV_HEADER, copy_as_draft, export_csv, reversal
from app.services.voucher_files import read_voucher_file
from app.store.review import ReviewFilter, ReviewQuery
from tests.conftest import EXAMPLES
from tests.review.support import line, submit, voucher
from app.store.states import SubmissionState

FI = vat_table_for(Target.CONFIRMA)


def documented():
    return read_voucher_file(EXAMPLES / "confirma-documented.json").voucher


@pytest.mark.parametrize("mode", [VatMode.GROSS, VatMode.NET])
def test_a_reversal_swaps_every_line_and_its_vat_cancels_to_the_cent(mode):
    original = documented()
    original.vat_mode = mode
    if mode is VatMode.NET:  # net 2990 + 25.5 % VAT on the sales line; the debit carries the gross
        original.lines[0].debit = Decimal("3752.45")
    reversed_ = reversal(original, Target.CONFIRMA)
    assert reversed_.identifier != original.identifier and reversed_.reverses == original.identifier
    assert [(ln.account, ln.debit, ln.credit, ln.vat_code) for ln in reversed_.lines] == [
        (ln.account, ln.credit, ln.debit, ln.vat_code) for ln in original.lines]
    assert [ln.text for ln in reversed_.lines] == ["Reversal of 1001: 1763"] * 2
    assert reversed_.description == "Reversal of 1001: Here comes the description, max 210 chars long"
    assert (reversed_.date, reversed_.number, reversed_.vat_mode, reversed_.type, reversed_.company_id) == (
        original.date, "", mode, "ML", "123456-7")
    before, after = post_voucher(original, FI), post_voucher(reversed_, FI)
    assert [(p.net, p.vat, p.vat_account) for p in after] == [(-p.net, -p.vat, p.vat_account) for p in before]
    assert any(p.has_vat_row for p in after)  # the derived VAT row reverses too
    assert voucher_totals(after).balanced
    assert not has_errors(validate_voucher(reversed_, FI, Target.CONFIRMA))


def test_a_reversal_keeps_line_dates_projects_and_dimensions_but_not_shared_state():
    original = documented()
    reversed_ = reversal(original)
    assert [ln.booking_date for ln in reversed_.lines] == [ln.booking_date for ln in original.lines]
    assert reversed_.lines[0].dimensions == {"COST_CENTER": "1000"} and reversed_.lines[0].project == "PN12345"
    reversed_.lines[0].dimensions["COST_CENTER"] = "2000"
    assert original.lines[0].dimensions == {"COST_CENTER": "1000"}


def test_reversal_texts_without_number_and_within_the_targets_limits():
    original = voucher(line("6300", debit="10.00"), line("1910", credit="10.00", text="x" * 128),
                       description="D" * 128, currency="CHF")  # Infinity's books: no exchange rate needed
    reversed_ = reversal(original, Target.INFINITY)
    assert reversed_.lines[0].text == "Reversal of " + "D" * 115 + "…"  # no text: the voucher's description
    assert len(reversed_.description) == 128 and reversed_.description.endswith("…")
    assert len(reversed_.lines[1].text) == 128
    assert not has_errors(validate_voucher(reversed_, vat_table_for(Target.INFINITY), Target.INFINITY))
    anonymous = voucher(line("1910", debit="1"), line("3000", credit="1"), description="")
    assert reversal(anonymous).description == f"Reversal of {anonymous.identifier}"


def test_the_link_survives_the_voucher_file():
    reversed_ = reversal(documented())
    again = parse_voucher_file(dump_voucher_file(reversed_, Target.CONFIRMA)).voucher
    assert again.reverses == reversed_.reverses == "abc-123-def-456"
    assert '"reverses"' not in dump_voucher_file(documented())


def test_derived_identifiers_of_files_without_reverses_are_unchanged():
    text = (EXAMPLES / "infinity-documented.json").read_text(encoding="utf-8")
    assert parse_voucher_file(text).voucher.identifier == "76e0662d-2ef8-55fa-b689-7610b3cf4e0a"


def test_copy_as_draft_is_a_new_voucher_dated_today():
    original = documented()
    copy = copy_as_draft(original, today=date(2026, 1, 15))
    assert copy.identifier != original.identifier and copy.reverses == ""
    assert (copy.date, copy.number, copy.description, copy.type) == (
        date(2026, 1, 15), "", original.description, "ML")
    assert [ln.booking_date for ln in copy.lines] == [None, None]  # they follow the new date
    assert [(ln.account, ln.debit, ln.credit, ln.vat_code, ln.text, ln.project, ln.dimensions)
            for ln in copy.lines] == [(ln.account, ln.debit, ln.credit, ln.vat_code, ln.text, ln.project,
                                       ln.dimensions) for ln in original.lines]
    copy.lines[0].dimensions["COST_CENTER"] = "9"
    assert original.lines[0].dimensions == {"COST_CENTER": "1000"}
    assert copy_as_draft(original).date == date.today()
    assert copy_as_draft(reversal(original)).reverses == ""


# --- CSV -------------------------------------------------------------------------------------------

@pytest.fixture
def conn(store_conn):
    conn = store_conn
    submit(conn, documented(), state=SubmissionState.SYNCED, total=Decimal("2990.00"))
    submit(conn, voucher(line("6000", debit="1234.50", text="=HYPERLINK(\"x\")"),
                         line("1020", credit="1234.50", text="Büromiete"), day="2025-02-01", number="B-1",
                         description="Miete Februar", currency="CHF"),
           profile="swiss", target="infinity", state=SubmissionState.ACCEPTED)
    return conn


def read_back(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_has_one_row_per_line_with_the_voucher_repeated(conn, tmp_path):
    path = tmp_path / "review.csv"
    assert export_csv(conn, ReviewFilter(), path) == 4
    raw = path.read_bytes()
    assert raw.splitlines()[0].decode("utf-8-sig") == ";".join(CSV_HEADER)
    rows = read_back(raw)
    assert [(r["Number"], r["Line"], r["Account"], r["Debit"], r["Credit"], r["VAT code"], r["Net"], r["VAT"])
            for r in rows] == [
        ("B-1", "1", "6000", "1234.50", "", "", "1234.50", "0.00"),
        ("B-1", "2", "1020", "", "1234.50", "", "-1234.50", "0.00"),
        ("1001", "1", "1701", "2990.00", "", "", "2990.00", "0.00"),
        ("1001", "2", "3000", "", "2990.00", "S", "-2382.47", "-607.53"),
    ]
    assert {(r["Date"], r["Description"], r["Profile"], r["Target"], r["State"], r["Currency"])
            for r in rows if r["Number"] == "B-1"} == {("2025-02-01", "Miete Februar", "swiss", "infinity",
                                                       "accepted", "CHF")}
    assert rows[0]["Text"] == "'=HYPERLINK(\"x\")" and rows[1]["Text"] == "Büromiete"


def test_csv_follows_the_filter_and_writes_to_a_stream(conn):
    stream = io.StringIO(newline="")
    assert export_csv(conn, ReviewFilter(profile="acme"), stream) == 2
    rows = read_back(stream.getvalue().encode("utf-8"))
    assert {r["Profile"] for r in rows} == {"acme"}
    rows_given = ReviewQuery(conn).page(ReviewFilter(text="miete"))
    stream = io.StringIO(newline="")
    export_csv(conn, rows_given, stream, decimal_separator=",")
    assert [r["Debit"] for r in read_back(stream.getvalue().encode("utf-8"))] == ["1234,50", ""]


def test_a_failed_export_leaves_no_file(conn, tmp_path):
    path = tmp_path / "review.csv"

    def rows():
        yield from ReviewQuery(conn).rows()
        raise OSError("disk full")
    with pytest.raises(OSError, match="disk full"):
        export_csv(conn, rows(), path)
    assert list(tmp_path.glob("*.csv*")) == [] and not list(tmp_path.glob(".review.csv.*"))
