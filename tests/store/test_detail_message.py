"""A submission's words are kept with their message code (schema 8), so the review shows them in the window's
language: the Finnish review said "Infinity booked the entry: 2 transaction(s)…" in English (issue 18)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain import messages
from app.domain.messages import Message
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.states import SubmissionState


def test_a_message_survives_json_with_its_parameters_typed():
    booked = Message("infinity_booked_entry", entries=1, count=2, net=Decimal("111.47"), vat=Decimal("9.03"),
                     currency=" CHF")
    said = Message("sentences", first=booked, rest=Message("infinity_entry_booked_so_far", entry=1))
    for original in (booked, said, Message("date_invalid_iso", text="'32.1.'"), Message("marked_posted")):
        back = messages.loads(messages.dumps(original))
        assert back == original and back.code == original.code and back.params == original.params
    assert dict(messages.loads(messages.dumps(booked)).params)["net"] == Decimal("111.47")
    assert messages.loads(messages.dumps(Message("date_invalid_iso", text=str(date(2025, 1, 2))))) is not None


def test_text_that_is_not_a_message_or_names_an_unknown_code_is_not_one():
    for text in (None, "", "plain words", "{}", '{"code": "no_such_code", "params": {}}', "[1]",
                 '{"code": "marked_posted", "params": {"x": {"?": 1}}}'):
        assert messages.loads(text) is None


def test_a_submissions_detail_comes_back_as_the_message_it_was_and_plain_words_stay_plain(tmp_path):
    outbox = Outbox(connect(tmp_path / "db.sqlite3"))
    sid = outbox.enqueue(voucher_id="v", profile="p", target="infinity", voucher="{}", summary={}, bodies=["{}"])
    booked = Message("infinity_booked_entry", entries=1, count=2, net=Decimal("111.47"), vat=Decimal("9.03"),
                     currency=" CHF")
    outbox.set_state(sid, SubmissionState.ACCEPTED, detail=booked)
    stored = outbox.get(sid).detail
    assert isinstance(stored, Message) and stored.code == "infinity_booked_entry" and stored == booked
    outbox.set_state(sid, SubmissionState.SYNCED, detail="Kirjattu Procountoriin")  # a target's own words
    assert not isinstance(outbox.get(sid).detail, Message) and outbox.get(sid).detail == "Kirjattu Procountoriin"


def test_a_submission_left_sending_says_so_as_a_message(tmp_path):
    outbox = Outbox(connect(tmp_path / "db.sqlite3"))
    sid = outbox.enqueue(voucher_id="v", profile="p", target="confirma", voucher="{}", summary={}, bodies=["{}"])
    outbox.claim(sid, "gone:1:1")
    outbox.recover_abandoned(is_alive=lambda token: False)
    assert getattr(outbox.get(sid).detail, "code", None) == "sending_interrupted"
