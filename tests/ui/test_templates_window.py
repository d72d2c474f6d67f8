"""Issue 17, templates and recurring vouchers in the window, driven by the keyboard: Ctrl+Shift+T saves the
draft as a template, Ctrl+T starts a draft from one (type to find it, Enter), and at start the recurring
vouchers that fell due are open as drafts with one line saying how many — never sent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.recurrence import Repeat, Schedule
from app.domain.voucher import Voucher, VoucherLine
from app.services.commands import templates
from app.services.session import open_store
from app.ui.template_dialogs import SaveTemplateDialog, TemplatePicker

from .conftest import running_gui
from .keys import CTRL, SHIFT, K

ALT = Qt.KeyboardModifier.AltModifier


def type_cells(keys, text: str) -> None:
    for part in text.split("\t")[:-1]:
        keys.type(part)
        keys.tab()


def type_rent(page, keys) -> None:
    page.view.go_to(0, "account")
    type_cells(keys, "6300\tOffice rent\t1200\t")
    while page.editor.line_count < 2:  # Tab on past the last cell: a new line opens
        keys.tab()
    page.view.go_to(page.editor.row_of(1), "account")
    type_cells(keys, "1910\tOffice rent\t\t1200\t")


def test_ctrl_shift_t_saves_the_draft_as_a_template_leaving_the_amounts_to_type(gui, page, keys, qtbot):
    window = gui.window
    type_rent(page, keys)
    assert page.editor.voucher().lines[1].credit == Decimal("1200")
    keys.press(K.Key_T, CTRL | SHIFT)
    dialog = window.template_dialog
    assert isinstance(dialog, SaveTemplateDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    keys.type("Monthly rent")
    keys.press(K.Key_A, ALT)  # "&Amounts are typed for each voucher" (a mnemonic clicks it after a moment)
    qtbot.waitUntil(dialog.blank_amounts.isChecked)
    assert not dialog.blank_date.isChecked()
    keys.press(K.Key_N, ALT)  # back to the name: Enter saves from there
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.template_dialog is None)
    assert window.outcome.text.text() == "Saved the template Monthly rent."
    [info] = templates.list_templates(gui.workspace.conn, date.today())
    assert (info.name, info.lines, info.blank_amounts, info.schedule) == ("Monthly rent", 2, True, None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)


def test_ctrl_t_finds_a_template_by_typing_and_enter_opens_it_as_a_numbered_draft(gui, page, keys, qtbot):
    window = gui.window
    conn = gui.workspace.conn
    rent = Voucher(description="Office rent", lines=[VoucherLine(account="6300", debit=Decimal("1200.00")),
                                                     VoucherLine(account="1910", credit=Decimal("1200.00"))])
    templates.save_template(conn, "Monthly rent", rent, page.profile_name, blank_amounts=True)
    templates.save_template(conn, "Depreciation", rent, page.profile_name)
    before = window.tabs.count()
    keys.press(K.Key_T, CTRL)
    picker = window.template_dialog
    assert isinstance(picker, TemplatePicker)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)
    assert picker.chosen() == "Depreciation"  # by name: the first
    keys.type("rent")  # both are office rent: the first of them stays chosen
    assert picker.chosen() == "Depreciation"
    keys.type(" mon")
    assert picker.chosen() == "Monthly rent"
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == before + 1)
    new = window.tabs.current_page()
    voucher = new.editor.voucher()
    assert [(x.account, x.debit, x.credit) for x in voucher.lines if not x.is_blank()] == [("6300", None, None),
                                                                                          ("1910", None, None)]
    assert voucher.description == "Office rent" and voucher.date == date.today()
    assert voucher.number == str(int(page.editor.header_text("number")) + 1)  # numbered as Ctrl+N numbers
    assert window.outcome.text.text() == "New draft from the template Monthly rent. Type its amounts."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is new.view)


def test_ctrl_t_with_a_filter_that_finds_nothing_opens_nothing_and_esc_goes_back(gui, page, keys, qtbot):
    window = gui.window
    templates.save_template(gui.workspace.conn, "Rent", Voucher(lines=[VoucherLine(account="6300")]),
                            page.profile_name)
    keys.press(K.Key_T, CTRL)
    picker = window.template_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)
    keys.type("zzz")
    assert picker.chosen() is None and not picker.open_button.isEnabled()
    keys.press(K.Key_Return)
    assert picker.isVisible()  # Enter with nothing chosen does not close it
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: window.template_dialog is None)
    assert window.tabs.count() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)


def test_recurring_vouchers_that_fell_due_are_open_as_drafts_at_start_and_never_sent(qapp, qtbot, confirma_profile):
    today = date.today()
    first = date(today.year - 1 if today.month <= 2 else today.year, (today.month - 3) % 12 + 1, 1)
    conn = open_store()
    try:
        rent = Voucher(description="Office rent", lines=[VoucherLine(account="6300", debit=Decimal("1200.00")),
                                                         VoucherLine(account="1910", credit=Decimal("1200.00"))])
        templates.save_template(conn, "Rent", rent, confirma_profile.name,
                                schedule=Schedule(Repeat.MONTHLY, first, 1))  # the 1st, two months back: 3 due
    finally:
        conn.close()
    with running_gui(qtbot) as gui:
        window = gui.window
        assert window.outcome.text.text() == "3 recurring vouchers are due: they are open as drafts, not sent."
        descriptions = [p.editor.voucher().description for p in window.tabs.pages()]
        assert descriptions.count("Office rent") == 3
        shown_dates = sorted(p.editor.header_text("date") for p in window.tabs.pages())
        assert f"1.{today.month}.{today.year}" in shown_dates  # the grid's date format
        assert gui.workspace.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
    with running_gui(qtbot) as gui:  # the next start: the same drafts, none made again, nothing said
        assert len(gui.window.tabs.pages()) == 3
        assert "recurring" not in gui.window.outcome.text.text()


def test_the_file_menu_has_both_entries_with_their_keys(gui):
    actions = gui.window.actions_by_name
    assert actions["new_from_template"].shortcut().toString() == "Ctrl+T"
    assert actions["save_as_template"].shortcut().toString() == "Ctrl+Shift+T"


def test_a_recurring_template_saved_with_a_start_in_the_past_opens_its_due_periods_at_once(gui, page, keys, qtbot):
    window = gui.window
    today = date.today()
    start = date(today.year - 1 if today.month == 1 else today.year, (today.month - 2) % 12 + 1, 1)  # last month
    type_rent(page, keys)
    keys.press(K.Key_T, CTRL | SHIFT)
    dialog = window.template_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    keys.type("Rent")
    keys.press(K.Key_R, ALT)  # &Recurring
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.repeat)
    keys.press(K.Key_Down)  # Monthly
    keys.press(K.Key_Y, ALT)  # Da&y of the month
    qtbot.waitUntil(lambda: dialog.day.hasFocus())
    keys.press(K.Key_A, CTRL)
    keys.type("1")
    keys.press(K.Key_F, ALT)  # &First due on or after
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.start)
    keys.press(K.Key_A, CTRL)
    keys.type(f"1.{start.month}.{start.year}")  # as a date cell takes it
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.template_dialog is None)
    assert window.tabs.count() == 3  # the typed draft, and last month's and this month's rent
    assert window.outcome.text.text().endswith("2 recurring vouchers are due: they are open as drafts, not sent.")
    assert f"monthly on day 1 from 1.{start.month}.{start.year}" in window.outcome.text.text()
    assert sorted(p.editor.voucher().date for p in window.tabs.pages())[:2] == [start, date(today.year, today.month, 1)]
    assert templates.make_due_drafts(gui.workspace.conn, today).made == []  # the next start makes none again


def test_a_draft_from_a_template_that_leaves_the_amounts_takes_the_first_typed_amount_in_its_debit(gui, page, keys,
                                                                                                    qtbot):
    window = gui.window
    rent = Voucher(lines=[VoucherLine(account="6300", text="Office rent"), VoucherLine(account="1910")])
    templates.save_template(gui.workspace.conn, "Rent", rent, page.profile_name, blank_amounts=True)
    keys.press(K.Key_T, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.template_dialog.filter)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 2)
    new = window.tabs.current_page()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is new.view)
    keys.type("1200")  # "Type its amounts.": the cursor is where they go, not on the line's date
    keys.tab()
    voucher = new.editor.voucher()
    assert voucher.lines[0].debit == Decimal("1200") and voucher.lines[0].booking_date is None
    assert not [x for x in new.all_issues() if x.field == "booking_date"]


def test_a_draft_from_a_template_that_leaves_the_date_takes_the_typed_date_in_its_header(gui, page, keys, qtbot):
    window = gui.window
    rent = Voucher(lines=[VoucherLine(account="6300", debit=Decimal("10.00")),
                          VoucherLine(account="1910", credit=Decimal("10.00"))])
    templates.save_template(gui.workspace.conn, "Rent", rent, page.profile_name, blank_date=True)
    keys.press(K.Key_T, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.template_dialog.filter)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 2)
    new = window.tabs.current_page()
    assert new.editor.voucher().date is None and window.outcome.text.text().endswith("Type its date.")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is new.header.fields["date"])
    keys.type("3.2.2026")
    keys.press(K.Key_Return)
    assert new.editor.voucher().date == date(2026, 2, 3)


def test_a_store_that_refuses_the_recurring_drafts_still_opens_the_window_and_says_so(qapp, qtbot, confirma_profile):
    today = date.today()
    conn = open_store()
    try:
        templates.save_template(conn, "Rent", Voucher(lines=[VoucherLine(account="6300")]), confirma_profile.name,
                                schedule=Schedule(Repeat.MONTHLY, date(today.year, today.month, 1), 1))
        conn.execute("DROP TABLE recurring_drafts")  # a damaged database: the claim cannot be written
    finally:
        conn.close()
    with running_gui(qtbot) as gui:
        window = gui.window
        assert window.outcome.kind == "error"
        assert window.outcome.text.text() == ("Recurring vouchers could not be made into drafts; the log has the "
                                              "details (Help ▸ Diagnostics).")
        assert window.tabs.count() == 1 and window.tabs.current_page().is_blank()  # a new draft, as always
