"""The grid and header driven by the keyboard alone, checked by what the bookkeeper sees."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.editing import COLUMNS
from app.ui import style
from app.ui.keyboard_help import KEYS, KeyboardHelpDialog
from tests.conftest import REPO

from .keys import SHIFT, K

KEY_ORDER = [c.key for c in COLUMNS]


def current(page) -> tuple[int, str]:
    index = page.view.currentIndex()
    return index.row(), KEY_ORDER[index.column()]


def shown(page, row: int, key: str) -> str:
    return page.model.index(row, KEY_ORDER.index(key)).data()


def test_tab_visits_typed_cells_only_and_opens_a_new_line_past_the_last(page, keys):
    editable = [c.key for c in COLUMNS if c.editable]
    assert current(page) == (0, "booking_date")
    keys.tab()  # an empty line: Tab walks it without typing
    visited = [current(page)[1]]
    for _ in editable[2:]:
        keys.tab()
        visited.append(current(page)[1])
    assert visited == editable[1:]
    keys.tab()  # past the last cell of a blank line: no second blank line
    assert page.editor.line_count == 1
    keys.press(K.Key_Backtab, SHIFT)
    assert current(page) == (0, editable[-2])
    keys.press(K.Key_Escape)
    page.view.go_to(0, "account")
    keys.type("1701")
    keys.enter()  # Enter commits and moves on like Tab
    assert current(page) == (0, "text")
    for _ in range(6):
        keys.enter()
    assert page.editor.line_count == 2 and current(page) == (page.editor.row_of(1), "booking_date")
    keys.press(K.Key_Return, SHIFT)
    assert current(page) == (0, "cost_center")


def test_amounts_take_the_locale_and_simple_sums_and_a_negative_debit_is_a_credit(page, keys):
    page.view.go_to(0, "debit")
    keys.type("1 234,56")
    keys.tab()
    assert shown(page, 0, "debit") == "1 234,56"
    page.view.go_to(0, "debit")
    keys.type("100+25,50")
    keys.tab()
    assert shown(page, 0, "debit") == "125,50"
    page.view.go_to(0, "debit")
    keys.type("3*19,90-")
    keys.tab()
    assert shown(page, 0, "debit") == "" or "amount" in page.view.model().data(
        page.model.index(0, KEY_ORDER.index("debit")), Qt.ItemDataRole.ToolTipRole).lower()
    page.view.go_to(0, "debit")
    keys.type("-50")
    keys.tab()
    assert (shown(page, 0, "debit"), shown(page, 0, "credit")) == ("", "50,00")


def test_date_keys_today_and_one_day_either_way_undo_as_one_step(page, keys):
    today = date.today()
    keys.type("t")  # on the date cell, not editing: today at once
    assert shown(page, 0, "booking_date") == f"{today.day}.{today.month}.{today.year}"
    keys.type("++-")
    later = today + timedelta(days=1)
    assert shown(page, 0, "booking_date") == f"{later.day}.{later.month}.{later.year}"
    keys.ctrl(K.Key_Z)
    assert shown(page, 0, "booking_date") == ""


def test_account_by_name_or_number_prefix_and_an_unknown_account_is_flagged(page, keys):
    page.view.go_to(0, "account")
    keys.type("ostov")
    editor = keys.focus
    assert editor.suggestions_visible()
    assert editor.suggestions.item(0).text() == "2871  Ostovelat"
    keys.tab()
    assert shown(page, 0, "account") == "2871 Ostovelat"
    page.view.go_to(0, "account")
    keys.type("170")
    assert keys.focus.suggestions.currentRow() == -1  # a typed number is never turned into another
    keys.press(K.Key_Down)
    keys.enter()
    assert shown(page, 0, "account") == "1701 Myyntisaamiset"
    page.view.go_to(0, "account")
    keys.type("9998")
    keys.tab()
    index = page.model.index(0, KEY_ORDER.index("account"))
    assert index.data() == "9998"
    assert index.data(Qt.ItemDataRole.BackgroundRole) == style.ERROR_BACKGROUND
    assert "not in this profile's chart" in index.data(Qt.ItemDataRole.ToolTipRole)
    page.issues.refresh()
    assert any(i.field == "account" and i.line == 1 for i in page.issues.model.issues)


def test_vat_code_follows_the_account_and_shows_the_rate_of_the_booking_date(page, keys):
    page.view.go_to(0, "booking_date")
    keys.cell("1.8.2024")
    keys.cell("3000")
    assert shown(page, 0, "vat_code").startswith("S") and "24" in shown(page, 0, "vat_code")
    page.view.go_to(0, "booking_date")
    keys.cell("2.9.2024")
    assert "25,5" in shown(page, 0, "vat_code")
    page.view.go_to(0, "vat_code")
    keys.press(K.Key_F2)
    assert keys.focus.suggestions_visible()  # the profile's codes, with their rates on that date
    labels = [keys.focus.suggestions.item(i).text() for i in range(keys.focus.suggestions.count())]
    assert any(label.startswith("P") for label in labels)
    keys.press(K.Key_Escape)


def test_line_keys_balance_copy_duplicate_insert_delete(page, keys):
    for text in ("12.12.2025", "1910", "sale", "100"):
        keys.cell(text)
    page.view.go_to(0, "cost_center")
    keys.cell("")  # Tab past the last cell: line 2
    keys.ctrl(K.Key_D)  # date from above
    assert shown(page, 1, "booking_date") == "12.12.2025"
    page.view.go_to(1, "account")
    keys.cell("1701")
    page.view.go_to(1, "credit")
    keys.press(K.Key_F9)  # balance
    assert shown(page, 1, "credit") == "100,00" and page.editor.totals.difference == 0
    keys.ctrl(K.Key_D, SHIFT)  # duplicate line 2
    assert page.editor.line_count == 3 and shown(page, 2, "account") == "1701 Myyntisaamiset"
    keys.ctrl(K.Key_Delete)
    assert page.editor.line_count == 2
    keys.ctrl(K.Key_Insert)  # a blank line above the current one
    assert page.editor.line_count == 3 and shown(page, 1, "account") == ""
    keys.ctrl(K.Key_Minus)
    assert page.editor.line_count == 2 and shown(page, 1, "account") == "1701 Myyntisaamiset"
    keys.ctrl(K.Key_B)  # already balanced: nothing to put
    assert page.editor.totals.difference == 0


def test_clicking_an_issue_or_choosing_it_with_enter_goes_to_its_cell(page, keys, qtbot):
    page.view.go_to(0, "account")
    keys.cell("1701")
    keys.cell("text")
    keys.cell("abc")  # an amount that cannot be read
    page.issues.refresh()
    issues = page.issues.model.issues
    row = next(i for i, x in enumerate(issues) if x.field == "debit")
    page.view.go_to(0, "project")
    rect = page.issues.table.visualRect(page.issues.model.index(row, 2))
    QTest.mouseClick(page.issues.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current(page) == (0, "debit")
    keys.ctrl(K.Key_I)
    assert keys.focus is page.issues.table
    page.issues.table.selectRow(row)
    keys.enter()
    assert current(page) == (0, "debit") and keys.focus is page.view


def test_header_counter_date_keys_and_undo(page, keys):
    header = page.header
    keys.press(K.Key_F6)
    assert keys.focus is header.fields["date"]
    start = page.editor.voucher().date
    keys.press(K.Key_Up)
    assert page.editor.voucher().date == start + timedelta(days=1)
    keys.press(K.Key_Down, times=2)
    assert page.editor.voucher().date == start - timedelta(days=1)
    header.fields["description"].setFocus()
    keys.type("x" * 12)
    assert "12 / 210" in header.counter.text()
    keys.enter()
    assert page.editor.header_text("description") == "x" * 12
    page.view.setFocus()
    keys.ctrl(K.Key_Z)
    assert page.editor.header_text("description") == ""
    keys.ctrl(K.Key_Y)
    assert page.editor.header_text("description") == "x" * 12
    assert "SANDBOX" in header.badge.text()


def test_a_refresh_waits_while_a_cell_is_being_typed_into(page, keys):
    from app.domain.issues import error

    page.view.go_to(0, "text")
    keys.type("half typed")
    page.show_server_issues([error("account", "Confirma refused it.", "confirma_rejected", 1)])
    assert page.model.server.all() == [] and keys.focus.text() == "half typed"
    keys.tab()
    assert shown(page, 0, "text") == "half typed"
    assert [x.message for x in page.model.server.all()] == ["Confirma refused it."]


def test_f1_lists_the_keys_and_docs_keyboard_md_lists_every_one(gui, keys, qtbot):
    keys.press(K.Key_F1)
    dialog = gui.window.help_dialog
    assert isinstance(dialog, KeyboardHelpDialog) and dialog.isVisible()
    dialog.close()
    doc = (REPO / "docs" / "keyboard.md").read_text(encoding="utf-8")
    missing = [k for key in KEYS for k in key.keys if f"`{k.replace('Return', 'Enter')}`" not in doc]
    assert missing == []


def test_paste_shortcut_inside_a_cell_editor_pastes_text_unless_it_is_rows(page, keys):
    QGuiApplication.clipboard().setText("plain words")
    page.view.go_to(0, "text")
    keys.press(K.Key_F2)
    keys.ctrl(K.Key_V)
    assert keys.focus.text() == "plain words"
    keys.press(K.Key_Escape)


def test_the_text_cell_suggests_texts_this_profile_posted_before(gui, page, keys):
    from app.store.charts import RecentUse

    RecentUse(gui.workspace.conn).record(page.profile_name, texts=["Office rent March", "Office supplies"])
    gui.workspace.forget_profile_data(page.profile_name)
    page.data = gui.workspace.profile_data(page.profile_name)  # as a new draft would read it
    page.view.go_to(0, "text")
    keys.type("offi")
    editor = keys.focus
    assert editor.suggestions_visible()
    shown_texts = {editor.suggestions.item(i).text() for i in range(editor.suggestions.count())}
    assert shown_texts == {"Office rent March", "Office supplies"}
    assert editor.suggestions.currentRow() == -1  # Enter keeps what was typed unless a suggestion is chosen
    keys.press(K.Key_Down)
    keys.enter()
    assert page.editor.display(0, "text") in shown_texts
