"""Issue 17: the template picker, the save-as-template dialog and the delete question, in en, fi, sv and de, at
their default size and at 1280×800: no text cut off, every field reachable by keyboard, no English left
(the same audit as test_window_audit.py; screenshots under artifacts/screenshots/audit/)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from app.domain.recurrence import Repeat, Schedule
from app.domain.voucher import Voucher, VoucherLine
from app.services.commands import templates

from ..conftest import running_gui
from ..keys import CTRL, SHIFT, K, Keyboard
from .test_window_audit import LOCALES, SIZES, auditor


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("language", sorted(LOCALES))
def test_the_template_dialogs_fit_are_reachable_and_speak_the_language(qapp, qtbot, confirma_profile, language,
                                                                         size):
    findings, check = auditor(qtbot, language, size, "templates-")
    keys = Keyboard(qtbot)
    with running_gui(qtbot) as gui:
        window = gui.window
        page = window.tabs.current_page()
        rent = Voucher(description="Office rent", lines=[VoucherLine(account="6300", debit=Decimal("1200.00")),
                                                         VoucherLine(account="1910", credit=Decimal("1200.00"))])
        templates.save_template(gui.workspace.conn, "Office rent", rent, page.profile_name,
                                schedule=Schedule(Repeat.QUARTERLY, gui.workspace.today().replace(year=2030), 31))
        page.view.go_to(0, "account")
        keys.type("6300")
        keys.tab()
        keys.press(K.Key_T, CTRL)
        picker = window.template_dialog
        qtbot.waitUntil(picker.isVisible, timeout=3000)
        check(picker, "picker")
        picker.delete_button.click()  # its Alt letter differs by language
        qtbot.waitUntil(lambda: picker.confirm_box is not None and picker.confirm_box.isVisible(), timeout=3000)
        check(picker.confirm_box, "delete-question")
        picker.confirm_box.reject()
        qtbot.waitUntil(lambda: picker.confirm_box is None, timeout=3000)
        picker.reject()
        qtbot.waitUntil(lambda: window.template_dialog is None, timeout=3000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        page.view.setFocus()
        keys.press(K.Key_T, CTRL | SHIFT)
        dialog = window.template_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        dialog.repeat.setCurrentIndex(1)  # the schedule's fields enabled, its note shown
        check(dialog, "save")
        dialog.reject()
    assert not findings, "\n" + "\n".join(findings)
