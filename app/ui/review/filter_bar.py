"""The review list's filters: date range, profile, states, account, amount range, free text and, once colleagues
share the list (a team database), who posted.

Each field reports every edit at once (`edited`); the window decides when to run the query
(debounced) and when to save the filter (after a pause, and on close). A field that cannot be read
is tinted and left out of the filter, so a half-typed date never empties the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from app.domain.money import AmountError, format_amount, parse_amount
from app.editing.cells import DateError, parse_date_cell
from app.store.review_filter import REVIEW_STATES, ReviewFilter
from app.ui import style
from app.ui.review.states import state_colours, state_label


class FilterBar(QWidget):
    """The filter fields above the list; `current()` is the ReviewFilter they describe."""

    edited = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReviewFilterBar")
        self._today = today
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        self.date_from = self._line("FilterDateFrom", self.tr("from, e.g. 1.11.2025"), 110)
        self.date_to = self._line("FilterDateTo", self.tr("to"), 110)
        self.profile = QComboBox()
        self.profile.setObjectName("FilterProfile")
        self.profile.setMinimumWidth(160)
        self.profile.currentIndexChanged.connect(self._changed)
        self.who = QComboBox()
        self.who.setObjectName("FilterWho")
        self.who.setMinimumWidth(160)
        self.who.currentIndexChanged.connect(self._changed)
        self.account = self._line("FilterAccount", self.tr("e.g. 1910"), 80)
        self.amount_min = self._line("FilterAmountMin", self.tr("min"), 90)
        self.amount_max = self._line("FilterAmountMax", self.tr("max"), 90)
        self.text = self._line("FilterText", self.tr("words of the number, description or line texts"), None)
        self.text.setClearButtonEnabled(True)
        self.states: dict[str, QToolButton] = {}
        chips = QHBoxLayout()
        chips.setSpacing(3)
        for state in REVIEW_STATES:
            chip = QToolButton()
            chip.setObjectName(f"FilterState_{state}")
            chip.setText(state_label(state))
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            fg, bg = state_colours(state)
            chip.setStyleSheet(f"QToolButton:checked {{ color: {fg.name()}; background: {bg.name()}; "
                               f"font-weight: 600; }}")
            chip.toggled.connect(self._changed)
            chips.addWidget(chip)
            self.states[state] = chip
        chips.addStretch(1)
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.setObjectName("FilterClear")
        self.clear_button.clicked.connect(self.clear)
        self._label(grid, self.tr("&From"), self.date_from, 0, 0)
        self._label(grid, self.tr("T&o"), self.date_to, 0, 2)
        self._label(grid, self.tr("&Profile"), self.profile, 0, 4)
        self._label(grid, self.tr("Acco&unt"), self.account, 0, 6)
        self._label(grid, self.tr("A&mount"), self.amount_min, 0, 8)
        grid.addWidget(self.amount_max, 0, 10)
        self._label(grid, self.tr("&Search"), self.text, 1, 0, span=5)
        self.who_label = self._label(grid, self.tr("Posted b&y"), self.who, 1, 6, span=4)
        self.set_who([])
        states_label = QLabel(self.tr("St&ate"))
        states_label.setBuddy(self.states[REVIEW_STATES[0]])
        # The states on a row of their own: ten chips beside the search field made the window wider than a
        # 1280-pixel screen.
        grid.addWidget(states_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(chips, 2, 1, 1, 11)
        grid.addWidget(self.clear_button, 1, 11)
        grid.setColumnStretch(12, 1)

    def _line(self, name: str, placeholder: str, width: int | None) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setFixedWidth(width)
        edit.textChanged.connect(self._changed)
        return edit

    @staticmethod
    def _label(grid: QGridLayout, text: str, buddy: QWidget, row: int, col: int, span: int = 1) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(buddy, row, col + 1, 1, span)
        return label

    def set_profiles(self, names: Iterable[str]) -> None:
        """The profile choices: every profile that has submitted something, and the configured ones."""
        current = self.profile.currentData() or ""
        self._loading = True
        self.profile.clear()
        self.profile.addItem(self.tr("All profiles"), "")
        for name in sorted(set(names), key=str.casefold):
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self._loading = False

    def set_who(self, names: Iterable[str]) -> None:
        """The "Posted by" choices: everyone who has queued something. Shown once there are two (a team database):
        alone, the bookkeeper has nobody to tell apart."""
        current = self.who.currentData() or ""
        names = sorted(set(names) | ({current} if current else set()), key=str.casefold)
        self._loading = True
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), "")
        for name in names:
            self.who.addItem(name, name)
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self._loading = False
        self._show_who()

    def _show_who(self) -> None:
        shown = self.who.count() > 2 or bool(self.who.currentData())
        self.who.setVisible(shown)
        self.who_label.setVisible(shown)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.current()  # tints what cannot be read
            self.edited.emit()

    # ---- reading and showing a filter -----------------------------------------------------------

    def current(self) -> ReviewFilter:
        """The filter the fields describe; an unreadable field is tinted and left out."""
        date_from = self._read(self.date_from, lambda t: parse_date_cell(t, self._today()))
        date_to = self._read(self.date_to, lambda t: parse_date_cell(t, self._today()))
        amount_min = self._read(self.amount_min, parse_amount)
        amount_max = self._read(self.amount_max, parse_amount)
        return ReviewFilter(date_from=date_from, date_to=date_to, profile=self.profile.currentData() or "",
                            states=tuple(s for s, chip in self.states.items() if chip.isChecked()),
                            account=self.account.text().strip(), amount_min=amount_min, amount_max=amount_max,
                            text=self.text.text(), who=self.who.currentData() or "")

    @staticmethod
    def _read(edit: QLineEdit, parse):
        text = edit.text().strip()
        try:
            value = parse(text) if text else None
        except (DateError, AmountError, ValueError) as exc:
            edit.setStyleSheet(f"background: {style.ERROR_BACKGROUND.name()};")
            edit.setToolTip(str(exc))
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        return value

    def set_filter(self, review_filter: ReviewFilter) -> None:
        """Show a filter in the fields (a saved one, or "uncertain only"); `edited` is emitted once."""
        self._loading = True
        try:
            self.date_from.setText(review_filter.date_from.isoformat() if review_filter.date_from else "")
            self.date_to.setText(review_filter.date_to.isoformat() if review_filter.date_to else "")
            if review_filter.profile and self.profile.findData(review_filter.profile) < 0:
                self.profile.addItem(review_filter.profile, review_filter.profile)
            self.profile.setCurrentIndex(max(0, self.profile.findData(review_filter.profile)))
            if review_filter.who and self.who.findData(review_filter.who) < 0:
                self.who.addItem(review_filter.who, review_filter.who)
            self.who.setCurrentIndex(max(0, self.who.findData(review_filter.who)))
            for state, chip in self.states.items():
                chip.setChecked(state in review_filter.states)
            self.account.setText(review_filter.account)
            self.amount_min.setText(_amount_text(review_filter.amount_min))
            self.amount_max.setText(_amount_text(review_filter.amount_max))
            self.text.setText(review_filter.text)
        finally:
            self._loading = False
        self._show_who()
        self._changed()

    def clear(self) -> None:
        """Every filter off: the whole list."""
        self.set_filter(ReviewFilter())


def _amount_text(value) -> str:
    return "" if value is None else format_amount(value)
