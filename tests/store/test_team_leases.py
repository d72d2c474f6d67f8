"""Issue 16: claims on the team database are leases (who, until when, a heartbeat), taken with SKIP LOCKED; an
expired lease becomes uncertain. Audit rows name who on both backends. Real PostgreSQL, real SQLite."""

from __future__ import annotations

import getpass
import threading
import time
from collections import Counter
from datetime import datetime, timedelta

import pytest

from app.store import leases
from app.store.audit import AuditEvent, AuditLog
from app.store.outbox import Outbox
from app.store.states import SubmissionState
from app.store.team_location import TeamLocation, bookkeeper_name, write_location
from tests.conftest import reconnect


def queue(outbox: Outbox, n: int, profile: str = "p") -> list[int]:
    return [outbox.enqueue(voucher_id=f"v{i}", profile=profile, target="confirma", voucher="{}", summary={},
                           bodies=["{}"]) for i in range(n)]


def test_a_claim_names_who_holds_it_and_until_when_on_the_servers_clock(postgresql_store):
    outbox = Outbox(postgresql_store)
    (sid,) = queue(outbox, 1)
    who = leases.holder("Anna Virtanen", "install-1")
    claimed = outbox.claim_next(who, "p")
    assert claimed is not None and claimed.id == sid and claimed.state == SubmissionState.SENDING
    assert claimed.claimed_by.startswith("Anna Virtanen · install-1 · ")
    (server_now,) = postgresql_store.execute(f"SELECT {leases._SERVER_NOW}").fetchone()
    lease = datetime.fromisoformat(claimed.lease_until) - datetime.fromisoformat(server_now)
    assert timedelta(seconds=leases.DEFAULT_LEASE_SECONDS - 5) < lease <= timedelta(seconds=leases.DEFAULT_LEASE_SECONDS)


def test_a_row_another_desktop_is_claiming_is_skipped_not_waited_for(postgresql_store):
    outbox, other = Outbox(postgresql_store), Outbox(reconnect(postgresql_store))
    first, second = queue(outbox, 2)
    other.conn.execute("BEGIN")
    other.conn.execute("SELECT id FROM submissions WHERE id = ? FOR UPDATE", (first,))  # mid-claim elsewhere
    started = time.monotonic()
    claimed = outbox.claim_next("desk-a", "p")
    assert claimed is not None and claimed.id == second and time.monotonic() - started < 1
    assert outbox.claim(first, "desk-a") is False  # locked: not ours, and no waiting
    other.conn.execute("ROLLBACK")
    other.conn.close()


def test_desktops_claiming_at_once_each_get_different_submissions(postgresql_store):
    ids = queue(Outbox(postgresql_store), 60)
    conns = [reconnect(postgresql_store) for _ in range(4)]
    claimed: list[int] = []
    go = threading.Barrier(len(conns))

    def desk(conn, n):
        outbox = Outbox(conn)
        go.wait()
        while (submission := outbox.claim_next(f"desk-{n}", "p")) is not None:
            claimed.append(submission.id)

    threads = [threading.Thread(target=desk, args=(c, n)) for n, c in enumerate(conns)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conn in conns:
        conn.close()
    assert Counter(claimed) == Counter(ids)


def test_an_expired_lease_becomes_uncertain_and_a_renewed_one_does_not(postgresql_store, monkeypatch):
    monkeypatch.setenv(leases.LEASE_ENV, "0.8")
    outbox = Outbox(postgresql_store)
    kept, dropped = queue(outbox, 2)
    assert outbox.claim(kept, "desk-a") and outbox.claim(dropped, "desk-b")
    with leases.Heartbeat(lambda: reconnect(postgresql_store), kept, "desk-a"):
        time.sleep(1.3)  # longer than the lease: only the heartbeat keeps `kept`
        assert outbox.recover_abandoned() == [dropped]
    assert outbox.get(kept).state == SubmissionState.SENDING
    assert outbox.get(dropped).state == SubmissionState.UNCERTAIN and outbox.get(dropped).claimed_by is None
    time.sleep(0.9)
    assert outbox.recover_abandoned() == [kept]


def test_a_heartbeat_does_not_renew_a_lease_someone_else_now_holds(postgresql_store):
    outbox = Outbox(postgresql_store)
    (sid,) = queue(outbox, 1)
    assert outbox.claim(sid, "desk-a")
    assert leases.renew(postgresql_store, sid, "desk-a") is True
    assert leases.renew(postgresql_store, sid, "desk-b") is False


def test_after_a_crash_the_restarted_desktop_does_not_wait_for_its_own_lease(postgresql_store):
    """The bookkeeper whose LedgerDesk died starts it again: the voucher it was sending becomes uncertain at once
    (its process on this computer is gone), not after the lease's minute; a colleague's computer keeps its lease."""
    import subprocess
    import sys
    outbox = Outbox(postgresql_store)
    mine, colleagues = queue(outbox, 2)
    gone = subprocess.run([sys.executable, "-c", "from app.store import leases; "
                           "print(leases.holder('Anna Virtanen', 'install-1'))"],
                          capture_output=True, text=True, check=True).stdout.strip()  # that process has ended
    assert outbox.claim(mine, gone)
    assert outbox.claim(colleagues, "Bo Berg · install-2 · another-computer:4242:99")
    assert outbox.recover_abandoned() == [mine]
    assert outbox.get(mine).state == SubmissionState.UNCERTAIN
    assert outbox.get(colleagues).state == SubmissionState.SENDING
    assert leases.holder("A", "i").endswith(leases.holder_process(leases.holder("A", "i")))
    assert outbox.claim(mine, leases.holder("Anna Virtanen", "install-1"), from_states=(SubmissionState.UNCERTAIN,))
    assert outbox.recover_abandoned() == []  # this process is alive: its lease holds


def test_sqlite_keeps_deciding_by_the_claiming_process(tmp_path):
    from app.store.database import connect
    outbox = Outbox(connect(tmp_path / "store.sqlite3"))
    (sid,) = queue(outbox, 1)
    assert outbox.claim(sid, "this-host:1:1")
    assert outbox.get(sid).lease_until is None
    assert outbox.recover_abandoned(is_alive=lambda token: True) == []
    assert outbox.recover_abandoned(is_alive=lambda token: False) == [sid]


def test_audit_rows_name_the_os_user_of_a_single_bookkeeper(store_conn):
    entry_id = AuditLog(store_conn).append(profile="p", event=AuditEvent.STATE, note="x")
    (who,) = store_conn.execute("SELECT who FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    assert who == getpass.getuser() != ""


def test_audit_rows_name_the_configured_name_when_one_is_given(store_conn):
    write_location(TeamLocation("postgresql://app@db.example:5432/office", name="Anna Virtanen"))
    assert bookkeeper_name() == "Anna Virtanen"
    log = AuditLog(store_conn)
    log.append(profile="p", event=AuditEvent.STATE, submission_id=None, note="x")
    assert [row[0] for row in store_conn.execute("SELECT who FROM audit_log")] == ["Anna Virtanen"]


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_configured_name_falls_back_to_the_os_user(name):
    write_location(TeamLocation("postgresql://app@db.example:5432/office", name=name.strip()))
    assert bookkeeper_name() == getpass.getuser()
