"""The review list as a Qt table: a thin adapter over ReviewQuery that fetches pages as the view scrolls.

Nothing is loaded beyond what the view asks for: a filter reads the count and the first page only
(milliseconds at 100,000 submissions), and `fetchMore` reads the next PAGE_SIZE rows on demand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from app.editing.cells import NumberFormat, format_amount_cell, format_date_cell, number_format
from app.store.review import COUNT_CAP, ReviewFilter, ReviewQuery, ReviewRow
from app.store.profile import Profile
from app.ui import style
from app.ui.review.states import state_colours, state_label, state_meaning
from app.ui.table_model import CaptionedTable, Index

PAGE_SIZE = 200
COLUMN_KEYS = ("date", "number", "description", "profile", "total", "state", "remote_ids", "updated_at")
_TARGET_FORMATS = {"confirma": "fi", "infinity": "de-CH"}  # a deleted profile's amounts: its target's format


def local_time(stamp: str, fmt: NumberFormat | None = None) -> str:
    """An ISO 8601 UTC time stamp as local date and `HH:MM`, the date written as the grid writes it in `fmt`
    (`12.12.2025 14:05`; ISO without a format); the stamp itself when it cannot be read."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    day = format_date_cell(moment.date(), fmt) if fmt is not None else moment.date().isoformat()
    return f"{day} {moment:%H:%M}"


class ReviewTableModel(CaptionedTable, QAbstractTableModel):
    """Every submission the filter lets through, newest first; rows arrive page by page."""

    count_changed = Signal(int)  # the number of submissions the filter lets through

    def __init__(self, query: ReviewQuery, profiles: Mapping[str, Profile],
                 amount_format: Callable[[ReviewRow], NumberFormat] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.query, self.profiles = query, profiles
        self._amount_format = amount_format or (lambda row: number_format(_TARGET_FORMATS.get(row.target, "en")))
        self._filter = ReviewFilter()
        self._rows: list[ReviewRow] = []
        self._count = 0
        self._exact = True  # False: more than _count (the team database counts up to count_cap)
        self.count_cap = COUNT_CAP
        self._headers = (self.tr("Date"), self.tr("Number"), self.tr("Description"), self.tr("Profile · target"),
                         self.tr("Total"), self.tr("State"), self.tr("Remote ids"), self.tr("Last change"))

    # ---- loading ------------------------------------------------------------------------------

    @property
    def filter(self) -> ReviewFilter:
        """The filter the rows were read with."""
        return self._filter

    @property
    def total_count(self) -> int:
        """How many submissions the filter lets through (loaded or not); more than this when not
        `count_is_exact`."""
        return self._count

    @property
    def count_is_exact(self) -> bool:
        """False while the team database has counted only up to `count_cap` (and more are there)."""
        return self._exact

    def set_filter(self, review_filter: ReviewFilter, keep_loaded: bool = False) -> None:
        """Show what `review_filter` lets through: the count and the first page (a model reset)."""
        wanted = max(PAGE_SIZE, len(self._rows)) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        self._filter = review_filter
        counted = self.query.count_at_most(review_filter, self.count_cap)
        self._count, self._exact = counted.value, counted.exact
        self._rows = self.query.page(review_filter, 0, wanted)
        self._learn_from_page(len(self._rows) == wanted)
        self.endResetModel()
        self.count_changed.emit(self._count)

    def reload(self) -> None:
        """Read the same filter again (after a sync or a decision), keeping as many rows as were loaded."""
        self.set_filter(self._filter, keep_loaded=True)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and (len(self._rows) < self._count or not self._exact)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self.query.page(self._filter, len(self._rows), PAGE_SIZE)
        if not more:  # the end, or the list shrank since it was counted: stop asking
            self._count, self._exact = len(self._rows), True
            self.count_changed.emit(self._count)
            return
        first, counted = len(self._rows), (self._count, self._exact)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._learn_from_page(len(more) == PAGE_SIZE)
        self.endInsertRows()
        if (self._count, self._exact) != counted:
            self.count_changed.emit(self._count)

    def _learn_from_page(self, full: bool) -> None:
        """A count that was "more than": a short page is the end of the list (now counted exactly), and rows
        loaded past the count raise it."""
        if self._exact:
            return
        if not full:
            self._count, self._exact = len(self._rows), True
        elif len(self._rows) > self._count:
            self._count = len(self._rows)

    def row_at(self, row: int) -> ReviewRow | None:
        """The ReviewRow shown on `row` (None past the loaded rows)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, submission_id: int) -> int:
        """The row showing `submission_id` among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.submission_id == submission_id), -1)

    # ---- Qt's table interface (counts, captions and flags: CaptionedTable) ---------------------

    def shown_rows(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(COLUMN_KEYS)):
            return None
        row, key = self._rows[index.row()], COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "state" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = state_colours(row.state)
            return colours[0] if role == Qt.ItemDataRole.ForegroundRole else colours[1]
        if key == "state" and role == Qt.ItemDataRole.ToolTipRole:
            return state_meaning(row.state)
        if key == "profile" and self._is_production(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return style.PRODUCTION_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Production: these entries are real.")
        if key == "description" and role == Qt.ItemDataRole.ToolTipRole:
            return row.description
        return None

    def _is_production(self, row: ReviewRow) -> bool:
        profile = self.profiles.get(row.profile)
        return profile is not None and profile.is_production

    def _text(self, row: ReviewRow, key: str) -> str:
        if key == "date":  # as the grid writes dates for this profile (12.12.2025), not ISO
            return format_date_cell(row.date, self._amount_format(row))
        if key == "profile":
            mark = self.tr(" · PRODUCTION") if self._is_production(row) else ""
            return f"{row.profile} · {row.target}{mark}"
        if key == "total":
            return f"{format_amount_cell(row.total, self._amount_format(row))} {row.currency}"
        if key == "state":
            return state_label(row.state)
        if key == "remote_ids":
            return ", ".join(row.remote_ids)
        if key == "updated_at":
            return local_time(row.updated_at, self._amount_format(row))
        return str(getattr(row, key))
