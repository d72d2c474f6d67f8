"""Issue 14, done-when: over thousands of generated vouchers per run and both targets, what the preview shows
equals the body sent equals what the sandbox books (accounts, amounts, tax codes, currency) — or validation
said why not. Real HTTP over loopback to LedgerDesk's sandbox, the real clients, the outbox's own planning."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.client import Accepted, ClientProfile, ConfirmaClient, InfinityClient, RateBudget, RetryPolicy, Timeouts
from app.domain import wire_json
from app.domain.targets import Target
from app.domain.targets.infinity_booking import booking_differences
from app.domain.validation import validate_voucher
from app.resources import vat_table_for
from app.sandbox.server import DEFAULT_CONFIRMA_KEY
from app.sandbox.infinity import DEFAULT_INFINITY_TOKEN
from app.services.queueing import plan_requests
from app.store.profile import Profile
from app.ui.submit_dialog import wire_preview
from tests.domain.test_targets import CH_ACCOUNTS, CH_CODES, FI_ACCOUNTS, FI_CODES, balanced_vouchers

from tests.conftest import report_figures

PER_TARGET = 5000  # 10,000 vouchers a run over both targets
FI, CH = vat_table_for(Target.CONFIRMA), vat_table_for(Target.INFINITY)
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
TALLY: Counter = Counter()


# Each test's `sandbox` (tests/conftest.py), one for all its examples. Infinity's hourly limit is the
# rate-limit tests' business; here it must not hold back 10,000 entries.
pytestmark = pytest.mark.sandbox(sync_delay=3600, rate_limit=10**9)


@pytest.fixture(scope="module", autouse=True)
def summary(request):
    yield
    report_figures(request.config, "preview = body = booked", [
        f"{TALLY['vouchers']} generated vouchers: {TALLY['confirma']} booked by Confirma and {TALLY['infinity']} "
        f"by Infinity ({TALLY['entries']} entries), preview = body = booked for each; "
        f"{TALLY['refused']} refused by validation with a reason."])


def _clients(sandbox, tmp_path_factory):
    confirma = ConfirmaClient(ClientProfile("sb", Target.CONFIRMA, sandbox.confirma_url, "sandbox",
                                            lambda: DEFAULT_CONFIRMA_KEY), timeout=Timeouts(connect=5, read=30),
                              retry=RetryPolicy(attempts=1))
    budget = RateBudget(tmp_path_factory.mktemp("budget") / "budget.sqlite3", limit=10**9)
    infinity = InfinityClient(ClientProfile("inf", Target.INFINITY, sandbox.infinity_url, "sandbox",
                                            lambda: DEFAULT_INFINITY_TOKEN), timeout=Timeouts(connect=5, read=30),
                              retry=RetryPolicy(attempts=1), budget=budget)
    return confirma, infinity


@pytest.fixture
def clients(sandbox, tmp_path_factory):
    confirma, infinity = _clients(sandbox, tmp_path_factory)
    yield confirma, infinity
    confirma.close()
    infinity.close()


CONFIRMA = Profile(name="sb", target=Target.CONFIRMA, environment="sandbox", base_url="http://127.0.0.1:1/api/v1/partner",
                   company_id="0737546-2")
INFINITY = Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url="http://127.0.0.1:1/api/v1")


def _refused(voucher, table, target) -> bool:
    issues = validate_voucher(voucher, table, target)
    if any(i.is_error for i in issues):
        assert all(i.message for i in issues if i.is_error)  # a reason, in words
        TALLY["refused"] += 1
        return True
    return False


@settings(max_examples=PER_TARGET, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_confirma_preview_equals_the_body_sent_equals_what_the_sandbox_holds(sandbox, clients, data):
    day = data.draw(DAYS)
    voucher = data.draw(balanced_vouchers(FI_CODES, FI_ACCOUNTS, day))
    voucher.identifier = f"prop-{TALLY['vouchers']}"
    voucher.number = str(10_000 + TALLY["vouchers"])  # the sandbox refuses an empty documentName (tests/ui)
    TALLY["vouchers"] += 1
    if _refused(voucher, FI, Target.CONFIRMA):
        return
    (planned,) = plan_requests(voucher, FI, CONFIRMA)
    shown = json.loads(wire_preview(voucher, CONFIRMA, FI), parse_float=Decimal)
    sent = json.loads(planned.body, parse_float=Decimal)
    assert shown == sent  # what the preview shows is what the outbox sends
    outcome = clients[0].post_voucher(sent)
    assert isinstance(outcome, Accepted), outcome.message
    held = sandbox.confirma._ledgers[voucher.identifier].ledger  # the sandbox's own record of what it got
    assert wire_json.dumps(held) == wire_json.dumps(sent["ledgers"])
    rows = held["ledgerRows"]
    assert sum(Decimal(str(r["netAmount"])) for r in rows) == 0
    TALLY["confirma"] += 1


@settings(max_examples=PER_TARGET, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_infinity_preview_equals_the_entries_sent_equals_what_the_sandbox_books(clients, data):
    day = data.draw(DAYS)
    voucher = data.draw(balanced_vouchers(CH_CODES, CH_ACCOUNTS, day))
    if data.draw(st.booleans()):  # a foreign currency at a rate the bookkeeper typed
        voucher.currency = data.draw(st.sampled_from(["EUR", "USD", "GBP"]))
        voucher.exchange_rate = Decimal(data.draw(st.integers(min_value=1, max_value=300_000))) / 10_000
    TALLY["vouchers"] += 1
    if _refused(voucher, CH, Target.INFINITY):
        return
    shown = wire_preview(voucher, INFINITY, CH)
    for planned in plan_requests(voucher, CH, INFINITY):
        sent = json.loads(planned.body, parse_float=Decimal)
        assert wire_json.dumps(sent) in shown  # each entry body is in the preview, exactly
        predicted = json.loads(planned.mapping, parse_float=Decimal)["predicted"]
        assert predicted["net"] is not None  # CHF, or a typed rate: the CHF amounts are known beforehand
        outcome = clients[1].post_entry(sent)
        assert isinstance(outcome, Accepted), outcome.message
        booked = [t.model_dump(mode="json") for t in outcome.value]
        assert booking_differences(predicted, booked) == []
        for t in booked:  # accounts, tax code and currency as sent
            assert t["taxCode"] == sent["taxCode"] and t["originalCurrency"] == sent["currency"]
            assert t["currency"] == "CHF"
        assert booked[0]["debitAccount"] == sent["debitAccount"] and booked[0]["creditAccount"] == sent["creditAccount"]
        TALLY["entries"] += 1
    TALLY["infinity"] += 1
