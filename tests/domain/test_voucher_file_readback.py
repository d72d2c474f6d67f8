"""Reading back what LedgerDesk wrote (drafts) without the pydantic model: exact, or not at all."""

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.targets import Target
from app.domain.voucher import VatMode, Voucher, VoucherLine
from app.domain.voucher_file import dump_voucher_file, load_dumped_voucher, parse_voucher_file
from tests.conftest import EXAMPLES, REPO

amounts = st.none() | st.decimals(min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2)
texts = st.text(max_size=12)
lines = st.builds(VoucherLine, account=texts, text=texts, debit=amounts, credit=amounts, vat_code=texts,
                  booking_date=st.none() | st.dates(), project=texts,
                  dimensions=st.dictionaries(st.text(min_size=1, max_size=5), texts, max_size=2))
vouchers = st.builds(Voucher, date=st.none() | st.dates(), number=texts, type=texts, description=texts,
                     currency=st.sampled_from(["EUR", "CHF"]), exchange_rate=amounts,
                     vat_mode=st.sampled_from(list(VatMode)), company_id=texts, reverses=texts,
                     lines=st.lists(lines, max_size=4))


@settings(max_examples=150, deadline=None)
@given(vouchers, st.none() | st.sampled_from(list(Target)))
def test_what_is_written_is_read_back_the_same_as_the_full_parser_reads_it(voucher, target):
    text = dump_voucher_file(voucher, target)
    fast = load_dumped_voucher(text)
    assert fast is not None
    full = parse_voucher_file(text)
    assert fast == (full.voucher, full.target)
    assert fast[0] == voucher


def test_files_written_by_hand_go_to_the_full_parser():
    # The examples are formatted and ordered by people: the fast reader must not guess at them.
    for path in sorted(EXAMPLES.glob("*.json")):
        assert load_dumped_voucher(path.read_text(encoding="utf-8")) is None


@pytest.mark.parametrize("change", [
    lambda d: d["lines"][0].update(debit=12.40),         # a JSON number
    lambda d: d["lines"][0].update(acount="4000"),       # an unknown key
    lambda d: d.update(date="2025-13-01"),               # no such date
    lambda d: d.update(vat_mode="gross-ish"),
    lambda d: d.update(target="netvisor"),
    lambda d: d.update(version=2),
    lambda d: d.pop("currency"),
])
def test_anything_but_the_exact_text_is_refused(change):
    voucher = Voucher(date=date(2025, 12, 12), number="7", lines=[VoucherLine(account="4000", debit=Decimal("12.40"))])
    data = json.loads(dump_voucher_file(voucher, Target.CONFIRMA))
    change(data)
    assert load_dumped_voucher(json.dumps(data, indent=2, ensure_ascii=False) + "\n") is None


@pytest.mark.parametrize("text", ["", "[]", "null", "{", '{"format": "ledgerdesk-voucher", "version": 1}'])
def test_damaged_text_is_refused_without_an_exception(text):
    assert load_dumped_voucher(text) is None


def test_reading_a_draft_back_does_not_load_pydantic():
    code = ("import sys; from app.domain.voucher import Voucher, VoucherLine; "
            "from app.domain.voucher_file import dump_voucher_file, load_dumped_voucher; "
            "assert load_dumped_voucher(dump_voucher_file(Voucher(lines=[VoucherLine(account='1')]))) is not None; "
            "print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
