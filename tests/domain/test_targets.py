"""Mapping vouchers onto the targets: the vendors' documented bodies, and properties of any voucher."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.posting import post_voucher
from app.domain.targets import Target
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import infinity_bodies, plan_infinity_entries
from app.domain.validation import validate_voucher
from app.domain.voucher import VatMode, Voucher, VoucherLine
from app.resources import default_vat_table
from app.services.voucher_files import build_payload, check_voucher, read_voucher_file
from tests.conftest import EXAMPLES, GOLDEN, SEEDS, load_json

FI = default_vat_table("FI")
CH = default_vat_table("CH")


def test_golden_copies_match_the_vendor_pages():
    if not (SEEDS / "confirma-ledger-post.txt").exists():
        return  # shared/ is not beside this checkout; the golden copies stand on their own
    page = (SEEDS / "confirma-ledger-post.txt").read_text()
    assert (GOLDEN / "confirma-documented-body.json").read_text().strip() in page
    page = (SEEDS / "infinity-ledger-entries.txt").read_text()
    assert (GOLDEN / "infinity-documented-body.json").read_text().strip() in page


def test_confirma_example_reproduces_the_documented_body():
    checked = check_voucher(read_voucher_file(EXAMPLES / "confirma-documented.json"), Target.CONFIRMA)
    assert checked.valid, checked.issues
    assert build_payload(checked) == load_json(GOLDEN / "confirma-documented-body.json")


def test_infinity_example_reproduces_the_documented_body():
    checked = check_voucher(read_voucher_file(EXAMPLES / "infinity-documented.json"), Target.INFINITY)
    assert checked.valid, checked.issues
    assert build_payload(checked) == [load_json(GOLDEN / "infinity-documented-body.json")]
    (entry,), _ = plan_infinity_entries(checked.voucher, checked.table)
    assert entry.predicted_net_vat_cents == (11147, 903)


def test_compound_examples_are_valid_and_balance():
    confirma = check_voucher(read_voucher_file(EXAMPLES / "confirma-supplier-bill.json"))
    assert confirma.valid, confirma.issues
    rows = build_payload(confirma)["ledgers"]["ledgerRows"]
    assert sum(r["netAmount"] for r in rows) == 0
    assert {r["vatPercentage"] for r in rows if not r["isVatRow"]} == {0, Decimal("25.5"), Decimal("13.5")}
    assert sum(r["isVatRow"] for r in rows) == 3
    infinity = check_voucher(read_voucher_file(EXAMPLES / "infinity-supplier-bill.json"))
    assert infinity.valid, infinity.issues
    bodies = build_payload(infinity)
    assert [(b["debitAccount"], b["creditAccount"], b["amount"], b["taxCode"]) for b in bodies] == [
        (4200, 2000, 108100, "VM81"), (6500, 2000, 54050, "VB81"), (4000, 2000, 20520, "VM26")]


def test_net_mode_sends_net_amounts_and_the_same_vat_row():
    v = Voucher(date=date(2025, 12, 13), vat_mode=VatMode.NET, lines=[
        VoucherLine(account="1701", debit=Decimal("2990.00")),
        VoucherLine(account="3000", credit=Decimal("2382.47"), vat_code="S")])
    body = confirma_body(v, FI)["ledgers"]
    assert body["calculationMode"] == "NET"
    assert [(r["amount"], r["netAmount"]) for r in body["ledgerRows"]] == [
        (Decimal("2990.00"), Decimal("2990.00")), (Decimal("-2382.47"), Decimal("-2382.47")),
        (Decimal("-607.53"), Decimal("-607.53"))]


def test_vat_rows_can_be_left_to_the_target():
    checked = check_voucher(read_voucher_file(EXAMPLES / "confirma-documented.json"), Target.CONFIRMA)
    rows = build_payload(checked, explicit_vat_rows=False)["ledgers"]["ledgerRows"]
    assert [r["isVatRow"] for r in rows] == [0, 0]


def test_a_vat_line_larger_than_any_counter_line_is_split_with_a_warning():
    v = Voucher(date=date(2025, 1, 1), currency="CHF", description="Verkauf", lines=[
        VoucherLine(account="1020", debit=Decimal("600.00")),
        VoucherLine(account="1000", debit=Decimal("400.00")),
        VoucherLine(account="3200", credit=Decimal("1000.00"), vat_code="UN")])
    entries, issues = plan_infinity_entries(v, CH)
    assert [(e.debit_account, e.amount_cents, e.tax_code) for e in entries] == [("1020", 60000, "UN81"), ("1000", 40000, "UN81")]
    assert [i.code for i in issues] == ["infinity_split_vat"]
    assert not [i for i in validate_voucher(v, CH, Target.INFINITY) if i.is_error]


# --- properties over generated vouchers ------------------------------------------------------

amounts = st.integers(min_value=1, max_value=10**8).map(lambda c: Decimal(c) / 100)


@st.composite
def balanced_vouchers(draw, codes, accounts, day):
    """Vouchers where VAT-bearing lines sit on one side and plain lines balance them (gross)."""
    mode = draw(st.sampled_from([VatMode.GROSS, VatMode.NET])) if codes is FI_CODES else VatMode.GROSS
    vat_lines = draw(st.lists(st.tuples(st.sampled_from(accounts), amounts, st.sampled_from(codes)),
                              min_size=0, max_size=4))
    plain_same_side = draw(st.lists(st.tuples(st.sampled_from(accounts), amounts), max_size=3))
    vat_on_credit = draw(st.booleans())
    v = Voucher(date=day, vat_mode=mode, currency="CHF" if codes is CH_CODES else "EUR", description="Property",
                type="MU", company_id="0737546-2")
    total_gross = Decimal(0)
    side = "credit" if vat_on_credit else "debit"
    other = "debit" if vat_on_credit else "credit"
    for account, amount, code in vat_lines:
        v.lines.append(VoucherLine(account=account, vat_code=code, **{side: amount}))
    for account, amount in plain_same_side:
        v.lines.append(VoucherLine(account=account, **{side: amount}))
    for posting in post_voucher(v, FI if codes is FI_CODES else CH):
        total_gross += abs(posting.gross)
    if total_gross == 0:
        v.lines.append(VoucherLine(account=accounts[0], **{side: Decimal("1.00")}))
        total_gross = Decimal("1.00")
    # Split the counter amount over one to three plain lines on the other side.
    parts = draw(st.integers(min_value=1, max_value=3))
    cents = int(total_gross * 100)
    cuts = sorted(draw(st.lists(st.integers(min_value=1, max_value=max(1, cents - 1)), min_size=parts - 1,
                                max_size=parts - 1, unique=True))) if cents > parts else []
    bounds = [0, *cuts, cents]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b > a:
            v.lines.append(VoucherLine(account=draw(st.sampled_from(accounts)), **{other: Decimal(b - a) / 100}))
    return v


FI_CODES = ["S", "S1", "S2", "S0", "P", "P1", "P2"]
CH_CODES = ["UN", "UR", "US", "VM", "VMR", "VB", "UEX"]
FI_ACCOUNTS = ["1701", "1910", "3000", "4000", "7680"]
CH_ACCOUNTS = ["1020", "1100", "3200", "4200", "6500"]


@settings(max_examples=200, deadline=None)
@given(balanced_vouchers(FI_CODES, FI_ACCOUNTS, date(2025, 6, 1)))
def test_every_valid_voucher_maps_to_a_confirma_body_with_zero_net_sum(v):
    assert not [i for i in validate_voucher(v, FI, Target.CONFIRMA) if i.is_error]
    rows = confirma_body(v, FI)["ledgers"]["ledgerRows"]
    assert sum(r["netAmount"] for r in rows) == 0
    assert all(isinstance(r[k], (Decimal, int)) for r in rows for k in ("amount", "netAmount", "vatPercentage"))


@settings(max_examples=200, deadline=None)
@given(balanced_vouchers(CH_CODES, CH_ACCOUNTS, date(2025, 6, 1)))
def test_infinity_decomposition_preserves_accounts_and_vat_codes(v):
    issues = [i for i in validate_voucher(v, CH, Target.INFINITY) if i.is_error]
    assert not issues
    bodies = infinity_bodies(v, CH)
    sent = defaultdict(int)
    expected = defaultdict(int)
    for body in bodies:
        assert body["amount"] >= 1
        sent[(str(body["debitAccount"]), "debit")] += body["amount"]
        sent[(str(body["creditAccount"]), "credit")] += body["amount"]
        if body["taxCode"]:
            sent[("tax", body["taxCode"])] += body["amount"]
    for posting in post_voucher(v, CH):
        cents = int(abs(posting.gross) * 100)
        expected[(posting.line.account, "debit" if posting.gross > 0 else "credit")] += cents
        if posting.resolved:
            expected[("tax", posting.resolved.target_code)] += cents
    assert sent == expected
