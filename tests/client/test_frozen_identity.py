"""Issue 15, item 2: each queued request names the VAT table and chart it was planned with, and sending works
from the submission as queued: its request rows read once, no chart or VAT table read again."""

from __future__ import annotations

from app.client import RetryPolicy, Timeouts
from app.domain.chart import ChartAccount
from app.domain.targets import Target
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.charts import ChartStore
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.settings import Profile
from tests.conftest import EXAMPLES


def test_each_queued_request_names_the_vat_table_and_chart_it_was_planned_with(tmp_path):
    conn = connect(tmp_path / "db.sqlite3")
    profile = Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url="http://127.0.0.1:9/api")
    first = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    before = [r.mapping_data["tables"] for r in Outbox(conn).requests(queue_voucher(conn, first, profile).submission_id)]
    assert len(before) > 1 and all(t == before[0] for t in before)
    assert before[0]["chart"] == "none" and before[0]["vat_table"].split(":")[0]  # the bundled table, by name

    accounts = {line.account for line in first.lines if line.account} | {"2000", "1170"}
    ChartStore(conn).replace_accounts("inf", [ChartAccount(a, f"Account {a}") for a in sorted(accounts)])
    second = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    second.identifier, second.number = "another-bill", "B-2"
    queued = queue_voucher(conn, second, profile)
    assert queued.submission_id is not None, queued.issues
    (after, *_) = [r.mapping_data["tables"] for r in Outbox(conn).requests(queued.submission_id)]
    assert after["chart"] not in ("none", before[0]["chart"]) and after["vat_table"] == before[0]["vat_table"]


def test_sending_reads_the_queued_requests_once_and_no_chart_or_vat_table(tmp_path, sandbox):
    conn = connect(tmp_path / "db.sqlite3")
    profile = Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url=sandbox.infinity_url)
    bill = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    sid = queue_voucher(conn, bill, profile).submission_id
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    with Submitter(conn, profile, lambda: "sandbox-infinity-token", timeouts=Timeouts(connect=2, read=5),
                   retry=RetryPolicy(attempts=1), budget_path=tmp_path / "budget.sqlite3") as submitter:
        report = submitter.send(sid)
    conn.set_trace_callback(None)
    assert report.state == "accepted", report.message
    assert len(Outbox(conn).requests(sid)) > 1  # several entries, yet their rows are read once
    reads = [s for s in statements if s.startswith("SELECT * FROM requests WHERE submission_id")]  # Outbox.requests
    assert len(reads) == 1, reads
    assert not [s for s in statements if "vat_tables" in s or "FROM accounts" in s]
