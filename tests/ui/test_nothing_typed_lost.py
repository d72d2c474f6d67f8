"""Nothing typed is lost (issue 14): Ctrl+Q, closing the window, switching tabs or profiles and the end of the
desktop session keep what is in the open cell or header field; an unreadable cell comes back after a restart
with its text and its issue."""

from __future__ import annotations

import json

from PySide6.QtCore import SIGNAL, Qt

from app.domain.targets import Target
from app.editing import COLUMNS
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path

from .conftest import add_profile, running_gui
from .keys import CTRL, SHIFT, K, Keyboard

KEY_ORDER = [c.key for c in COLUMNS]


def shown(page, row: int, key: str) -> str:
    return page.model.index(row, KEY_ORDER.index(key)).data()


def stored_texts() -> list[str]:
    """The line texts of every open draft in the store, as a restart would read them."""
    conn = connect(database_path())
    try:
        return sorted(line.get("text", "") for row in DraftStore(conn).open_drafts()
                      for line in json.loads(row.content)["lines"])
    finally:
        conn.close()


def reopened_texts(qtbot) -> dict[str, str]:
    """Start LedgerDesk again and read each tab's first line text and description as shown."""
    with running_gui(qtbot) as gui:
        return {shown(page, 0, "text"): page.editor.header_text("description") for page in gui.window.tabs.pages()}


def start_typing(gui, keys: Keyboard, text: str):
    page = gui.window.tabs.current_page()
    page.view.go_to(0, "text")
    keys.type(text)
    assert page.view.open_editor() is not None  # mid-edit: nothing committed yet
    return page


def test_ctrl_q_while_typing_a_cell_keeps_the_text_for_the_next_start(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        start_typing(gui, keys, "Taxi to client")
        keys.ctrl(K.Key_Q)
        qtbot.waitUntil(lambda: not gui.window.isVisible())
    assert reopened_texts(qtbot) == {"Taxi to client": ""}


def test_closing_the_window_while_typing_the_description_keeps_it(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        page = start_typing(gui, keys, "Parking")
        keys.tab()
        page.header.fields["description"].setFocus()
        keys.type("November receipts")
        gui.window.close()  # the title bar's close button
    assert reopened_texts(qtbot) == {"Parking": "November receipts"}


def test_switching_tabs_while_typing_keeps_the_text_in_its_draft(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        tabs = gui.window.tabs
        start_typing(gui, keys, "First")
        keys.ctrl(K.Key_N)
        qtbot.waitUntil(lambda: tabs.count() == 2)
        second = start_typing(gui, keys, "Second")
        keys.ctrl(K.Key_PageUp)
        assert shown(second, 0, "text") == "Second"
        keys.ctrl(K.Key_PageDown)
        assert tabs.current_page() is second and shown(second, 0, "text") == "Second"
    assert reopened_texts(qtbot) == {"First": "", "Second": ""}


def test_switching_the_profile_while_typing_keeps_the_text(qapp, qtbot, confirma_profile):
    add_profile("Swiss", Target.INFINITY, "http://127.0.0.1:9/v1")
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        page = start_typing(gui, keys, "Lunch")
        keys.press(K.Key_F6)  # to the header, mid-edit
        keys.press(K.Key_Tab, SHIFT)
        assert keys.focus is page.header.profile
        keys.press(K.Key_Down)  # Sandbox -> Swiss
        assert page.profile_name == "Swiss" and shown(page, 0, "text") == "Lunch"
    assert reopened_texts(qtbot) == {"Lunch": ""}


def session_end_receivers(qapp) -> int:
    return qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))


def test_the_end_of_the_desktop_session_saves_the_cell_being_typed(qapp, qtbot, confirma_profile):
    # The session manager asks running programs to save (commitDataRequest) and may end them right after:
    # the text must be in the store by then, without the window closing. Qt gives no way to emit that signal
    # without a real session manager (PySide6 crashes on a None one): the test checks the window listens to
    # it, then calls the very slot it is connected to; aboutToQuit is emitted for real.
    before = session_end_receivers(qapp)
    with running_gui(qtbot) as gui:
        assert session_end_receivers(qapp) == before + 1
        keys = Keyboard(qtbot)
        page = start_typing(gui, keys, "Hotel")
        gui.keep_typing()
        assert stored_texts() == ["Hotel"]
        assert gui.window.isVisible() and shown(page, 0, "text") == "Hotel"
        page.view.setFocus()
        start_typing(gui, keys, "Hotel night")
        qapp.aboutToQuit.emit()  # QApplication.quit() at the session's end, with the editor open
        assert stored_texts() == ["Hotel night"]
    assert session_end_receivers(qapp) == before  # a closed window no longer answers for the application


def test_an_unreadable_amount_and_date_come_back_with_their_issues_after_a_restart(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        page = start_typing(gui, keys, "Office chairs")
        keys.tab()
        keys.cell("12,3,4")  # debit: not an amount
        keys.press(K.Key_F6)
        keys.press(K.Key_A, CTRL)
        keys.type("31.11.2026")  # no such day
        keys.enter()
        assert shown(page, 0, "debit") == "12,3,4" and page.editor.header_text("date") == "31.11.2026"
    with running_gui(qtbot) as gui:
        page = gui.window.tabs.current_page()
        assert shown(page, 0, "text") == "Office chairs"
        assert shown(page, 0, "debit") == "12,3,4", "the typed amount was lost on restart"
        assert page.editor.header_text("date") == "31.11.2026"
        codes = {(x.line, x.field) for x in page.all_issues() if x.is_error}
        assert {(1, "debit"), (None, "date")} <= codes, codes
        assert "12,3,4" in page.model.index(0, KEY_ORDER.index("debit")).data(Qt.ItemDataRole.ToolTipRole)


def test_switching_the_profile_keeps_an_unreadable_voucher_date_as_typed(qapp, qtbot, confirma_profile):
    add_profile("Swiss", Target.INFINITY, "http://127.0.0.1:9/v1")
    with running_gui(qtbot) as gui:
        keys = Keyboard(qtbot)
        page = gui.window.tabs.current_page()
        keys.press(K.Key_F6)
        keys.press(K.Key_A, CTRL)
        keys.type("31.11.2026")
        keys.press(K.Key_Tab, SHIFT)  # leaves the date (committed) for the profile
        assert keys.focus is page.header.profile
        keys.press(K.Key_Down)  # Sandbox -> Swiss
        assert page.profile_name == "Swiss"
        assert page.editor.header_text("date") == "31.11.2026"
        assert [x.field for x in page.editor.issues() if x.field == "date"], "the date's issue went with the text"


def test_ctrl_w_while_typing_in_a_new_draft_asks_before_discarding_the_text(gui, keys, qtbot):
    tabs = gui.window.tabs
    page = start_typing(gui, keys, "Taxi to client")
    keys.ctrl(K.Key_W)
    assert tabs.confirm_box is not None, "the draft was discarded without asking"
    tabs.confirm_box.button(tabs.confirm_box.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: tabs.confirm_box is None)
    assert tabs.current_page() is page and shown(page, 0, "text") == "Taxi to client"
