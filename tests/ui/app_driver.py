"""LedgerDesk in a child process, for what a test cannot do in its own: be killed, or face a real X server.

    python -m tests.ui.app_driver type-and-wait     # type two drafts with key events, print TYPED, run on
    python -m tests.ui.app_driver type-unreadable   # type a line whose amount cannot be read; print
                                                      # COMMITTED and the monotonic time of its commit, run on
    python -m tests.ui.app_driver type-mid-edit     # type into a cell and leave its editor open; print TYPING
    python -m tests.ui.app_driver show SHOT_DIR     # show the window; when SHOT_DIR/take appears, screenshot
                                                      # the X screen to SHOT_DIR/main-window.png, write
                                                      # SHOT_DIR/state.json (the grid as shown) and quit
    python -m tests.ui.app_driver shots SHOT_DIR    # show the window; for each SHOT_DIR/take-NAME that appears,
                                                      # screenshot to NAME.png and describe what is shown in
                                                      # NAME.json; quit when SHOT_DIR/quit appears

The data folder is $LEDGERDESK_HOME, prepared by the test. Qt's platform comes from the environment.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.editing import COLUMNS
from app.ui.app import LedgerDeskGui, application
from tests.ui.keys import CTRL, K


def wait_until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {condition}")
        QApplication.processEvents()
        time.sleep(0.01)


def focused():
    return QApplication.focusWidget()


def type_keys(text: str) -> None:
    for ch in text:
        if ch == "\t":
            QTest.keyClick(focused(), K.Key_Tab)
        else:
            QTest.keyClick(focused(), ch)


def type_and_wait(gui: LedgerDeskGui) -> None:
    """Two drafts typed with key events; then the process runs on until it is killed."""
    window = gui.window
    wait_until(lambda: window.isActiveWindow() and focused() is not None)
    type_keys("12.12.2025\t1910\tFirst draft\t150,00\t")
    QTest.keyClick(focused(), K.Key_N, CTRL)  # a second draft in a new tab
    wait_until(lambda: window.tabs.count() == 2 and focused() is window.tabs.current_page().view)
    type_keys("13.12.2025\t3000\tSecond draft\t\t99,90\t")
    print("TYPED", flush=True)


def type_unreadable(gui: LedgerDeskGui) -> None:
    """A line with an amount that cannot be read, committed by Tab; then the process runs on until killed."""
    window = gui.window
    wait_until(lambda: window.isActiveWindow() and focused() is not None)
    type_keys("t\t1910\tRent deposit\t12,3,4")
    QTest.keyClick(focused(), K.Key_Tab)  # the commit: from here the autosave delay runs
    print(f"COMMITTED {time.monotonic()!r}", flush=True)


def type_mid_edit(gui: LedgerDeskGui) -> None:
    """Text typed into a cell whose editor stays open (nothing committed); then run on until told to stop."""
    window = gui.window
    wait_until(lambda: window.isActiveWindow() and focused() is not None)
    type_keys("t\t1910\tHalf typed")
    print("TYPING", flush=True)


def show_for_screenshot(gui: LedgerDeskGui, shots: Path) -> None:
    """Put the cursor on a fresh line at the end and wait for the test's xdotool typing and its signal."""
    window = gui.window
    page = window.tabs.current_page()
    page.append_line()
    page.view.go_to(page.editor.row_of(page.editor.line_count - 1), COLUMNS[0].key)
    print("READY", flush=True)

    def check() -> None:
        if not (shots / "take").exists():
            return
        timer.stop()  # once: a later tick would grab the screen after the window is gone
        page.issues.refresh()
        QApplication.processEvents()
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(shots / "main-window.png"))  # what the X server shows, not a render
        model = page.model
        cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        (shots / "state.json").write_text(json.dumps({"cells": cells, "title": window.windowTitle(),
                                                      "platform": QGuiApplication.platformName()}),
                                          encoding="utf-8")
        window.close()
    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(100)


def describe_screen(gui: LedgerDeskGui) -> dict:
    """What the bookkeeper sees, in words: the outcome bar, open dialogs' texts, the review list's states."""
    from PySide6.QtWidgets import QDialog, QLabel

    window = gui.window
    dialogs = [{"title": w.windowTitle(), "texts": [label.text() for label in w.findChildren(QLabel)
                                                    if label.isVisible() and label.text()]}
               for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    review = getattr(window.review, "window", None)
    states = []
    if review is not None and review.isVisible():
        from app.ui.review.model import COLUMN_KEYS
        column = COLUMN_KEYS.index("state")
        states = [review.model.index(r, column).data() for r in range(review.model.rowCount())]
    page = window.tabs.current_page()
    documents = {}
    if page is not None:  # the draft's source documents: the list as shown and where the preview is on screen
        pane = page.attachments
        corner = pane.preview.mapToGlobal(pane.preview.rect().topLeft())
        documents = {"items": [pane.list.item(r).text() for r in range(pane.list.count())],
                     "current": pane.list.currentRow(), "title": pane.title.text(),
                     "focus": QApplication.focusWidget() is pane.list,
                     "preview": [corner.x(), corner.y(), pane.preview.width(), pane.preview.height()]}
    return {"outcome_kind": window.outcome.kind, "outcome_text": window.outcome.text.text(), "dialogs": dialogs,
            "review_states": states, "platform": QGuiApplication.platformName(), "documents": documents}


def shots(gui: LedgerDeskGui, folder: Path) -> None:
    """Screenshots and descriptions on request (SHOT_DIR/take-NAME), while xdotool drives the keyboard."""
    print("READY", flush=True)

    def check() -> None:
        for request in sorted(folder.glob("take-*")):
            name = request.name.removeprefix("take-")
            QApplication.processEvents()
            QGuiApplication.primaryScreen().grabWindow(0).save(str(folder / f"{name}.png"))
            (folder / f"{name}.json").write_text(json.dumps(describe_screen(gui)), encoding="utf-8")
            request.unlink()
        if (folder / "quit").exists():
            timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            gui.window.close()
            QApplication.quit()
    timer = QTimer(gui.window)
    timer.timeout.connect(check)
    timer.start(100)


def main(argv: list[str]) -> int:
    app = application()
    gui = LedgerDeskGui(start_sandbox=False)
    gui.window.show()
    gui.window.activateWindow()
    if argv[0] == "type-and-wait":
        type_and_wait(gui)
    elif argv[0] == "type-unreadable":
        type_unreadable(gui)
    elif argv[0] == "type-mid-edit":
        type_mid_edit(gui)
    elif argv[0] == "show":
        show_for_screenshot(gui, Path(argv[1]))
    elif argv[0] == "shots":
        shots(gui, Path(argv[1]))
    code = app.exec()
    gui.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
