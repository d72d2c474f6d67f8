"""Issue 16, the review on a team database: everyone's postings filtered by who queued them (both backends), and a
colleague's post announced to the other desktops by NOTIFY (PostgreSQL, a real server, two connections)."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from app.store.database import transaction
from app.store.outbox import Outbox
from app.store.postgres import Listener
from app.store.review import ReviewFilter, ReviewQuery
from app.store.review_index import REVIEW_CHANNEL
from app.store.states import SubmissionState
from tests.conftest import reconnect
from tests.review.support import line, voucher


def queue(conn, who: str, number: str) -> int:
    v = voucher(line("6300", debit="10.00"), line("1910", credit="10.00"), number=number)
    return Outbox(conn, who=who).enqueue(voucher_id=v.identifier, profile="office", target="confirma",
                                         voucher="{}", summary={"total": "10.00"}, bodies=["{}"])


def test_the_review_is_filtered_by_who_posted(store_conn):
    colleague = reconnect(store_conn)
    try:
        anna = [queue(store_conn, "Anna Virtanen", str(n)) for n in (1, 2)]
        bert = queue(colleague, "Bert Berg", "3")
    finally:
        colleague.close()
    query = ReviewQuery(store_conn)
    assert query.who() == ["Anna Virtanen", "Bert Berg"]
    assert [r.submission_id for r in query.page(ReviewFilter(who="Anna Virtanen"))] == anna[::-1]
    assert query.count(ReviewFilter(who="Anna Virtanen")) == 2
    assert query.count(ReviewFilter(who="Bert Berg", profile="office")) == 1
    assert query.count(ReviewFilter(who="Carla")) == 0
    assert query.count(ReviewFilter()) == 3

    # A rejected voucher corrected and queued again by a colleague is now hers to answer for.
    Outbox(store_conn).set_state(bert, SubmissionState.REJECTED)
    assert Outbox(store_conn, who="Anna Virtanen").reopen(bert, voucher="{}", summary={"total": "10.00"},
                                                          bodies=["{}"], mappings=[""])
    assert query.count(ReviewFilter(who="Anna Virtanen")) == 3 and query.who() == ["Anna Virtanen"]


def test_by_default_the_review_names_this_data_locations_bookkeeper(store_conn):
    from app.store.team_location import bookkeeper_name
    sid = Outbox(store_conn).enqueue(voucher_id="v-1", profile="office", target="confirma", voucher="{}",
                                     summary={"total": "1.00"}, bodies=["{}"])
    assert ReviewQuery(store_conn).page(ReviewFilter(who=bookkeeper_name()))[0].submission_id == sid


class Heard:
    """Counts the notices a Listener passes on, and lets a test wait for the next one."""

    def __init__(self) -> None:
        self.count = 0
        self.event = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.event.set()

    def wait(self, timeout: float = 2.0) -> float:
        started = time.monotonic()
        assert self.event.wait(timeout), "no notice arrived"
        self.event.clear()
        return time.monotonic() - started


@pytest.fixture
def listener(postgresql_store):
    heard = Heard()
    url = postgresql_store.url
    found = Listener(lambda: psycopg.connect(url, autocommit=True), REVIEW_CHANNEL, heard)
    found.start()
    assert found.listening.wait(5)
    found.heard = heard
    yield found
    found.stop()


def test_a_colleagues_post_is_heard_on_another_connection_within_a_second(postgresql_store, listener):
    colleague = reconnect(postgresql_store)
    try:
        queue(colleague, "Anna Virtanen", "1")
        assert listener.heard.wait() < 1.0
        Outbox(colleague).set_state(1, SubmissionState.SYNCED)  # settled: heard again
        assert listener.heard.wait() < 1.0
    finally:
        colleague.close()


def test_nothing_is_heard_of_a_transaction_rolled_back(postgresql_store, listener):
    with pytest.raises(RuntimeError):
        with transaction(postgresql_store):
            queue(postgresql_store, "Anna Virtanen", "1")
            raise RuntimeError("the bookkeeper's send failed before committing")
    assert not listener.heard.event.wait(0.8)
    assert listener.heard.count == 0


def test_a_listener_whose_connection_breaks_listens_again_and_says_something_may_have_changed(postgresql_store,
                                                                                              listener, monkeypatch):
    monkeypatch.setattr(Listener, "RETRY_S", 0.2)
    postgresql_store.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' "
                             "AND pid <> pg_backend_pid()")
    assert listener.heard.wait(8) < 8  # back, and told the window to read the list again
    assert listener.listening.wait(2)
    queue(postgresql_store, "Anna Virtanen", "2")
    assert listener.heard.wait() < 1.0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_vouchers_queued_before_schema_13_are_posted_by_whoever_their_audit_rows_name(backend, tmp_path, request):
    from app.store.database import connect
    from app.store.postgres import connect_postgresql, create_schema
    if backend == "sqlite":
        old = connect(tmp_path / "db.sqlite3", migrate_to=12)
        upgrade = lambda: connect(tmp_path / "db.sqlite3")  # noqa: E731
    else:
        url = request.getfixturevalue("postgresql_dsn")
        old = connect_postgresql(url, migrate=False)
        create_schema(old, migrate_to=12)
        upgrade = lambda: connect_postgresql(url)  # noqa: E731 (migrates to the latest schema)
    for sid, names in ((1, ["", "Anna Virtanen", "Bert Berg"]), (2, [])):
        old.execute("INSERT INTO submissions (id, voucher_id, profile, target, state, voucher, summary, created_at, "
                    "updated_at) VALUES (?, ?, 'office', 'confirma', 'synced', '{}', '{}', 'x', 'x')", (sid, f"v-{sid}"))
        old.execute("INSERT INTO review (submission_id, voucher_id, profile, target, state, updated_at) "
                    "VALUES (?, ?, 'office', 'confirma', 'synced', 'x')", (sid, f"v-{sid}"))
        for who in names:
            old.execute("INSERT INTO audit_log (at, profile, submission_id, event, who) VALUES ('x', 'office', ?, "
                        "'state', ?)", (sid, who))
    old.close()
    conn = upgrade()
    try:
        assert [tuple(r) for r in conn.execute("SELECT id, queued_by FROM submissions ORDER BY id")] == [
            (1, "Anna Virtanen"), (2, "")]
        assert ReviewQuery(conn).who() == ["Anna Virtanen"]
        assert ReviewQuery(conn).count(ReviewFilter(who="Anna Virtanen")) == 1
    finally:
        conn.close()
