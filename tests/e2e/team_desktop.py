"""One desktop of the three-desktops test: `python -m tests.e2e.team_desktop PROFILE PREFIX COUNT GO`.

Its LEDGERDESK_HOME is joined to the team database. It waits for the file GO, then types COUNT vouchers as a
bookkeeper would: each gets the profile's next voucher number (a number another desktop took meanwhile is
refused and the next one taken), is queued and posted at once; whatever is queued in the office's outbox
for the profile by then is sent too. At the end it settles what is left (what a stopped desktop left in
`sending`, once its lease has run out) until nothing of the profile is open. One line per event on stdout.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.domain.voucher_file import parse_voucher_file
from app.services.commands.outbox import next_number
from app.services.session import open_session
from app.services.submission import queue_voucher
from app.store.states import OPEN_STATES
from tests.conftest import EXAMPLES

FINISH_SECONDS = 120


def voucher_text(prefix: str, n: int, number: str) -> str:
    data = json.loads((EXAMPLES / "confirma-documented.json").read_text(encoding="utf-8"))
    data.update(identifier=f"{prefix}-{n:03}", number=number, description=f"{prefix} voucher {n}")
    for line in data["lines"]:
        for side in ("debit", "credit"):
            if side in line:
                line[side] = f"{100 + n}.{n % 100:02}"
    return json.dumps(data)


def code_of(message: str) -> str:
    return str(getattr(message, "code", message))


def main(profile_name: str, prefix: str, count: str, go: str) -> None:
    while not Path(go).exists():
        time.sleep(0.01)
    with open_session(profile_name) as session:
        conn, profile, submitter = session.conn, session.profile, session.submitter
        for n in range(int(count)):
            for _ in range(50):
                voucher = parse_voucher_file(voucher_text(prefix, n, next_number(conn, profile_name))).voucher
                result = queue_voucher(conn, voucher, profile, allow_number_reuse=False)
                if result.submission_id is not None or code_of(result.message) != "queue_number_in_use":
                    break
                print("number-taken", voucher.number, flush=True)
            print("queued", voucher.identifier, result.submission_id, code_of(result.message), flush=True)
            for report in submitter.send_queued():
                print("sent", report.submission_id, report.state, flush=True)
        deadline = time.monotonic() + FINISH_SECONDS
        while time.monotonic() < deadline:
            for report in [*submitter.reconcile(), *submitter.send_queued()]:
                print("settled", report.submission_id, report.state, flush=True)
            still = submitter.outbox.list(OPEN_STATES, profile_name)
            if not still:
                print("done", flush=True)
                return
            time.sleep(0.2)
        sys.exit(f"still open after {FINISH_SECONDS} s: {[(s.id, str(s.state)) for s in still]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
