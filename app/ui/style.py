"""Colours and badges shared by the voucher window: one place, so VAT rows and problems look alike everywhere."""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from app.ui import header_fit
from app.ui import palette as _palette
from app.ui.accessibility import name_from_labels
from app.ui.i18n import QT_TRANSLATE_NOOP

# Cell backgrounds: derived VAT rows are grey-blue and read-only; problems are tinted by severity.
# These are the light look; use_palette() derives them from a dark or high-contrast palette (palette.py).
VAT_ROW_BACKGROUND = QColor("#eef2f7")
VAT_ROW_FOREGROUND = QColor("#51606f")
ERROR_BACKGROUND = QColor("#fbe3e4")
WARNING_BACKGROUND = QColor("#fff4d6")
ERROR_TEXT = QColor("#b3261e")
OK_TEXT = QColor("#1e7b34")
WARNING_TEXT = QColor("#8a5a00")
MUTED_TEXT = QColor("#5f6b7a")

# Environment badges: the sandbox must never be mistaken for a real ledger, nor production for a test.
BADGES = {
    "sandbox": (QT_TRANSLATE_NOOP("EnvironmentBadge", "SANDBOX — practice only, nothing reaches a real ledger"),
                "#8a5a00", "#fff1c7"),
    "staging": (QT_TRANSLATE_NOOP("EnvironmentBadge", "STAGING — the vendor's test system"), "#1d4f91", "#dde9fb"),
    "production": (QT_TRANSLATE_NOOP("EnvironmentBadge", "PRODUCTION — posts real entries"), "#ffffff", "#b3261e"),
}


def badge_style(environment: str) -> tuple[str, str]:
    """(text, style sheet) of the badge for a profile's environment."""
    text, fg, bg = BADGES.get(environment, (environment.upper(), "#333333", "#eeeeee"))
    return QCoreApplication.translate("EnvironmentBadge", text), (
        f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 8px; font-weight: 600; }}")



# Production is marked wherever a voucher can be sent to it (profile choosers, draft tabs, the profile
# list): the production badge's red, an icon, and a tooltip with the badge's words.
PRODUCTION_COLOUR = QColor(BADGES["production"][2])
_production_icon: QIcon | None = None


def production_icon() -> QIcon:
    """A small red "P" badge (drawn once, after the application exists)."""
    global _production_icon
    if _production_icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(PRODUCTION_COLOUR)
        painter.setPen(PRODUCTION_COLOUR)
        painter.drawRoundedRect(0, 0, 16, 16, 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), "P")
        painter.end()
        _production_icon = QIcon(pixmap)
    return _production_icon


def mark_profile_items(combo, profiles) -> None:
    """Mark the production profiles among a profile chooser's items (item text = profile name)."""
    for index in range(combo.count()):
        profile = profiles.get(combo.itemText(index))
        production = profile is not None and profile.is_production
        combo.setItemIcon(index, production_icon() if production else QIcon())
        combo.setItemData(index, PRODUCTION_COLOUR if production else None, Qt.ItemDataRole.ForegroundRole)
        combo.setItemData(index, badge_style("production")[0] if production else None, Qt.ItemDataRole.ToolTipRole)


def mark_profile_item(item, profile) -> None:
    """Mark a list item naming `profile` when it is a production profile."""
    if profile.is_production:
        item.setIcon(production_icon())
        item.setForeground(PRODUCTION_COLOUR)
        item.setToolTip(badge_style("production")[0])
        item.setText(QCoreApplication.translate("EnvironmentBadge", "{name} — PRODUCTION").format(name=profile.name))


def mark_tab(tabs, index: int, profile) -> None:
    """Mark a draft tab whose voucher would go to a production profile (and unmark it otherwise)."""
    production = profile.is_production
    tabs.setTabIcon(index, production_icon() if production else QIcon())
    tabs.tabBar().setTabTextColor(index, PRODUCTION_COLOUR if production else QColor())
    tabs.setTabToolTip(index, badge_style("production")[0] if production else "")

# $NAMES are palette.py's colours (the light ones unless use_palette() was given another palette).
WINDOW_STYLE_TEMPLATE = Template("""
QTableView { gridline-color: $GRID_LINE; selection-background-color: $SELECTION_BACKGROUND;
             selection-color: $SELECTION_TEXT; }
QHeaderView::section { background: $HEADER_BACKGROUND; border: 0; border-right: 1px solid $GRID_LINE;
                       border-bottom: 1px solid $GRID_LINE; padding: 3px 6px; font-weight: 600; }
QLabel#TotalsValue { font-weight: 600; }
QFrame#TotalsBar { background: $TOTALS_BACKGROUND; border-top: 1px solid $GRID_LINE; }
QFrame#OutcomeBar[kind="ok"] { background: $OK_PANEL; border: 1px solid $OK_BORDER; }
QFrame#OutcomeBar[kind="error"] { background: $ERROR_PANEL; border: 1px solid $ERROR_BORDER; }
QFrame#OutcomeBar[kind="info"] { background: $INFO_PANEL; border: 1px solid $INFO_BORDER; }
QFrame#OutcomeBar[kind="warning"] { background: $WARNING_PANEL; border: 1px solid $WARNING_BORDER; }
""")
WINDOW_STYLE = WINDOW_STYLE_TEMPLATE.substitute({name: QColor(value).name() for name, value in _palette.LIGHT.items()})


_STYLED = "ledgerdesk_window_style"  # the property that marks a widget given WINDOW_STYLE


def apply_window_style(widget) -> None:
    """Give `widget` and its children WINDOW_STYLE (grid lines, table headers, totals, outcome bar).

    It is set on the widgets that use it (the grids, the totals and outcome bars, each dialog and the review
    window), not on the application: an application-wide style sheet sends every widget through Qt's
    style-sheet style, about 9 ms of every start (docs/performance.md). restyle() re-applies it."""
    widget.setProperty(_STYLED, True)
    widget.setStyleSheet(WINDOW_STYLE)
    header_fit.watch(widget)  # the padded, bold captions this style gives must never be cut


def restyle(widgets) -> None:
    """After use_palette(): the new WINDOW_STYLE on each of `widgets` that apply_window_style() styled."""
    for widget in widgets:
        if widget.property(_STYLED):
            widget.setStyleSheet(WINDOW_STYLE)


def use_palette(palette: QPalette) -> _palette.Tints:
    """Derive the colours above and WINDOW_STYLE from `palette` (dark and high-contrast palettes stay readable)."""
    global VAT_ROW_BACKGROUND, VAT_ROW_FOREGROUND, ERROR_BACKGROUND, WARNING_BACKGROUND, ERROR_TEXT, OK_TEXT
    global WARNING_TEXT, MUTED_TEXT, WINDOW_STYLE
    tints = _palette.tints(palette)
    VAT_ROW_BACKGROUND, VAT_ROW_FOREGROUND = tints["VAT_ROW_BACKGROUND"], tints["VAT_ROW_FOREGROUND"]
    ERROR_BACKGROUND, WARNING_BACKGROUND = tints["ERROR_BACKGROUND"], tints["WARNING_BACKGROUND"]
    ERROR_TEXT, OK_TEXT, WARNING_TEXT, MUTED_TEXT = (tints["ERROR_TEXT"], tints["OK_TEXT"], tints["WARNING_TEXT"],
                                                     tints["MUTED_TEXT"])
    WINDOW_STYLE = WINDOW_STYLE_TEMPLATE.substitute({name: colour.name() for name, colour in tints.colours.items()})
    return tints


def open_dialog(dialog) -> None:
    """Open a window-modal dialog and give it the keyboard: with no window manager (a bare X server,
    offscreen) nothing else would, and a keyboard-first window must not leave keys going to the grid."""
    name_from_labels(dialog)  # OK, Cancel and labelled fields are named as they read, for screen readers
    apply_window_style(dialog)
    dialog.open()
    if QGuiApplication.platformName() != "offscreen":  # offscreen has no stacking order to change
        dialog.raise_()
    dialog.activateWindow()


def focus_back(widget) -> None:
    """After a dialog: the keyboard returns to `widget` (its window is re-activated; no window manager may)."""
    widget.window().activateWindow()
    widget.setFocus()
