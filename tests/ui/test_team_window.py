"""Issue 16 in the window, on a data location joined to a real team database (PostgreSQL): colleagues' drafts open
read-only with who edits them, an explicit take-over, a draft taken over from here kept on screen read-only, and
the review hearing a colleague's post without F5 and filtering by who posted.

A colleague is another data location: here her desk writes through the store's own API on a connection of its
own (DraftStore with her installation id and name, Outbox with her name), exactly what her window would do."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from app.cli import main
from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_file import dump_voucher_file
from app.editing.page_state import PageState
from app.services import session
from app.services.team import close_team_pools
from app.store.drafts import DraftStore, DraftTakenOver
from app.store.outbox import Outbox
from tests.postgres_server import SUPERUSER_PASSWORD
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401
from tests.ui.conftest import add_profile, running_gui
from tests.ui.keys import CTRL, SHIFT, K, Keyboard


@pytest.fixture
def team_location(postgresql_server, postgresql_template, use_backend, monkeypatch, capsys):  # noqa: F811
    """This data location joined to a team database with `ledgerdesk team connect --name`, a Confirma profile."""
    use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    url = postgresql_server.url(database, password=SUPERUSER_PASSWORD)
    assert main(["team", "connect", url, "--name", "Bert Berg"]) == 0
    capsys.readouterr()
    yield url
    close_team_pools()


@pytest.fixture
def team_gui(qapp, qtbot, sandbox, team_location):
    add_profile("Sandbox", Target.CONFIRMA, sandbox.confirma_url, company_id="0737546-2")
    with running_gui(qtbot) as app:
        yield app


@pytest.fixture
def colleague(team_location):
    """Anna Virtanen's desk: a connection of its own to the same team database."""
    conn = session.open_store()
    yield conn
    conn.close()


def annas_draft(colleague, description: str = "Office chairs") -> str:
    voucher = Voucher(date=date(2026, 12, 1), number="4711", description=description, company_id="0737546-2",
                      lines=[VoucherLine(account="7680", debit=Decimal("120.00"), text="Chairs"),
                             VoucherLine(account="1910", credit=Decimal("120.00"))])
    DraftStore(colleague, "desk-anna", "Anna Virtanen").save(voucher.identifier,
                                                             dump_voucher_file(voucher, Target.CONFIRMA), "Sandbox")
    return voucher.identifier


def open_from_list(qtbot, window) -> None:
    window.trigger("colleagues_drafts")
    dialog = window.tabs.colleagues.dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert dialog.table.hasFocus()
    assert dialog.table.item(0, 0).text() == "Anna Virtanen"
    assert dialog.table.item(0, 4).text() == "Office chairs"
    Keyboard(qtbot).enter()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_a_colleagues_draft_opens_read_only_saying_who_edits_it(qtbot, team_gui, colleague):
    window = team_gui.window
    assert window.actions_by_name["colleagues_drafts"].isVisible()
    draft_id = annas_draft(colleague)
    open_from_list(qtbot, window)
    page = window.tabs.current_page()
    assert page.draft_id == draft_id and page.read_only and page.state.state is PageState.COLLEAGUES
    assert page.sending_strip.isVisible() and page.sending_strip.take_over.isVisible()
    assert page.sending_strip.note.text().startswith("Being edited by Anna Virtanen (last saved ")
    assert page.editor.header_text("description") == "Office chairs"
    keys = Keyboard(qtbot)
    assert page.view.hasFocus()
    keys.type("9999")
    keys.enter()
    window.trigger("insert_line")
    assert "Anna Virtanen edits this draft: it cannot change here (Ctrl+Shift+O takes it over)." in \
        window.outcome.text.text()
    assert page.editor.line_count == 2
    team_gui.autosave.flush()
    stored = DraftStore(colleague, "desk-anna").get(draft_id)
    assert stored.owner == "desk-anna" and "9999" not in stored.content  # nothing of hers changed from here
    window.trigger("close_draft")  # closed here without a question; her draft stays hers and open
    assert window.tabs.indexOf(page) < 0
    assert [d.id for d in DraftStore(colleague, "desk-anna").open_drafts()] == [draft_id]


def test_taking_over_asks_then_the_draft_is_editable_here_and_her_autosave_is_refused(qtbot, team_gui, colleague):
    window = team_gui.window
    draft_id = annas_draft(colleague)
    open_from_list(qtbot, window)
    page = window.tabs.current_page()
    annas_desk = DraftStore(colleague, "desk-anna", "Anna Virtanen")
    annas_desk.save(draft_id, annas_desk.get(draft_id).content.replace("Office chairs", "Office chairs, 2 pcs"),
                    "Sandbox")  # she typed on after it was opened here
    Keyboard(qtbot).press(K.Key_O, CTRL | SHIFT)
    box = window.tabs.colleagues.confirm_box
    assert box is not None and "Take over Voucher 4711" in box.text() and "Anna Virtanen" in box.text()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.read_only)
    assert not page.sending_strip.isVisible()
    assert page.editor.header_text("description") == "Office chairs, 2 pcs"  # her last version, nothing lost
    assert "You have taken over Voucher 4711" in window.outcome.text.text()
    assert DraftStore(colleague).get(draft_id).owner_name == "Bert Berg"
    with pytest.raises(DraftTakenOver, match="Bert Berg has taken this draft over"):
        annas_desk.save(draft_id, '{"description": "Anna typing on"}', "Sandbox")  # her window's next autosave


def test_a_draft_a_colleague_takes_over_turns_read_only_here_with_the_text_kept(qtbot, team_gui, colleague):
    window = team_gui.window
    page = window.tabs.current_page()
    keys = Keyboard(qtbot)
    page.header.fields["description"].setFocus()
    keys.type("Printer paper")
    keys.enter()
    page.view.setFocus()
    keys.type("7680")  # an account on the first line: a draft worth asking about before it is closed
    keys.enter()
    qtbot.waitUntil(lambda: DraftStore(colleague).get(page.draft_id) is not None
                    and "Printer paper" in DraftStore(colleague).get(page.draft_id).content, timeout=3000)
    DraftStore(colleague, "desk-anna", "Anna Virtanen").take_over(page.draft_id)
    page.header.fields["description"].setFocus()
    keys.type(", A4")  # typed after her take-over: refused by the store at the next autosave
    keys.enter()
    qtbot.waitUntil(lambda: page.read_only, timeout=3000)
    assert page.sending_strip.note.text().startswith("Anna Virtanen has taken this draft over and edits it now. "
                                                     "Your text stays here, read-only")
    assert page.editor.header_text("description") == "Printer paper, A4"  # still on screen
    assert "Anna Virtanen has taken over Voucher" in window.outcome.text.text()
    stored = DraftStore(colleague).get(page.draft_id)
    assert stored.owner == "desk-anna" and "Printer paper, A4" not in stored.content
    window.trigger("close_draft")  # her draft now: closing asks (the text here is unsaved), never archives hers
    box = window.tabs.confirm_box
    assert box is not None and "not saved anywhere" in box.text()
    box.button(box.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.tabs.indexOf(page) < 0)
    assert [d.id for d in DraftStore(colleague, "desk-anna").open_drafts()] == [page.draft_id]


def test_a_single_bookkeeper_sees_no_colleagues_entries(gui):
    assert not gui.window.actions_by_name["colleagues_drafts"].isVisible()
    assert not gui.window.actions_by_name["take_over_draft"].isVisible()


def test_a_colleagues_post_appears_in_the_review_without_f5_and_is_filtered_by_who(qtbot, team_gui, colleague):
    window = team_gui.window
    Outbox(colleague, who="Bert Berg").enqueue(voucher_id="v-bert", profile="Sandbox", target="confirma",
                                               voucher="{}", summary={"total": "5.00"}, bodies=["{}"])
    window.trigger("review")
    review = window.review.window
    qtbot.waitUntil(lambda: review._watch is not None and review._watch.listening.is_set(), timeout=5000)
    assert review.model.total_count == 1 and not review.bar.who.isVisible()  # one name: nobody to tell apart
    Outbox(colleague, who="Anna Virtanen").enqueue(voucher_id="v-anna", profile="Sandbox", target="confirma",
                                                   voucher='{"number": "77", "description": "Anna\'s"}',
                                                   summary={"total": "7.00"}, bodies=["{}"])
    qtbot.waitUntil(lambda: review.model.total_count == 2, timeout=1500)  # heard, no F5
    assert review.bar.who.isVisible()
    review.bar.who.setCurrentIndex(review.bar.who.findData("Anna Virtanen"))
    qtbot.waitUntil(lambda: review.model.total_count == 1)
    assert review.model.row_at(0).voucher_id == "v-anna"
    review.close()
    assert review._watch is None


def test_a_draft_she_sent_meanwhile_is_not_taken_over_and_stays_read_only(qtbot, team_gui, colleague):
    window = team_gui.window
    draft_id = annas_draft(colleague)
    open_from_list(qtbot, window)
    page = window.tabs.current_page()
    DraftStore(colleague, "desk-anna", "Anna Virtanen").archive(draft_id)  # she sent it meanwhile
    window.trigger("take_over_draft")
    box = window.tabs.colleagues.confirm_box
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.tabs.colleagues.confirm_box is None)
    assert "That draft is gone: it was sent or closed meanwhile." in window.outcome.text.text()
    assert page.read_only
    team_gui.autosave.flush()
    assert DraftStore(colleague).get(draft_id).owner == "desk-anna"
    assert [d.id for d in DraftStore(colleague).open_drafts()] == []  # not revived as a draft here
