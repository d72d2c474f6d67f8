import json
from decimal import Decimal

import pytest

from app.domain.voucher_file import VoucherFileError, dump_voucher_file, parse_voucher_file, voucher_file_schema
from tests.conftest import EXAMPLES, REPO


def test_examples_round_trip_through_the_file_format():
    for path in sorted(EXAMPLES.glob("*.json")):
        loaded = parse_voucher_file(path.read_text(encoding="utf-8"), str(path))
        again = parse_voucher_file(dump_voucher_file(loaded.voucher, loaded.target))
        assert again.voucher == loaded.voucher and again.target == loaded.target


def test_json_numbers_are_read_exactly():
    text = '{"format": "ledgerdesk-voucher", "version": 1, "lines": [{"account": "1", "debit": 0.1}]}'
    assert parse_voucher_file(text).voucher.lines[0].debit == Decimal("0.1")


def test_syntax_errors_say_file_line_and_column():
    text = '{\n  "format": "ledgerdesk-voucher",\n  "version": 1,\n  "lines": [,]\n}'
    with pytest.raises(VoucherFileError, match=r"^bill\.json:4:13: not valid JSON"):
        parse_voucher_file(text, "bill.json")


@pytest.mark.parametrize("text, where", [
    ('{"format": "ledgerdesk-voucher", "version": 1, "lines": [{"acount": "1"}]}', "lines[0].acount"),
    ('{"format": "ledgerdesk-voucher", "version": 1, "lines": [{"debit": "abc"}]}', "lines[0].debit"),
    ('{"version": 1}', "format"),
    ('[1, 2]', "(top level)"),
])
def test_wrong_shape_names_the_field(text, where):
    with pytest.raises(VoucherFileError) as caught:
        parse_voucher_file(text, "v.json")
    assert where in str(caught.value)


def test_a_newer_version_is_refused_plainly():
    with pytest.raises(VoucherFileError, match="version 2 is newer"):
        parse_voucher_file('{"format": "ledgerdesk-voucher", "version": 2}')


def test_invalid_dates_become_issues_on_the_field():
    text = json.dumps({"format": "ledgerdesk-voucher", "version": 1, "date": "2025-02-30",
                       "lines": [{"account": "1", "debit": "1", "booking_date": "13.12.2025"}]})
    loaded = parse_voucher_file(text)
    assert [(i.field, i.line, i.code) for i in loaded.issues if i.is_error] == [
        ("date", None, "date_invalid"), ("booking_date", 1, "date_invalid")]


def test_a_file_without_identifier_gets_one_derived_from_its_content():
    text = (EXAMPLES / "infinity-documented.json").read_text()
    first, second = parse_voucher_file(text), parse_voucher_file(text)
    assert first.voucher.identifier == second.voucher.identifier
    assert [i.code for i in first.issues] == ["identifier_derived"]
    changed = parse_voucher_file(text.replace("120.50", "120.60"))
    assert changed.voucher.identifier != first.voucher.identifier


def test_schema_in_docs_is_the_generated_one():
    written = json.loads((REPO / "docs" / "voucher-format.schema.json").read_text(encoding="utf-8"))
    assert written == voucher_file_schema(), "run: python -m app.domain.voucher_file > docs/voucher-format.schema.json"
