"""Every window and dialog, in en, fi, sv and de, at its default size and at 1280×800: no text cut off,
every tab reachable by keyboard, every menu entry with a key or an Alt letter, no English left in fi/sv/de.
Each surface is also saved as a screenshot under artifacts/screenshots/audit/ to be looked at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from app.domain.chart import parse_chart
from app.domain.targets import Target
from app.ui import style
from app.ui.profiles.chart_import import ChartImportDialog

from ..conftest import add_profile, running_gui
from ..keys import K, Keyboard
from ..layout_audit import audit
from ..test_typing_confirma import type_documented_voucher

LOCALES = {"en": "en_US", "fi": "fi_FI", "sv": "sv_FI", "de": "de_CH"}
SIZES = {"default": None, "1280x800": (1280, 800)}


def _sized(widget, size, qtbot):
    if size is not None:
        widget.window().resize(*size)
    qtbot.wait(30)
    return widget


def auditor(qtbot, language: str, size: str, prefix: str):
    """The window's language set for the test, and (findings, check): check(widget, name) audits a window or
    dialog at `size` and saves its screenshot as <language>-<size>-<prefix><name>.png."""
    QLocale.setDefault(QLocale(LOCALES[language]))
    findings: list[str] = []

    def check(widget, name):
        findings.extend(audit(_sized(widget, SIZES[size], qtbot), language, f"{language}-{size}-{prefix}{name}"))

    return findings, check


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_window_and_dialog_fits_is_reachable_and_speaks_the_language(
        qapp, qtbot, sandbox, confirma_profile, language, size):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    findings, check = auditor(qtbot, language, size, "")
    keys = Keyboard(qtbot)  # not the `keys` fixture: that starts a window of its own
    with running_gui(qtbot) as gui:
        window = gui.window
        page = window.tabs.current_page()
        check(window, "main-window")
        for name, attribute in (("keyboard_help", "help_dialog"), ("about", "about_dialog")):
            window.trigger(name)
            dialog = getattr(window, attribute)
            qtbot.waitUntil(dialog.isVisible, timeout=3000)
            check(dialog, name)
            dialog.close()
        QGuiApplication.clipboard().setText("12.12.2025\t1910\tbank\t124,00\n12.12.2025\t3000\tsales\t\t124,00\n")
        window.trigger("paste")
        check(page.paste_dialog, "paste-preview")
        page.paste_dialog.reject()
        qtbot.waitUntil(lambda: page.paste_dialog is None, timeout=3000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        page.view.setFocus()
        type_documented_voucher(page, keys)
        keys.ctrl(K.Key_Return)
        dialog = page.submit_flow.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        check(dialog, "confirma-preview")
        dialog.reject()
        qtbot.waitUntil(lambda: page.submit_flow.dialog is None, timeout=3000)
        check(window, "main-window-with-lines")
        post_and_review(gui, page, keys, qtbot, check)
        window.trigger("profiles")
        profiles = window.profiles_dialog
        qtbot.waitUntil(profiles.isVisible, timeout=3000)
        check(profiles, "profiles")
        chart = ChartImportDialog("Sandbox", "tilikartta.csv", parse_chart(
            "Tilinumero;Nimi;ALV\n1910;Pankkitili;\n3000;Myynti;S\n30x0;Virhe;\n".encode(), ["S"]), profiles)
        style.open_dialog(chart)  # as the profiles dialog opens it
        qtbot.waitExposed(chart)
        check(chart, "chart-import")
        chart.close()
        profiles.close()
        gui.tasks.wait(5000)
        window.trigger("team_database")  # Settings ▸ Team database… with its status read
        team = window.team_dialog
        qtbot.waitUntil(lambda: team.isVisible() and team.running == 0, timeout=10_000)
        check(team, "team-database")
        team.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        page = window.tabs.current_page()
        page.view.setFocus()
        keys.cell("1910")  # a draft with content: closing it asks first
        window.trigger("close_draft")
        box = window.tabs.confirm_box
        assert box is not None
        qtbot.waitUntil(box.isVisible, timeout=3000)
        check(box, "discard-draft")
        box.reject()
    assert not findings, "\n" + "\n".join(findings)


def post_and_review(gui, page, keys, qtbot, check) -> None:
    """Post the voucher on the page (Ctrl+Enter, Enter), then check the review with it selected."""
    window = gui.window
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    keys.enter()
    qtbot.waitUntil(lambda: window.outcome.kind in ("ok", "warning", "error"), timeout=15_000)
    check(window, "main-window-posted")
    window.trigger("review")
    review = window.review.window
    qtbot.waitUntil(lambda: review.isVisible() and review.model.rowCount() > 0, timeout=5000)
    review.table.selectRow(0)
    qtbot.waitUntil(lambda: review.detail.detail is not None, timeout=5000)
    check(review, "review")
    review.close()


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("language", sorted(LOCALES))
def test_the_infinity_preview_and_review_fit_and_speak_the_language(qapp, qtbot, sandbox, language, size):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    findings, check = auditor(qtbot, language, size, "infinity-")
    keys = Keyboard(qtbot)

    with running_gui(qtbot) as gui:
        window = gui.window
        page = window.tabs.current_page()
        page.view.setFocus()
        for text in ("", "1020", "Einnahme", "120.50"):
            keys.cell(text)
        page.view.go_to(page.editor.row_of(0), "cost_center")
        keys.cell("")
        for text in ("", "3400", "Einnahme", "", "120.50"):
            keys.cell(text)
        keys.ctrl(K.Key_Return)
        dialog = page.submit_flow.dialog
        assert dialog is not None, [x.message for x in page.editor.final_issues()]
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        check(dialog, "preview")
        dialog.reject()
        qtbot.waitUntil(lambda: page.submit_flow.dialog is None, timeout=3000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        page.view.setFocus()
        post_and_review(gui, page, keys, qtbot, check)
        gui.tasks.wait(5000)
    assert not findings, "\n" + "\n".join(findings)


def test_a_long_message_is_shortened_in_the_status_bar_never_cut_by_the_sandbox_label(qapp, qtbot, confirma_profile):
    """Issue 18: the welcome text ran under the sandbox label ("…to post it; nothi")."""
    with running_gui(qtbot) as gui:
        window = gui.window
        window.set_sandbox_status("Sandbox running at http://127.0.0.1:8765")
        words = "Welcome to LedgerDesk. This is the SANDBOX: practice bookkeeping on this computer. " * 3
        window.show_message("info", words)
        qtbot.wait(20)
        shown = window.statusBar().currentMessage()
        assert shown.endswith("…") and len(shown) < len(words)
        assert window.outcome.text.text() == words  # the whole text where the bookkeeper is looking
        from ..layout_audit import cut_texts
        assert [f for f in cut_texts(window) if "status bar" in f] == []
        assert window.outcome.icon.text() != "<b>…</b>"  # a note's mark is not an ellipsis


@pytest.mark.parametrize("language", ["fi", "de"])
def test_the_keyboard_help_wraps_its_descriptions_within_the_dialog(qapp, qtbot, confirma_profile, language):
    """Issue 18: under Xvfb the Finnish help's descriptions ran off the dialog's right edge (a scroll bar)."""
    QLocale.setDefault(QLocale(LOCALES[language]))
    with running_gui(qtbot) as gui:
        gui.window.trigger("keyboard_help")
        dialog = gui.window.help_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        qtbot.wait(50)
        table = dialog.table
        assert table.horizontalHeader().length() <= table.viewport().width() + 1
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            item = table.item(row, 2)
            rect = metrics.boundingRect(0, 0, table.columnWidth(2) - 8, 10_000, int(Qt.TextFlag.TextWordWrap),
                                        item.text())
            assert table.rowHeight(row) >= rect.height(), item.text()
        dialog.close()
