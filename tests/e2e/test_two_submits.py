"""Issue 13, hole 2: two `ledgerdesk submit` runs at once on one data folder, with the same files in the same
or the reversed order, book every voucher once and POST it once (counted in the sandbox's own state)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from app.store.outbox import Outbox, SubmissionConflict
from app.store.states import SubmissionState

from .conftest import VOUCHERS, describe, local_database, posts, voucher_variant

ROUNDS = 10  # per target; every other round the second run takes the files in reversed order
PER_ROUND = 6


def _confirma_files(folder, round_: int) -> list:
    files = []
    for n in range(PER_ROUND):
        data = json.loads(VOUCHERS["confirma"].read_text(encoding="utf-8"))
        data.update(identifier=f"two-submits-{round_}-{n}", number=str(5000 + 10 * round_ + n))
        path = folder / f"c-{round_}-{n}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(path)
    return files


def _infinity_files(folder, round_: int) -> list:
    return [voucher_variant(folder, VOUCHERS["infinity"], f"i-{round_}-{n}.json",
                            identifier=f"two-submits-inf-{round_}-{n}", description=f"Runde {round_} Beleg {n}")
            for n in range(PER_ROUND)]


@pytest.mark.slow
@pytest.mark.parametrize("target", ["confirma", "infinity"])
def test_two_submit_runs_at_once_book_each_voucher_once(target, sandbox, add_profile, ledgerdesk, tmp_path):
    profile = add_profile(target)
    sandbox.faults.add("delay", count=100_000, method="POST", seconds=0.02)  # keep both runs busy together
    make = _confirma_files if target == "confirma" else _infinity_files
    identifiers = []
    for round_ in range(ROUNDS):
        files = make(tmp_path, round_)
        identifiers += [json.loads(f.read_text(encoding="utf-8"))["identifier"] for f in files]
        second = files if round_ % 2 == 0 else list(reversed(files))
        runs = [ledgerdesk.start("submit", *order, "--profile", profile) for order in (files, second)]
        for run in runs:
            result = ledgerdesk.finish(run)
            assert result.returncode in (0, 3), describe(result)  # 3: the other run was sending that one
            assert "Traceback" not in result.stderr, describe(result)

    sent = posts(sandbox, target)
    if target == "confirma":
        per_voucher = Counter(p["body"]["ledgers"]["ledgerIdentifier"] for p in sent)
    else:
        per_voucher = Counter(p["body"]["description"] for p in sent)
    assert len(per_voucher) == ROUNDS * PER_ROUND
    assert set(per_voucher.values()) == {1}, [k for k, v in per_voucher.items() if v > 1]
    booked = (sandbox.state()["confirma"]["ledgers"] if target == "confirma"
              else sandbox.state()["infinity"]["entries"])
    assert len(booked) == ROUNDS * PER_ROUND
    with local_database() as conn:
        live = Counter(row[0] for row in conn.execute("SELECT voucher_id FROM submissions"))
    assert live == Counter(identifiers)  # one submission per voucher on this profile


def test_the_schema_refuses_a_second_live_submission_of_a_voucher_to_one_profile(tmp_path):
    from app.store.database import connect

    conn = connect(tmp_path / "db.sqlite3")
    outbox = Outbox(conn)
    outbox.enqueue(voucher_id="v-1", profile="acme", target="confirma", voucher="{}", summary={}, bodies=["{}"])
    with pytest.raises(SubmissionConflict):
        outbox.enqueue(voucher_id="v-1", profile="acme", target="confirma", voucher="{}", summary={},
                       bodies=["{}"])
    with pytest.raises(sqlite3.IntegrityError):  # also below the outbox's API: it is the schema's rule
        conn.execute("INSERT INTO submissions (voucher_id, profile, target, state, voucher, created_at, "
                     "updated_at) VALUES ('v-1', 'acme', 'confirma', ?, '{}', 'now', 'now')", (SubmissionState.QUEUED,))
    # The same voucher to another profile is a submission of its own (one voucher, two targets).
    outbox.enqueue(voucher_id="v-1", profile="other", target="infinity", voucher="{}", summary={}, bodies=["{}"])
