"""The window's actions: each menu entry has one handler, and its keys are those Help ▸ Keyboard lists."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableWidget

from app.editing.page_state import PageEvent
from app.ui.keyboard_help import KEYS, KeyboardHelpDialog, shortcuts_by_action
from app.ui.main_window import MENUS

from .keys import K
from .test_typing_confirma import type_documented_voucher


def test_every_menu_entry_has_the_keys_the_keyboard_help_lists_and_no_others(gui):
    window = gui.window
    listed = shortcuts_by_action()
    menu_names = {name for _title, names in MENUS for name in names if name not in (None, "language", "documentation")}
    assert set(window.actions_by_name) == menu_names
    for name, action in window.actions_by_name.items():
        assert action.shortcuts() == [QKeySequence(k) for k in listed.get(name, ())], name
    assert listed["submit"] == ("Ctrl+Return", "Ctrl+Enter")  # the keypad's Enter posts too
    assert listed["next_tab"] == ("Ctrl+PgDown",) and listed["previous_tab"] == ("Ctrl+PgUp",)


def test_the_keyboard_help_lists_ctrl_enter_once(gui, qtbot):
    dialog = KeyboardHelpDialog(gui.window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "KeyboardTable")
    row = next(i for i, key in enumerate(KEYS) if key.action == "submit")
    assert table.item(row, 1).text() == "Ctrl+Enter"


def test_an_action_name_without_a_handler_is_not_looked_up_on_the_page(gui):
    page = gui.window.tabs.current_page()
    page.secret_method = lambda: (_ for _ in ()).throw(AssertionError("called by name"))
    with pytest.raises(KeyError):
        gui.window.trigger("secret_method")


def test_keys_on_a_voucher_being_sent_change_nothing_and_ctrl_n_still_opens_a_draft(gui, page, keys, qtbot):
    keys.cell("t")
    keys.cell("1910")
    lines = page.editor.line_count
    assert page.transition(PageEvent.PREVIEW) and page.transition(PageEvent.SEND, "Sending…")
    assert page.read_only and page.sending_strip.isVisible() and page.sending_strip.progress.isVisible()
    for name in ("insert_line", "delete_line", "duplicate_line", "undo", "paste"):
        gui.window.trigger(name)
    keys.ctrl(K.Key_Return)
    assert page.editor.line_count == lines and page.submit_flow.dialog is None
    assert not page.transition(PageEvent.PREVIEW)  # refused: a second send of what is being sent
    gui.window.trigger("new_draft")
    assert gui.window.tabs.count() == 2


def test_nothing_changes_under_the_preview_and_esc_gives_the_voucher_back_to_type_in(gui, page, keys, qtbot):
    type_documented_voucher(page, keys)
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert page.read_only and not page.header.fields["number"].isEnabled()
    assert not page.sending_strip.isVisible()  # nothing is being sent yet
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: page.submit_flow.dialog is None and page.view.hasFocus(), timeout=3000)
    assert not page.read_only and page.header.fields["number"].isEnabled()
    steps = page.undo_stack.count()
    page.view.go_to(0, "text")
    keys.cell("Correction")  # typing works again, and is saved again
    assert page.undo_stack.count() == steps + 1 and page.state.autosave
