"""Issue 13's findings, one test each, named after what the bookkeeper sees at `validate` and `payload`."""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal

import pytest

from app.domain.validation import validate_voucher
from app.domain.voucher import Voucher, VoucherLine
from app.resources import vat_table_for
from app.domain.targets import Target
from app.services.voucher_files import VoucherFileError, read_voucher_file
from tests.hostile.support import documented, run_in_process, run_process, with_raw, write

COMMANDS = ("validate", "payload")
TEN_MB = 10 * 1024 * 1024  # the documented limit (docs/voucher-format.md)


def refused(tmp_path, text: str, code: int, *expected: str) -> None:
    """Both commands end with `code` and say each of `expected`; no traceback, nothing sent to stdout's JSON."""
    path = write(tmp_path, text)
    for command in COMMANDS:
        run = run_in_process(command, path, "--target", "confirma")
        assert run.code == code, (command, run)
        for words in expected:
            assert words in run.shown, (command, words, run)
        assert "Traceback" not in run.shown
        if code:
            assert '"ledgers"' not in run.out  # no payload printed for a refused file


@pytest.mark.parametrize("raw", ['"1e28"', "1e999", '"1E+999999999"', "2.99e3"])
def test_an_amount_with_an_exponent_is_refused_naming_the_field(tmp_path, raw):
    text = with_raw(documented(), ("lines", 0, "debit"), raw)
    refused(tmp_path, text, 2, "lines[0].debit", "is not an amount")


@pytest.mark.parametrize("raw", ['"' + "1" * 31 + '"', "1" * 31, "1" * 5000, '"0.' + "5" * 40 + '"'])
def test_an_amount_with_dozens_of_digits_is_refused_naming_the_field(tmp_path, raw):
    text = with_raw(documented(), ("lines", 0, "debit"), raw)
    refused(tmp_path, text, 2, "lines[0].debit", "more digits than any amount")


def test_a_five_thousand_digit_number_elsewhere_is_refused_naming_the_field(tmp_path):
    text = with_raw(documented(), ("version",), "9" * 5000)
    refused(tmp_path, text, 2, "version")


def test_a_file_nested_a_thousand_deep_is_refused_as_nested_too_deeply(tmp_path):
    refused(tmp_path, "[" * 1000 + "]" * 1000, 2, "nested more than 16 deep")
    deep_line = with_raw(documented(), ("lines", 0, "dimensions"), '{"a":' * 1000 + "1" + "}" * 1000)
    refused(tmp_path, deep_line, 2, "nested more than 16 deep")


@pytest.mark.parametrize("field", [("lines", 0, "text"), ("description",), ("lines", 1, "dimensions")])
def test_a_lone_surrogate_in_a_text_is_refused_when_reading_so_it_never_reaches_the_outbox(tmp_path, field):
    data = documented()
    raw = '{"\\udc00": "x"}' if field[-1] == "dimensions" else '"Office \\ud800 supplies"'
    text = with_raw(data, field, raw)
    refused(tmp_path, text, 2, ".".join(map(str, field)).replace(".0", "[0]").replace(".1", "[1]"), "lone surrogate")
    with pytest.raises(VoucherFileError, match="lone surrogate"):
        read_voucher_file(write(tmp_path, text))  # what `submit` reads before queueing


@pytest.mark.parametrize("account", ["١٧٠١", "１７０１", "𝟏𝟕𝟎𝟏", "17٠1"])
def test_an_account_in_other_digits_is_refused_naming_the_account(tmp_path, account):
    data = documented()
    data["lines"][0]["account"] = account
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 1, "line 1, account: error:", "digits other than 0-9")


@pytest.mark.parametrize("target", [Target.CONFIRMA, Target.INFINITY])
def test_an_account_typed_in_other_digits_in_the_grid_is_an_error_too(target):
    currency = "CHF" if target is Target.INFINITY else "EUR"  # each target's accounting currency
    voucher = Voucher(date=date(2025, 12, 13), description="Stamps", type="ML", company_id="1234567-1",
                      currency=currency, lines=[
        VoucherLine(account="١٠٢٠", text="Stamps", debit=Decimal("10.00")),
        VoucherLine(account="3000", text="Stamps", credit=Decimal("10.00"))])
    issues = validate_voucher(voucher, vat_table_for(target), target)
    assert [(i.line, i.field, i.code) for i in issues if i.is_error] == [(1, "account", "account_foreign_digits")]


@pytest.mark.parametrize("amount", ["2_990.00", "+2990.00", ".5", "2990.", "２９９０.00", "٢٩٩٠", " 2990.00",
                                    "2,990.00", "2990,00", "", "NaN", "Infinity", "0x10", "2990.00-"])
def test_an_amount_written_loosely_is_refused_naming_the_field(tmp_path, amount):
    data = documented()
    data["lines"][0]["debit"] = amount
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 2, "lines[0].debit", "is not an amount")


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity"])
def test_a_bare_nan_or_infinity_is_refused_as_not_a_number(tmp_path, raw):
    refused(tmp_path, with_raw(documented(), ("lines", 0, "debit"), raw), 2, raw, "not a number JSON allows")


@pytest.mark.parametrize("day", ["20251213", "2025-W50-6", "2025-347", "2025-12-13T10:00", "２０２５-12-13",
                                 "2025-1-13"])
def test_a_date_not_written_yyyy_mm_dd_is_an_error_on_the_date(tmp_path, day):
    data = documented()
    data["date"] = day
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 1, "header, date: error:", "(YYYY-MM-DD)")
    data = documented()
    data["lines"][1]["booking_date"] = day
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 1, "line 2, booking_date: error:")


def test_a_field_written_twice_is_refused_naming_the_field(tmp_path):
    text = json.dumps(documented())[:-1] + ', "date": "2025-12-14"}'
    refused(tmp_path, text, 2, "header: the field 'date' is written twice")
    data = documented()
    line = json.dumps(data["lines"][0])
    twice = json.dumps(data).replace(line, line[:-1] + ', "debit": "1.00"}')
    refused(tmp_path, twice, 2, "lines[0]: the field 'debit' is written twice")


def test_a_pipe_given_as_the_file_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "voucher.json"
    os.mkfifo(fifo)
    for command in COMMANDS:
        run = run_process(command, fifo, "--target", "confirma", timeout=20)
        assert run.code == 2 and "is not a regular file" in run.err and "Traceback" not in run.shown


def test_dev_zero_given_as_the_file_is_refused_without_reading_it():
    for command in COMMANDS:  # a real process with capped memory: reading /dev/zero would grow without end
        run = run_process(command, "/dev/zero", "--target", "confirma", timeout=20)
        assert run.code == 2 and "/dev/zero: is not a regular file" in run.err


def test_a_folder_given_as_the_file_is_refused_plainly(tmp_path):
    for command in COMMANDS:
        run = run_in_process(command, tmp_path, "--target", "confirma")
        assert run.code == 2 and "is a folder, not a voucher file" in run.err


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as file:
        file.truncate(TEN_MB + 1)  # sparse: no time or disk spent writing it
    run = run_in_process("validate", big)
    assert run.code == 2 and "a voucher file may be at most 10.0 MB" in run.err


def test_a_voucher_of_more_than_ten_thousand_lines_is_refused_naming_the_lines(tmp_path):
    data = documented()
    data["lines"] = data["lines"] * 5001
    refused(tmp_path, json.dumps(data), 2, "lines: the voucher has 10,002 lines", "at most 10,000")


@pytest.mark.parametrize("damage", ["nesting", "exponent"])
def test_a_damaged_draft_row_is_left_to_the_full_reader_instead_of_crashing_the_window(damage):
    from app.domain.voucher_file import parse_voucher_file
    from app.domain.voucher_file import dump_voucher_file, load_dumped_voucher

    dumped = dump_voucher_file(parse_voucher_file(json.dumps(documented())).voucher)
    text = "[" * 100_000 + "]" * 100_000 if damage == "nesting" else dumped.replace('"2990.00"', '"1E+9999999"', 1)
    assert load_dumped_voucher(text) is None  # was RecursionError; an exponent was written back as all its digits
    with pytest.raises(VoucherFileError):
        parse_voucher_file(text)


def test_a_pipe_chosen_as_a_chart_export_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    """The profiles dialog's chart import read the chosen file whole: a FIFO hung the task, /dev/zero grew."""
    import time
    from pathlib import Path

    from app.ui.profiles.jobs import read_chart

    fifo = tmp_path / "chart.csv"
    os.mkfifo(fifo)
    started = time.monotonic()
    for path in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(VoucherFileError, match="chart export"):
            read_chart(path, {"S"})
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("text", ["Evil\x00null", "red\x1b[31mred", "two\r\nlines", "RTL\u202eover", "nel\x85x",
                                  "iso\u2066late"])
def test_a_control_character_or_bidi_mark_in_a_text_is_refused_naming_the_field(tmp_path, text):
    """Found walking as a bookkeeper: NUL, ESC, CR/LF, U+202E and U+0085 validated and were posted as is."""
    data = documented()
    data["description"] = text
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 1, "header, description: error:", "no ledger shows")
    data = documented()
    data["lines"][1]["text"] = text
    refused(tmp_path, json.dumps(data, ensure_ascii=False), 1, "line 2, text: error:", "no ledger shows")
