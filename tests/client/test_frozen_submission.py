"""Issue 15, item 2: a submission is self-contained from the moment it is queued. A VAT table or chart changed
between queueing and sending changes neither what is sent nor the cells a refusal is put on."""

from __future__ import annotations

import json

from app.client import RetryPolicy, Timeouts
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.resources import vat_table_for
from app.sandbox import SandboxServer
from app.sandbox.charts import starter_accounts
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.charts import ChartStore
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.settings import Profile
from tests.conftest import EXAMPLES


def test_a_refusal_lands_on_the_cell_typed_even_after_the_vat_table_changed_before_sending(tmp_path):
    accounts = starter_accounts("CH") - {"6500"}  # Infinity refuses the office-supplies entry (line 3)
    with SandboxServer(port=0, accounts_ch=accounts) as sandbox:
        conn = connect(tmp_path / "db.sqlite3")
        profile = Profile(name="inf", target=Target.INFINITY, environment="sandbox", base_url=sandbox.infinity_url)
        bill = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
        sid = queue_voucher(conn, bill, profile).submission_id
        queued = [r.body for r in Outbox(conn).requests(sid)]
        # Re-imported before sending: a table without the purchase codes would plan the voucher otherwise.
        table = vat_table_for(Target.INFINITY)
        ChartStore(conn).set_vat_table("inf", VatTable("trimmed", [c for k, c in table.codes.items()
                                                                    if not k.startswith(("VM", "VB"))]))
        with Submitter(conn, profile, lambda: "sandbox-infinity-token", timeouts=Timeouts(connect=2, read=5),
                       retry=RetryPolicy(attempts=1), budget_path=tmp_path / "budget.sqlite3") as submitter:
            report = submitter.send(sid)
        assert report.state == "rejected"
        sent = [json.dumps(r["body"], sort_keys=True) for r in sandbox.received("infinity")]
        assert sent == [json.dumps(json.loads(b), sort_keys=True) for b in queued[:2]]  # as queued, in order
        refused = [(i.field, i.line) for i in report.field_issues]
        assert ("account", 3) in refused, refused  # 6500 is typed on line 3 of the bill
