"""Accessibility: names on every control, the grid through Qt's table interface, tab order, readable colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.editing import COLUMNS
from app.ui import palette, style
from app.ui.accessibility import focusable_controls, unnamed_controls

from ..keys import K
from ..test_typing_confirma import type_documented_voucher

KEY_ORDER = [c.key for c in COLUMNS]
_Role = QPalette.ColorRole


def described(widgets) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in widgets]


def assert_all_named(root) -> None:
    controls = focusable_controls(root)
    assert controls, f"nothing focusable in {root}"
    assert described(unnamed_controls(root)) == []


def test_every_control_of_the_main_window_has_an_accessible_name(gui, page):
    window = gui.window
    assert_all_named(window)
    names = {w.accessibleName() for w in focusable_controls(window)}
    assert {"Voucher lines", "Issues list", "Profile", "Date", "Number", "Description", "VAT"} <= names
    # Labels a screen reader reads out but which take no focus are named too.
    assert page.totals.debit.accessibleName() == "Total debit"
    assert page.totals.difference.accessibleName() == "Difference"
    assert window.outcome.text.accessibleName() == "Outcome message"


def test_every_dialog_names_its_controls(gui, page, keys, qtbot):
    window = gui.window
    for name, attribute in (("keyboard_help", "help_dialog"), ("about", "about_dialog")):
        window.trigger(name)
        dialog = getattr(window, attribute)
        qtbot.waitUntil(dialog.isVisible, timeout=3000)
        assert dialog.accessibleName()
        assert_all_named(dialog)
        dialog.close()
    QGuiApplication.clipboard().setText("12.12.2025\t1910\tbank\t124,00\n12.12.2025\t3000\tsales\t\t124,00\n")
    window.trigger("paste")
    assert_all_named(page.paste_dialog)
    page.paste_dialog.reject()
    qtbot.waitUntil(lambda: page.paste_dialog is None, timeout=3000)
    type_documented_voucher(page, keys)
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None, [x.message for x in page.editor.final_issues()]
    assert_all_named(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: page.submit_flow.dialog is None, timeout=3000)
    window.trigger("close_draft")  # a draft with lines: the discard question
    box = window.tabs.confirm_box
    assert box is not None and box.accessibleName() == "Discard draft"
    assert_all_named(box)
    box.reject()


def test_the_review_window_and_the_profiles_dialog_name_their_controls(gui, qtbot):
    window = gui.window
    window.trigger("review")
    review = window.review.window
    qtbot.waitUntil(review.isVisible, timeout=3000)
    assert_all_named(review)
    review.close()
    window.trigger("profiles")
    profiles = window.profiles_dialog
    qtbot.waitUntil(profiles.isVisible, timeout=3000)
    assert_all_named(profiles)
    profiles.close()
    gui.tasks.wait(5000)
    window.trigger("team_database")
    team = window.team_dialog
    qtbot.waitUntil(lambda: team.isVisible() and team.running == 0, timeout=10_000)
    assert team.accessibleName() == "Team database"
    assert_all_named(team)
    team.close()


def test_the_grid_reads_to_a_screen_reader_as_a_table(gui, page):
    model = page.model
    model.setData(model.index(0, KEY_ORDER.index("debit")), "2990")
    model.setData(model.index(0, KEY_ORDER.index("account")), "3000")  # sales: VAT code S and a VAT row
    table = QAccessible.queryAccessibleInterface(page.view)
    assert table.role() == QAccessible.Role.Table and table.text(QAccessible.Text.Name) == "Voucher lines"
    columns = len(COLUMNS) + 1  # with the row headers

    def cell(row: int, key: str):
        return table.child((row + 1) * columns + KEY_ORDER.index(key) + 1)

    headers = [table.child(1 + c).text(QAccessible.Text.Name) for c in range(len(COLUMNS))]
    assert headers == [c.header for c in COLUMNS]
    assert table.child(columns).role() == QAccessible.Role.RowHeader
    assert table.child(columns).text(QAccessible.Text.Name) == "Line 1"
    debit = cell(0, "debit")
    assert debit.role() == QAccessible.Role.Cell
    assert debit.text(QAccessible.Text.Name) == "Debit, line 1: 2 990,00 euro"
    assert page.editor.is_vat_row(1)  # the derived VAT row says what it is
    assert table.child(2 * columns).text(QAccessible.Text.Name) == "Derived VAT row of line 1"
    vat_row = cell(1, "debit")
    assert vat_row.text(QAccessible.Text.Name).startswith("Debit, VAT row of line 1: ")
    assert vat_row.text(QAccessible.Text.Name).endswith(" euro")
    assert "read-only" in vat_row.text(QAccessible.Text.Description)
    # A cell with a problem carries the problem, as its tint shows it.
    model.setData(model.index(0, KEY_ORDER.index("account")), "9999")
    account = cell(0, "account")
    assert account.text(QAccessible.Text.Name) == "Account, line 1: 9999"
    assert account.text(QAccessible.Text.Description).startswith("Error: ")
    assert "9999" in account.text(QAccessible.Text.Description)
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Date, line 1: empty"


def test_tab_order_runs_header_then_grid_then_issues(gui, page):
    header = page.header
    expected = [header.profile, *header.fields.values(), page.view, page.issues.table]
    chain, widget = [], header.profile
    for _ in range(200):
        if widget in expected and widget not in chain:
            chain.append(widget)
        if widget is page.issues.table:
            break
        widget = widget.nextInFocusChain()
    assert chain == expected


DARK = {_Role.Window: "#2b2b2b", _Role.Base: "#1e1e1e", _Role.AlternateBase: "#262626", _Role.Text: "#e6e6e6",
        _Role.WindowText: "#e6e6e6", _Role.Button: "#353535", _Role.ButtonText: "#e6e6e6",
        _Role.Highlight: "#2f65ca", _Role.HighlightedText: "#ffffff", _Role.PlaceholderText: "#8a8a8a"}
HIGH_CONTRAST = {_Role.Window: "#000000", _Role.Base: "#000000", _Role.Text: "#ffffff", _Role.WindowText: "#ffffff",
                 _Role.Highlight: "#1aebff", _Role.HighlightedText: "#000000", _Role.Button: "#000000",
                 _Role.ButtonText: "#ffffff"}


def palette_of(colours: dict) -> QPalette:
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    return result


@pytest.fixture
def restore_palette(qapp):
    yield
    style.use_palette(QApplication.palette())


@pytest.mark.parametrize("colours, ratio", [(DARK, palette.AA), (HIGH_CONTRAST, palette.AAA)], ids=["dark", "high"])
def test_a_dark_or_high_contrast_palette_keeps_vat_rows_and_problems_readable(qapp, restore_palette, colours, ratio):
    theme = palette_of(colours)
    tints = style.use_palette(theme)
    assert tints.dark and palette.is_dark(theme)
    text, base = theme.color(_Role.Text), theme.color(_Role.Base)
    assert palette.contrast_ratio(style.VAT_ROW_FOREGROUND, style.VAT_ROW_BACKGROUND) >= ratio
    for background in (style.VAT_ROW_BACKGROUND, style.ERROR_BACKGROUND, style.WARNING_BACKGROUND):
        assert palette.contrast_ratio(text, background) >= ratio  # the palette's text on a tinted cell
    for colour in (style.ERROR_TEXT, style.OK_TEXT, style.WARNING_TEXT, style.MUTED_TEXT):
        assert palette.contrast_ratio(colour, base) >= ratio
        assert palette.contrast_ratio(colour, tints["TOTALS_BACKGROUND"]) >= ratio
    assert palette.contrast_ratio(tints["SELECTION_TEXT"], tints["SELECTION_BACKGROUND"]) >= ratio
    # No light background of the designed look is left behind the palette's light text.
    for light in ("#f4f6f9", "#f7f8fa", "#eef2f7", "#cfe3ff", "#111111"):
        assert light not in style.WINDOW_STYLE


def test_the_designed_light_colours_pass_wcag_aa(qapp, restore_palette):
    light = palette_of({_Role.Window: "#efefef", _Role.Base: "#ffffff", _Role.Text: "#000000",
                        _Role.Highlight: "#308cc6", _Role.HighlightedText: "#ffffff"})
    tints = style.use_palette(light)
    assert not tints.dark and not tints.high_contrast
    assert style.VAT_ROW_BACKGROUND == QColor(palette.LIGHT["VAT_ROW_BACKGROUND"])
    assert style.VAT_ROW_FOREGROUND == QColor(palette.LIGHT["VAT_ROW_FOREGROUND"])  # already readable as designed
    assert palette.contrast_ratio(style.VAT_ROW_FOREGROUND, style.VAT_ROW_BACKGROUND) >= palette.AA
    assert palette.contrast_ratio(style.ERROR_TEXT, QColor("#ffffff")) >= palette.AA


def test_the_grid_paints_vat_rows_with_the_palette_tints(gui, page, restore_palette):
    model = page.model
    model.setData(model.index(0, KEY_ORDER.index("account")), "3000")
    model.setData(model.index(0, KEY_ORDER.index("credit")), "124")
    style.use_palette(palette_of(DARK))
    vat_cell = model.index(1, KEY_ORDER.index("credit"))
    background = vat_cell.data(Qt.ItemDataRole.BackgroundRole)
    foreground = vat_cell.data(Qt.ItemDataRole.ForegroundRole)
    assert background == style.VAT_ROW_BACKGROUND and background.lightness() < 90
    assert palette.contrast_ratio(foreground, background) >= palette.AA


def test_wcag_contrast_ratio_is_computed_as_specified():
    assert palette.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert palette.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


def test_a_palette_change_restyles_the_grid_totals_and_outcome_bar(gui, page, restore_palette):
    from app.ui.app import follow_palette
    app = QApplication.instance()
    styled = (page.view, page.totals, gui.window.outcome, page.issues.table)
    assert all(widget.styleSheet() == style.WINDOW_STYLE for widget in styled)
    assert not app.styleSheet()  # on the widgets that use it: an application-wide sheet slows every widget
    previous = app.palette()
    app.setPalette(palette_of(DARK))
    try:
        follow_palette(app)  # what the desktop's colour-scheme signal calls
        assert "#f4f6f9" not in style.WINDOW_STYLE  # the light header background is gone
        assert all(widget.styleSheet() == style.WINDOW_STYLE for widget in styled)
    finally:
        app.setPalette(previous)
        follow_palette(app)
