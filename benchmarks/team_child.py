"""One submitter of the team benchmark: `python -m benchmarks.team_child STORE BASE_URL COUNT PREFIX GO OUT`.

STORE is a postgresql:// URL or a SQLite file path. It queues COUNT vouchers of the profile "bench"
(Confirma, the sandbox at BASE_URL), waits for the file GO, sends whatever of the profile is queued (its own
and, through the shared outbox, anyone's it gets first) and writes to OUT: how many it sent, its wall time and
the duration of every claim (`Outbox.claim_next`, the lease on PostgreSQL).
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

from app.domain.targets import Target
from app.services.submission import Submitter, queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.backend import Connection
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.profile import Profile

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def open_store(store: str) -> Connection:
    if store.startswith("postgresql://"):
        from app.store.postgres import connect_postgresql
        return connect_postgresql(store)
    return connect(Path(store))


def main(store: str, base_url: str, count: str, prefix: str, go: str, out: str) -> None:
    conn = open_store(store)
    profile = Profile(name="bench", target=Target.CONFIRMA, environment="sandbox", base_url=base_url)
    template = read_voucher_file(EXAMPLES / "confirma-documented.json").voucher
    template.company_id = "0737546-2"
    for n in range(int(count)):
        voucher = copy.deepcopy(template)
        voucher.identifier = f"bench-{prefix}-{n}"
        voucher.number = str(int(prefix) * 100_000 + n + 1)  # unique across the submitters
        queue_voucher(conn, voucher, profile)
    claims: list[float] = []
    original = Outbox.claim_next

    def timed_claim(self: Outbox, claimer: str, profile: str | None = None):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return original(self, claimer, profile)
        finally:
            claims.append(time.perf_counter() - start)

    Outbox.claim_next = timed_claim  # type: ignore[method-assign]
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.005)
    start = time.perf_counter()
    with Submitter(conn, profile, lambda: "sandbox-confirma-key") as submitter:
        reports = submitter.send_queued()
    wall = time.perf_counter() - start
    conn.close()
    Path(out).write_text(json.dumps({"sent": len(reports), "accepted": sum(r.state == "accepted" for r in reports),
                                     "wall": wall, "claims": claims}))


if __name__ == "__main__":
    main(*sys.argv[1:])
