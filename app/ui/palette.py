"""The window's tints, derived from the system palette so they stay readable when it is dark or high contrast.

A light palette keeps LedgerDesk's designed colours. A dark one gets the same hues mixed into its own
base colour; a high-contrast one (asked for by the system, or text already at 15:1 on its base) keeps
the palette's own text and only faint tints. Every text colour is then checked against the background
it is drawn on and pushed towards black or white until it reaches WCAG's 4.5:1 (7:1 in high contrast).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA = 4.5  # WCAG 2 AA for normal text
AAA = 7.0

_Role = QPalette.ColorRole
# The designed light look (what style.py has always shown), and the hues its dark variants are mixed from.
LIGHT = {
    "VAT_ROW_BACKGROUND": "#eef2f7", "VAT_ROW_FOREGROUND": "#51606f", "ERROR_BACKGROUND": "#fbe3e4",
    "WARNING_BACKGROUND": "#fff4d6", "ERROR_TEXT": "#b3261e", "OK_TEXT": "#1e7b34", "WARNING_TEXT": "#8a5a00",
    "MUTED_TEXT": "#5f6b7a", "GRID_LINE": "#d9dee5", "SELECTION_BACKGROUND": "#cfe3ff", "HEADER_BACKGROUND": "#f4f6f9",
    "TOTALS_BACKGROUND": "#f7f8fa", "OK_PANEL": "#e3f4e6", "OK_BORDER": "#9fd3aa", "ERROR_PANEL": "#fbe3e4",
    "ERROR_BORDER": "#eba6a9", "INFO_PANEL": "#e8f0fc", "INFO_BORDER": "#a9c4ee", "WARNING_PANEL": "#fff4d6",
    "WARNING_BORDER": "#e9c976", "SELECTION_TEXT": "#111111",
}
HUES = {"vat": "#8fa6c4", "error": "#e5484d", "warning": "#f2b705", "ok": "#3fb56a", "info": "#5b8def"}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black … 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor | str, b: QColor | str, amount: float) -> QColor:
    """`amount` of b over a (0: a, 1: b)."""
    a, b = QColor(a), QColor(b)
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in zip((a.redF(), a.greenF(), a.blueF()),
                                                                (b.redF(), b.greenF(), b.blueF()), strict=True)))


def readable(text: QColor | str, background: QColor, ratio: float = AA) -> QColor:
    """`text`, moved towards black or white (whichever the background is further from) until it reaches `ratio`."""
    text = QColor(text)
    extreme = QColor("#000000") if relative_luminance(background) > 0.18 else QColor("#ffffff")
    step = 0.0
    while contrast_ratio(text, background) < ratio and step < 1.0:
        step = min(1.0, step + 0.05)
        text = mix(text, extreme, step)
    return text


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its base (where cells are drawn) is darker than its text."""
    return palette.color(_Role.Base).lightness() < palette.color(_Role.Text).lightness()


def is_high_contrast(palette: QPalette) -> bool:
    """The system asks for high contrast, or the palette's text already stands at 15:1 or more on a pure base."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() is not None else None
    if hints is not None and hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    base, text = palette.color(_Role.Base), palette.color(_Role.Text)
    pure = base.name() in ("#000000", "#ffffff")
    return pure and contrast_ratio(base, text) >= 15 and palette.color(_Role.Window).name() == base.name()


@dataclass(frozen=True)
class Tints:
    """The named colours of style.py for one palette."""

    colours: dict[str, QColor]
    dark: bool
    high_contrast: bool

    def __getitem__(self, name: str) -> QColor:
        return self.colours[name]


def tints(palette: QPalette) -> Tints:
    """style.py's colours for `palette`: the designed ones on a light palette, mixed from its base otherwise."""
    dark, high = is_dark(palette), is_high_contrast(palette)
    base, text, window = palette.color(_Role.Base), palette.color(_Role.Text), palette.color(_Role.Window)
    if not dark and not high:
        colours = {name: QColor(value) for name, value in LIGHT.items()}
    else:
        tint = 0.12 if high else 0.22  # high contrast: the palette's own colours, barely tinted
        colours = {
            "VAT_ROW_BACKGROUND": mix(base, HUES["vat"], tint),
            "ERROR_BACKGROUND": mix(base, HUES["error"], tint + 0.06),
            "WARNING_BACKGROUND": mix(base, HUES["warning"], tint),
            "GRID_LINE": mix(base, text, 0.5 if high else 0.22),
            "SELECTION_BACKGROUND": palette.color(_Role.Highlight),
            "SELECTION_TEXT": palette.color(_Role.HighlightedText),
            "HEADER_BACKGROUND": mix(window, text, 0.06 if not high else 0.0),
            "TOTALS_BACKGROUND": mix(window, text, 0.04 if not high else 0.0),
        }
        for kind in ("ok", "error", "info", "warning"):
            colours[f"{kind.upper()}_PANEL"] = mix(window, HUES[kind], tint)
            colours[f"{kind.upper()}_BORDER"] = mix(window, HUES[kind], 0.8 if high else 0.5)
        colours["VAT_ROW_FOREGROUND"] = text if high else mix(text, base, 0.3)
        colours["MUTED_TEXT"] = text if high else mix(text, window, 0.3)
        colours["ERROR_TEXT"] = QColor("#ff8a80")
        colours["OK_TEXT"] = QColor("#7fdc9b")
        colours["WARNING_TEXT"] = QColor("#ffd27a")
        if not dark:  # a light high-contrast palette: the designed text colours, darkened where needed
            for name in ("ERROR_TEXT", "OK_TEXT", "WARNING_TEXT"):
                colours[name] = QColor(LIGHT[name])
    ratio = AAA if high else AA
    # Each text colour must read on every background it is drawn on.
    colours["VAT_ROW_FOREGROUND"] = readable(colours["VAT_ROW_FOREGROUND"], colours["VAT_ROW_BACKGROUND"], ratio)
    colours["SELECTION_TEXT"] = readable(colours["SELECTION_TEXT"], colours["SELECTION_BACKGROUND"], ratio)
    for name in ("ERROR_TEXT", "OK_TEXT", "WARNING_TEXT", "MUTED_TEXT"):
        for background in (base, window, colours["TOTALS_BACKGROUND"]):
            colours[name] = readable(colours[name], background, ratio)
    # The palette's own text is drawn on the tinted cells: tints that dim it too much are pulled back.
    for name in ("VAT_ROW_BACKGROUND", "ERROR_BACKGROUND", "WARNING_BACKGROUND"):
        while contrast_ratio(text, colours[name]) < ratio and colours[name] != base:
            colours[name] = mix(colours[name], base, 0.25)
            if contrast_ratio(colours[name], base) < 1.02:
                colours[name] = QColor(base)
    return Tints(colours, dark, high)
