"""Issue 16: the team database's server cannot be reached. The window's store still opens, drafts are kept on
this computer and move to the team database when it is back (never over a colleague's take-over). A real
PostgreSQL server of the tests' own, stopped and started again; real SQLite."""

from __future__ import annotations

import json

import pytest

from app.services import session, team_link
from app.services.autosave import AutosaveWriter
from app.store.drafts import DraftStore, DraftText
from app.store.database import transaction
from app.store.installation import installation
from app.store.postgres import connect_postgresql
from tests.team_offline import joined, pausable_server  # noqa: F401 (fixtures)


def voucher_text(note: str) -> str:
    return json.dumps({"format": "ledgerdesk-voucher", "version": 1, "lines": [{"text": note}]})


def open_window(changes: list[bool] | None = None):
    store, link = session.open_window_store(changes.append if changes is not None else lambda online: None)
    assert link is not None
    return store, link


def test_the_window_store_opens_when_the_server_is_down_and_drafts_are_kept_on_this_computer(joined):  # noqa: F811
    joined.server.pause()
    changes: list[bool] = []
    store, link = open_window(changes)
    errors: list[str] = []
    writer = AutosaveWriter(link.open_team, errors.append, link=link)
    try:
        assert not link.online and store.team is None and "cannot be reached" in link.problem
        assert changes == [False]
        writer.schedule("d1", "office", lambda: DraftText(voucher_text("typed offline"), {"0:debit": "12,3,4"}))
        assert writer.flush()
        assert [(d.id, d.owner) for d in team_link.kept_drafts()] == [("d1", installation().id)]
        assert team_link.kept_drafts()[0].raw_cells == {"0:debit": "12,3,4"}
        # The window's own reads are answered from what is on this computer: its draft list, not an error.
        assert [d.id for d in DraftStore(store).open_drafts()] == ["d1"]
        assert errors == []
        assert link.probe() is False
    finally:
        writer.close()
        store.close()


def test_kept_drafts_move_to_the_team_database_when_it_is_back_and_saves_go_there_again(joined):  # noqa: F811
    joined.server.pause()
    changes: list[bool] = []
    store, link = open_window(changes)
    writer = AutosaveWriter(link.open_team, link=link)
    try:
        writer.schedule("d1", "office", lambda: voucher_text("first, offline"))
        assert writer.flush()
        joined.server.resume()
        assert link.probe() is True
        writer.come_back()
        assert writer.flush() and link.online and changes == [False, True]
        writer.schedule("d1", "office", lambda: voucher_text("second, online"))
        assert writer.flush()
    finally:
        writer.close()
        store.close()
    assert team_link.kept_drafts() == []
    ((content, owner, who),) = joined.query("SELECT content, owner, owner_name FROM drafts WHERE id = 'd1'")
    assert json.loads(content)["lines"][0]["text"] == "second, online"
    assert (owner, who) == (installation().id, "Bertil Berg")


def test_a_draft_a_colleague_took_over_meanwhile_is_kept_beside_theirs_not_written_over(joined):  # noqa: F811
    conn = connect_postgresql(joined.url)
    DraftStore(conn).save("d1", voucher_text("mine, before"), "office")
    joined.server.pause()
    store, link = open_window()
    writer = AutosaveWriter(link.open_team, link=link)
    writer.schedule("d1", "office", lambda: voucher_text("mine, typed offline"))
    assert writer.flush()
    joined.server.resume()
    colleague = connect_postgresql(joined.url)
    anna = DraftStore(colleague, owner="install-anna", owner_name="Anna Virtanen")
    anna.take_over("d1")
    anna.save("d1", voucher_text("Anna's"), "office")
    colleague.close()
    conn.close()
    try:
        writer.come_back()
        assert writer.flush() and link.online
        (both,) = link.kept_both
    finally:
        writer.close()
        store.close()
    assert (both.draft_id, both.colleague) == ("d1", "Anna Virtanen")
    rows = {row[0]: (json.loads(row[1])["lines"][0]["text"], row[2])
            for row in joined.query("SELECT id, content, owner_name FROM drafts")}
    assert rows == {"d1": ("Anna's", "Anna Virtanen"), both.kept_as: ("mine, typed offline", "Bertil Berg")}


def test_the_server_going_away_mid_session_keeps_drafts_locally_and_the_window_reads_on(joined):  # noqa: F811
    changes: list[bool] = []
    store, link = open_window(changes)
    errors: list[str] = []
    writer = AutosaveWriter(link.open_team, errors.append, link=link)
    try:
        assert link.online and store.team is not None
        writer.schedule("d1", "office", lambda: voucher_text("online"))
        assert writer.flush()
        joined.server.pause()
        writer.schedule("d1", "office", lambda: voucher_text("after the server went away"))
        assert writer.flush(timeout=30)
        assert not link.online and changes == [False] and errors == []
        assert [json.loads(d.content)["lines"][0]["text"] for d in team_link.kept_drafts()] == [
            "after the server went away"]
        # The window's connection broke with the server: its next read is answered here, not raised.
        store.team = store.team or link.open_team()
        assert store.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
        assert store.team is None
        joined.server.resume()
        assert link.probe()
        writer.come_back()
        assert writer.flush() and link.online
    finally:
        writer.close()
        store.close()
    assert [json.loads(r[0])["lines"][0]["text"] for r in joined.query("SELECT content FROM drafts")] == [
        "after the server went away"]


def test_offline_only_drafts_are_written_here_anything_else_is_refused_in_words(joined):  # noqa: F811
    joined.server.pause()
    store, link = open_window()
    try:
        DraftStore(store).save("d1", voucher_text("kept"), "office")  # inside a transaction, on this computer
        with pytest.raises(team_link.TeamOffline, match="Nothing but drafts can be changed until it is back"):
            with transaction(store):
                store.execute("UPDATE submissions SET state = state")  # would never reach the team database
        assert not store.in_transaction
        assert [d.id for d in team_link.kept_drafts()] == ["d1"]
    finally:
        store.close()


def test_a_refused_password_still_stops_the_window_in_words(joined, monkeypatch):  # noqa: F811
    from app.store.team_location import TeamLocation, write_location
    write_location(TeamLocation(joined.server.url(joined.database, user="nobody_here"), password_in_keyring=False))
    with pytest.raises(session.SessionError, match="refused|password"):
        session.open_window_store()
