"""Autosave writes drafts off the caller's thread and keeps only the newest snapshot of a draft."""

import threading

from app.services.autosave import AutosaveWriter
from app.store.database import connect
from app.store.drafts import DraftStore


def test_scheduled_drafts_are_written_and_coalesced(tmp_path):
    database = tmp_path / "db.sqlite3"
    connect(database).close()
    gate = threading.Event()
    writer = AutosaveWriter(database)
    calls = []

    def slow_first():
        gate.wait(5)
        calls.append("first")
        return '{"v": 1}'

    writer.schedule("d1", "p", slow_first)
    for version in range(2, 50):
        writer.schedule("d2", "p", lambda version=version: (calls.append(version), f'{{"v": {version}}}')[1])
    gate.set()
    assert writer.flush()
    store = DraftStore(connect(database))
    assert store.get("d1").content == '{"v": 1}'
    assert store.get("d2").content == '{"v": 49}'
    assert sorted(map(str, calls)) == ["49", "first"]  # later snapshots replaced the ones not yet written
    writer.close()


def test_a_failing_snapshot_is_reported_and_the_writer_goes_on(tmp_path):
    database = tmp_path / "db.sqlite3"
    connect(database).close()
    errors = []
    writer = AutosaveWriter(database, on_error=errors.append)
    writer.schedule("bad", "p", lambda: 1 / 0)
    assert writer.flush()
    writer.schedule("good", "p", lambda: "{}")
    assert writer.flush()
    assert errors and "could not be saved" in errors[0]
    assert DraftStore(connect(database)).get("good").content == "{}"
    writer.close()
