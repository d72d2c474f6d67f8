"""Issue 4, item 5: two LedgerDesk processes sending from one data location never send a voucher twice."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from app.services.submission import queue_voucher
from app.services.voucher_files import read_voucher_file
from app.services.profiles import load_profiles

from .conftest import (VOUCHERS, confirma_bookings, describe, infinity_bookings, local_database, posts,
                       submissions, voucher_variant, wait_until)
from app.store.states import SubmissionState

# Issue 16: on both backends, the local SQLite file and a team database on a real PostgreSQL server.
pytestmark = pytest.mark.usefixtures("data_backend")
VOUCHERS_PER_TARGET = 10  # 20 vouchers in all, half for each target


def write_vouchers(folder, count: int) -> list:
    """Distinct vouchers for both targets (own identifiers, own amounts and texts)."""
    files = []
    for n in range(1, count + 1):
        confirma = json.loads(VOUCHERS["confirma"].read_text(encoding="utf-8"))
        confirma.update(identifier=f"e2e-two-{n:02}", number=str(2000 + n), description=f"Two workers {n}")
        for line in confirma["lines"]:
            for side in ("debit", "credit"):
                if side in line:
                    line[side] = f"{100 + n}.10"
        path = folder / f"confirma-{n:02}.json"
        path.write_text(json.dumps(confirma), encoding="utf-8")
        files.append(path)
        files.append(voucher_variant(folder, VOUCHERS["infinity"], f"infinity-{n:02}.json",
                                     description=f"Einnahme Nummer {n}"))
    return files


def test_two_processes_send_one_queue_and_nothing_goes_twice(sandbox, add_profile, ledgerdesk, tmp_path):
    profiles = [add_profile("confirma"), add_profile("infinity")]
    settings = load_profiles()  # settings.json's, or on a team location the office's
    with local_database() as conn:  # queued through the same API the CLI and the GUI use
        for path in write_vouchers(tmp_path, VOUCHERS_PER_TARGET):
            voucher = read_voucher_file(path).voucher
            profile = settings["sb" if voucher.identifier.startswith("e2e-two-") else "inf"]
            assert queue_voucher(conn, voucher, profile).submission_id is not None
    queued = submissions()
    assert len(queued) == 2 * VOUCHERS_PER_TARGET and {s.state for s in queued} == {SubmissionState.QUEUED}

    # Every POST is held 50 ms at the sandbox, so the two workers are sending at the same time.
    sandbox.faults.add("delay", count=1000, method="POST", seconds=0.05)
    go = tmp_path / "go"
    ready = [tmp_path / f"ready-{n}" for n in (1, 2)]
    workers = [ledgerdesk.start("send-queued", flag, go, *profiles, module="tests.e2e.workers") for flag in ready]
    wait_until(lambda: all(flag.exists() for flag in ready) or any(w.poll() is not None for w in workers),
               what="both workers to open their sessions")
    go.touch()
    results = [ledgerdesk.finish(worker) for worker in workers]
    for result in results:
        assert result.returncode == 0, describe(result)
        assert "locked" not in result.stderr.lower(), describe(result)

    # Each submission was reported by exactly one worker, and both workers did part of the work.
    reported = [line.split() for result in results for line in result.stdout.splitlines()]
    assert Counter(sid for _, sid, _ in reported) == Counter(str(s.id) for s in queued)
    assert {state for _, _, state in reported} == {SubmissionState.ACCEPTED}
    assert all(result.stdout.strip() for result in results), "one worker sent nothing: no overlap was tested"

    assert {s.state for s in submissions()} == {SubmissionState.ACCEPTED}
    with local_database() as conn:
        request_ids = [row[0] for row in conn.execute("SELECT id FROM requests")]
        posted = Counter(row[0] for row in conn.execute(
            "SELECT request_id FROM audit_log WHERE event = 'http' AND method = 'POST'"))
        request_bodies = dict(conn.execute("SELECT submission_id, body FROM requests"))
    assert len(request_ids) == 2 * VOUCHERS_PER_TARGET
    assert posted == Counter(request_ids)  # exactly one POST per request row

    assert len(posts(sandbox, "confirma")) == len(posts(sandbox, "infinity")) == VOUCHERS_PER_TARGET
    for submission in queued:
        if submission.target == "confirma":
            assert confirma_bookings(sandbox, submission.voucher_id) == 1
        else:
            assert infinity_bookings(sandbox, request_bodies[submission.id]) == 1
    assert len(sandbox.state()["infinity"]["entries"]) == VOUCHERS_PER_TARGET
