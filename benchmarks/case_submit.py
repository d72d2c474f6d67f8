"""Submit 1,000 vouchers to the local sandbox (Confirma) through the outbox: vouchers per second, and how
much of the time is the client's own (its CPU time; the rest is the sandbox and the loopback round trips)."""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from app.domain import wire_json
from app.domain.targets.confirma import confirma_body
from app.resources import default_vat_table
from app.services.submission import Submitter, queue_voucher
from app.store.database import connect
from app.store.settings import Profile
from benchmarks.harness import Figures, Result
from app.services.voucher_files import read_voucher_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SANDBOX = ("import sys, time; from app.sandbox import SandboxServer; "
           "s = SandboxServer(port=0, sync_delay=0.2).start(); print(s.port, flush=True); time.sleep(3600)")


def _sandbox() -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-c", SANDBOX], stdout=subprocess.PIPE, text=True)
    port = process.stdout.readline().strip()
    return process, f"http://127.0.0.1:{port}"


def run(repeats: int, count: int = 1000) -> list[Result]:
    process, base = _sandbox()
    template = read_voucher_file(EXAMPLES / "confirma-documented.json").voucher
    template.company_id = "0737546-2"
    table = default_vat_table("FI")
    wall, cpu, raw = Figures(), Figures(), Figures()
    try:
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as home:
                conn = connect(Path(home) / "db.sqlite3")
                profile = Profile(name="bench", target="confirma", environment="sandbox",
                                  base_url=f"{base}/api/v1/partner")
                for _ in range(count):
                    voucher = copy.deepcopy(template)
                    voucher.identifier = str(uuid.uuid4())
                    queue_voucher(conn, voucher, profile)
                with Submitter(conn, profile, lambda: "sandbox-confirma-key") as submitter:
                    start_wall, start_cpu = time.perf_counter(), time.process_time()
                    reports = submitter.send_queued()
                    wall.samples.append(time.perf_counter() - start_wall)
                    cpu.samples.append(time.process_time() - start_cpu)
                assert sum(r.state == "accepted" for r in reports) == count, "not every voucher was accepted"
            # Baseline: the same number of bare httpx POSTs of ready-made bodies to the same sandbox.
            bodies = []
            for _ in range(count):
                voucher = copy.deepcopy(template)
                voucher.identifier = str(uuid.uuid4())
                bodies.append(wire_json.dumps(confirma_body(voucher, table), indent=None).encode())
            with httpx.Client(base_url=f"{base}/api/v1/partner/") as http:
                start = time.perf_counter()
                for body in bodies:
                    http.post("accounting/ledger", content=body, headers={"X-Api-Key": "sandbox-confirma-key",
                                                                          "Content-Type": "application/json"})
                raw.samples.append(time.perf_counter() - start)
    finally:
        process.kill()
        process.wait()
    per_second = count / wall.median
    return [Result(f"Submit {count} vouchers to the sandbox (Confirma) through the outbox", wall, raw,
                   f"{count} bare httpx POSTs", "report vouchers/s and the client's share",
                   extras={"vouchers per second": f"{per_second:.0f}",
                           "client's own CPU time": f"{cpu.median:.2f} s of {wall.median:.2f} s wall "
                                                    f"({100 * cpu.median / wall.median:.0f} %)"})]
