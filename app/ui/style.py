"""Colours and badges shared by the voucher window: one place, so VAT rows and problems look alike everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication

# Cell backgrounds: derived VAT rows are grey-blue and read-only; problems are tinted by severity.
VAT_ROW_BACKGROUND = QColor("#eef2f7")
VAT_ROW_FOREGROUND = QColor("#51606f")
ERROR_BACKGROUND = QColor("#fbe3e4")
WARNING_BACKGROUND = QColor("#fff4d6")
ERROR_TEXT = QColor("#b3261e")
OK_TEXT = QColor("#1e7b34")
WARNING_TEXT = QColor("#8a5a00")

# Environment badges: the sandbox must never be mistaken for a real ledger, nor production for a test.
BADGES = {
    "sandbox": ("SANDBOX — practice only, nothing reaches a real ledger", "#8a5a00", "#fff1c7"),
    "staging": ("STAGING — the vendor's test system", "#1d4f91", "#dde9fb"),
    "production": ("PRODUCTION — posts real entries", "#ffffff", "#b3261e"),
}


def badge_style(environment: str) -> tuple[str, str]:
    """(text, style sheet) of the badge for a profile's environment."""
    text, fg, bg = BADGES.get(environment, (environment.upper(), "#333333", "#eeeeee"))
    return text, (f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 8px; "
                  f"font-weight: 600; }}")


WINDOW_STYLE = """
QTableView { gridline-color: #d9dee5; selection-background-color: #cfe3ff; selection-color: #111; }
QHeaderView::section { background: #f4f6f9; border: 0; border-right: 1px solid #d9dee5;
                       border-bottom: 1px solid #d9dee5; padding: 3px 6px; font-weight: 600; }
QLabel#TotalsValue { font-weight: 600; }
QFrame#TotalsBar { background: #f7f8fa; border-top: 1px solid #d9dee5; }
QFrame#OutcomeBar[kind="ok"] { background: #e3f4e6; border: 1px solid #9fd3aa; }
QFrame#OutcomeBar[kind="error"] { background: #fbe3e4; border: 1px solid #eba6a9; }
QFrame#OutcomeBar[kind="info"] { background: #e8f0fc; border: 1px solid #a9c4ee; }
QFrame#OutcomeBar[kind="warning"] { background: #fff4d6; border: 1px solid #e9c976; }
"""


def open_dialog(dialog) -> None:
    """Open a window-modal dialog and give it the keyboard: with no window manager (a bare X server,
    offscreen) nothing else would, and a keyboard-first window must not leave keys going to the grid."""
    dialog.open()
    if QGuiApplication.platformName() != "offscreen":  # offscreen has no stacking order to change
        dialog.raise_()
    dialog.activateWindow()


def focus_back(widget) -> None:
    """After a dialog: the keyboard returns to `widget` (its window is re-activated; no window manager may)."""
    widget.window().activateWindow()
    widget.setFocus()
