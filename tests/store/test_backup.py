"""`ledgerdesk backup` and `restore` through main(), on real SQLite files in the test's data folder."""

from __future__ import annotations

import json
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.services import backup_reminder
from app.store import paths
from app.store.database import LATEST_VERSION, connect
from app.store.drafts import DraftStore


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and code != 70, err
    return code, out, err


def drafts_in(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM drafts")}
    finally:
        conn.close()


def database_in(archive: Path, folder: Path) -> Path:
    with zipfile.ZipFile(archive) as zipped:
        zipped.extract("ledgerdesk.sqlite3", folder)
    return folder / "ledgerdesk.sqlite3"


def test_backup_while_the_window_writes_drafts_is_a_consistent_copy(tmp_path, capsys):
    writer = DraftStore(connect(paths.database_path()))
    writer.save("before", "{}")
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:  # the window's autosave writer: its own connection, committing all the time
        conn = connect(paths.database_path())
        store, n = DraftStore(conn), 0
        while not stop.is_set():
            store.save(f"draft-{n}", json.dumps({"n": n}))
            written.append(n)
            n += 1
        conn.close()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.005)
        code, out, err = run(capsys, "backup", str(tmp_path / "office.zip"))
    finally:
        stop.set()
        thread.join()
    assert code == 0, err
    assert out.startswith(f"Backed up to {tmp_path / 'office.zip'}: database schema {LATEST_VERSION}")
    copy = database_in(tmp_path / "office.zip", tmp_path / "unpacked")
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no WAL beside it
    ids = drafts_in(copy)
    numbers = sorted(int(i.split("-")[1]) for i in ids if i.startswith("draft-"))
    # A snapshot: the drafts up to some point, none missing in between, each whole.
    assert "before" in ids and numbers == list(range(len(numbers))) and len(numbers) >= 20
    assert not list(tmp_path.glob(".office.zip.*")), "a temporary file was left beside the backup"


def test_restore_puts_the_backup_in_place_and_keeps_the_previous_database(tmp_path, capsys):
    conn = connect(paths.database_path())
    DraftStore(conn).save("kept-in-backup", "{}")
    conn.close()
    assert run(capsys, "backup", str(tmp_path / "b.zip"))[0] == 0
    conn = connect(paths.database_path())
    DraftStore(conn).save("typed-after-backup", "{}")
    conn.close()
    code, out, err = run(capsys, "restore", str(tmp_path / "b.zip"))
    assert code == 0, err
    assert "Restored the backup of" in out and "The previous database is kept as" in out
    assert drafts_in(paths.database_path()) == {"kept-in-backup"}
    kept = list(paths.data_dir().glob("ledgerdesk.sqlite3.before-restore-*"))
    assert len(kept) == 1 and drafts_in(kept[0]) == {"kept-in-backup", "typed-after-backup"}
    connect(paths.database_path()).close()  # opens (and migrates) as LedgerDesk does at start


def test_restore_refuses_while_another_ledgerdesk_has_the_database_open(tmp_path, capsys):
    conn = connect(paths.database_path())
    DraftStore(conn).save("mine", "{}")
    assert run(capsys, "backup", str(tmp_path / "b.zip"))[0] == 0
    DraftStore(conn).save("still-here", "{}")
    code, out, err = run(capsys, "restore", str(tmp_path / "b.zip"))
    assert code == 2 and err.startswith("Not restored: Another LedgerDesk") and "nothing was changed" in err
    assert len(err.splitlines()) == 1
    assert {"mine", "still-here"} <= {row[0] for row in conn.execute("SELECT id FROM drafts")}
    conn.close()
    assert not list(paths.data_dir().glob("*before-restore*")) and not list(paths.data_dir().glob(".*.tmp"))


def rezip(archive: Path, tmp_path: Path, change) -> None:
    """Rewrite `archive` with its database changed by `change(sqlite3 connection)`."""
    database = database_in(archive, tmp_path / "edit")
    conn = sqlite3.connect(database)
    change(conn)
    conn.commit()
    conn.close()
    with zipfile.ZipFile(archive) as zipped:
        others = {name: zipped.read(name) for name in zipped.namelist() if name != "ledgerdesk.sqlite3"}
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, data in others.items():
            zipped.writestr(name, data)
        zipped.write(database, "ledgerdesk.sqlite3")


def test_a_backup_from_a_newer_ledgerdesk_is_refused_and_nothing_changes(tmp_path, capsys):
    connect(paths.database_path()).close()
    assert run(capsys, "backup", str(tmp_path / "b.zip"))[0] == 0
    rezip(tmp_path / "b.zip", tmp_path, lambda conn: conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}"))
    before = paths.database_path().read_bytes()
    code, out, err = run(capsys, "restore", str(tmp_path / "b.zip"))
    assert code == 2 and err == (f"Not restored: The backup was made by a newer LedgerDesk (database schema "
                                 f"{LATEST_VERSION + 1}; this one knows up to {LATEST_VERSION}). Update LedgerDesk, "
                                 f"then restore it.\n")
    assert paths.database_path().read_bytes() == before
    assert not list(paths.data_dir().glob("*before-restore*"))


@pytest.mark.parametrize("damage", ["zip bytes", "database pages", "not a zip"])
def test_a_damaged_backup_is_refused_in_one_line(tmp_path, capsys, damage):
    conn = connect(paths.database_path())
    store = DraftStore(conn)
    for n in range(200):
        store.save(f"d{n}", json.dumps({"text": "x" * 400, "n": n}))
    conn.close()
    archive = tmp_path / "b.zip"
    assert run(capsys, "backup", str(archive))[0] == 0
    if damage == "zip bytes":
        data = bytearray(archive.read_bytes())
        middle = len(data) // 2
        data[middle:middle + 64] = bytes(b ^ 0x5A for b in data[middle:middle + 64])
        archive.write_bytes(bytes(data))
    elif damage == "database pages":
        def scribble(conn: sqlite3.Connection) -> None:
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET rootpage = 9999 WHERE name = 'drafts'")
        rezip(archive, tmp_path, scribble)
    else:
        archive.write_text("just some text\n")
    before = paths.database_path().read_bytes()
    code, out, err = run(capsys, "restore", str(archive))
    assert code == 2 and err.startswith("Not restored: ") and len(err.splitlines()) == 1, err
    assert "damaged" in err or "not a LedgerDesk backup" in err
    assert paths.database_path().read_bytes() == before


def test_backup_of_a_team_location_says_it_is_the_office_s_pg_dump(tmp_path, capsys):
    (paths.data_dir() / "team.json").write_text(json.dumps(
        {"backend": "postgresql", "url": "postgresql://ledger@db.office.example:5432/books"}))
    code, out, err = run(capsys, "backup", str(tmp_path / "b.zip"))
    assert code == 2 and "team database (db.office.example:5432/books)" in err and "pg_dump" in err
    assert not (tmp_path / "b.zip").exists()


def test_backup_and_restore_name_a_missing_file_or_folder_in_one_line(tmp_path, capsys):
    connect(paths.database_path()).close()
    code, _, err = run(capsys, "backup", str(tmp_path / "no-such-folder" / "b.zip"))
    assert code == 2 and err == f"Not backed up: The folder {tmp_path / 'no-such-folder'} does not exist.\n"
    code, _, err = run(capsys, "restore", str(tmp_path / "missing.zip"))
    assert code == 2 and err == f"Not restored: There is no file {tmp_path / 'missing.zip'}.\n"


def test_the_reminder_counts_days_since_the_last_backup(tmp_path, capsys):
    from datetime import datetime, timedelta, timezone
    now = datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc)
    assert backup_reminder.days_without_backup(now) is None  # a first start: counting begins
    assert backup_reminder.days_without_backup(now + timedelta(days=6)) is None
    assert backup_reminder.days_without_backup(now + timedelta(days=7)) == 7
    connect(paths.database_path()).close()
    assert run(capsys, "backup", str(tmp_path / "b.zip"))[0] == 0
    assert backup_reminder.days_without_backup(datetime.now(timezone.utc) + timedelta(days=3)) is None
    code, out, _ = run(capsys, "backup", "--remind-after", "2")
    assert code == 0 and out == "Reminder: after 2 days without a backup.\n"
    assert backup_reminder.days_without_backup(datetime.now(timezone.utc) + timedelta(days=3)) == 3
    assert run(capsys, "backup", "--remind-after", "0")[0] == 0
    assert backup_reminder.days_without_backup(datetime.now(timezone.utc) + timedelta(days=300)) is None
