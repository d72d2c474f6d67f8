"""Small programs the end-to-end tests run in their own processes: `python -m tests.e2e.workers COMMAND ...`.

save-draft ID FIRST SECOND   save draft ID with the text of file FIRST (committed), then with SECOND
                             (the test arms LEDGERDESK_CRASH_AT=during-autosave:2, so that save is killed)
show-draft ID                open the database as a fresh start does; print integrity_check and the draft
send-queued READY GO PROFILE...
                             open a session per profile, touch READY, wait for GO to exist, then
                             Submitter.send_queued for each profile; print one line per report
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.services.session import open_session
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path


def save_draft(draft_id: str, first: str, second: str) -> None:
    store = DraftStore(connect(database_path()))
    store.save(draft_id, Path(first).read_text(encoding="utf-8"))
    print("first saved", flush=True)
    store.save(draft_id, Path(second).read_text(encoding="utf-8"))
    print("second saved", flush=True)


def show_draft(draft_id: str) -> None:
    conn = connect(database_path())
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    draft = DraftStore(conn).get(draft_id)
    print(json.dumps({"integrity": integrity, "content": draft.content if draft else None}))


def send_queued(ready: str, go: str, *profiles: str) -> None:
    sessions = [open_session(profile) for profile in profiles]
    Path(ready).touch()
    deadline = time.monotonic() + 30
    while not Path(go).exists():  # both workers start sending together
        if time.monotonic() > deadline:
            sys.exit("no go signal")
        time.sleep(0.005)
    for session in sessions:
        with session:
            for report in session.submitter.send_queued():
                print(f"{session.profile.name} {report.submission_id} {report.state}", flush=True)


COMMANDS = {"save-draft": save_draft, "show-draft": show_draft, "send-queued": send_queued}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
