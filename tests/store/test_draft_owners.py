"""Issue 16, drafts on a team database: each has an owner; only the owner's window restores and saves it, and a
colleague takes it over explicitly. Both backends (on SQLite one data location is always the owner)."""

from __future__ import annotations

import pytest

from app.services.autosave import AutosaveWriter
from app.store.drafts import DraftStore, DraftTakenOver
from app.store.installation import installation
from tests.conftest import reconnect


def test_a_colleagues_drafts_are_not_restored_as_ones_own(store_conn):
    anna, bert = DraftStore(store_conn, "desk-anna", "Anna"), DraftStore(reconnect(store_conn), "desk-bert", "Bert")
    anna.save("a-1", '{"description": "Anna"}', "office")
    bert.save("b-1", '{"description": "Bert"}', "office")
    assert [d.id for d in anna.open_drafts()] == ["a-1"]
    assert [(d.id, d.owner_name) for d in anna.colleagues_drafts()] == [("b-1", "Bert")]


def test_a_colleague_cannot_overwrite_a_draft_until_taking_it_over(store_conn):
    anna, bert = DraftStore(store_conn, "desk-anna", "Anna"), DraftStore(reconnect(store_conn), "desk-bert", "Bert")
    anna.save("a-1", '{"description": "typed by Anna"}', "office")
    with pytest.raises(DraftTakenOver, match="Anna has taken this draft over"):
        bert.save("a-1", '{"description": "typed by Bert"}', "office")
    assert anna.get("a-1").content == '{"description": "typed by Anna"}'

    taken = bert.take_over("a-1")
    assert (taken.owner, taken.owner_name, taken.content) == ("desk-bert", "Bert", '{"description": "typed by Anna"}')
    bert.save("a-1", '{"description": "finished by Bert"}', "office")
    with pytest.raises(DraftTakenOver, match="Bert has taken this draft over"):
        anna.save("a-1", '{"description": "Anna, still typing"}', "office")  # her autosave after the take-over
    assert anna.get("a-1").content == '{"description": "finished by Bert"}'
    assert [d.id for d in anna.open_drafts()] == [] and [d.id for d in bert.open_drafts()] == ["a-1"]


def test_drafts_from_before_owners_belong_to_whoever_saves_them_next(store_conn):
    store_conn.execute("INSERT INTO drafts (id, profile, content, created_at, updated_at) "
                       "VALUES ('old', '', '{}', 'x', 'x')")
    anna = DraftStore(store_conn, "desk-anna", "Anna")
    assert [d.id for d in anna.open_drafts()] == ["old"]
    anna.save("old", '{"description": "now Anna\'s"}')
    assert anna.get("old").owner == "desk-anna"


def test_by_default_the_owner_is_this_data_location(store_conn):
    store = DraftStore(store_conn)
    store.save("mine", "{}")
    assert store.get("mine").owner == installation().id


def test_autosave_reports_a_take_over_instead_of_overwriting(store_conn, tmp_path):
    DraftStore(store_conn, "desk-colleague", "Carla").save("d", '{"description": "Carla"}')
    errors: list[str] = []
    writer = AutosaveWriter(lambda: reconnect(store_conn), on_error=errors.append)
    writer.schedule("d", "", lambda: '{"description": "mine"}')
    writer.close()
    assert errors == ["The draft could not be saved: Carla has taken this draft over and is editing it now; your "
                      "changes since then were not saved."]


def test_a_draft_sent_or_closed_meanwhile_is_not_taken_over_and_does_not_come_back(store_conn):
    anna, bert = DraftStore(store_conn, "desk-anna", "Anna"), DraftStore(reconnect(store_conn), "desk-bert", "Bert")
    anna.save("a-1", '{"description": "sent by Anna"}', "office")
    anna.archive("a-1")  # she sent it while Bert was reading it
    assert bert.take_over("a-1") is None
    assert anna.get("a-1").owner == "desk-anna"
    assert [d.id for d in bert.open_drafts()] == []  # Bert's window would otherwise have revived it as a draft
