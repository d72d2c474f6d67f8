"""Colleagues' drafts on a team database (issue 16): File ▸ Colleagues' drafts… lists what colleagues are editing;
Enter opens one read-only in a tab, "Being edited by Anna Virtanen (last saved 14:02)"; Ctrl+Shift+O (or the
strip's button) takes it over after a confirmation, and the page becomes editable with the version she saved last.

The other way round: when a colleague has taken over a draft this window is editing, its next autosave is refused
(DraftTakenOver, app/store/drafts.py) and the tab turns read-only, its text kept on screen (File ▸ Save voucher
file as… keeps it), saying who took it over. The store decides who owns a draft; this module only shows it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain.voucher_file import VoucherFileError, load_dumped_voucher, parse_voucher_file
from app.editing.page_state import PageEvent, PageState
from app.store.drafts import DraftRow, DraftStore
from app.ui import style

if TYPE_CHECKING:
    from app.domain.voucher import Voucher
    from app.ui.drafts import DraftTabs
    from app.ui.voucher_page import VoucherPage



def saved_at(stamp: str) -> str:
    """A stored UTC time as the bookkeeper reads it: "14:02" today, else "1.12. 14:02" (local time)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    now = datetime.now().astimezone()
    return moment.strftime("%H:%M") if moment.date() == now.date() else f"{moment.day}.{moment.month}. " \
        f"{moment:%H:%M}"


def read_draft(row: DraftRow) -> Voucher:
    """The stored draft as a voucher (VoucherFileError when its text cannot be read)."""
    dumped = load_dumped_voucher(row.content)
    voucher = dumped[0] if dumped is not None else parse_voucher_file(row.content, source=f"draft {row.id}").voucher
    voucher.identifier = row.id  # the draft is its voucher: one identifier
    return voucher


def is_colleagues(page: VoucherPage) -> bool:
    """The page shows a draft a colleague edits (opened to read, or taken over from here)."""
    return page.state.state is PageState.COLLEAGUES


class ColleaguesDraftsDialog(QDialog):
    """The drafts colleagues have open: who, profile, date, number, description, last saved. Enter opens one."""

    chosen = Signal(object)  # the DraftRow to open

    def __init__(self, rows: list[DraftRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ColleaguesDrafts")
        self.setWindowTitle(self.tr("Colleagues' drafts"))
        self.setAccessibleName(self.tr("Drafts colleagues are editing"))
        self.resize(860, 420)
        self.rows = rows
        headers = (self.tr("Being edited by"), self.tr("Profile"), self.tr("Date"), self.tr("Number"),
                   self.tr("Description"), self.tr("Last saved"))
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setObjectName("ColleaguesDraftsTable")
        self.table.setAccessibleName(self.tr("Colleagues' drafts"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            try:
                voucher = read_draft(row)
                day = voucher.date.strftime("%d.%m.%Y") if voucher.date else ""
                number, description = voucher.number or "", voucher.description or ""
            except VoucherFileError:
                day, number, description = "", "", self.tr("(its text cannot be read)")
            for c, text in enumerate((row.owner_name, row.profile, day, number, description, saved_at(row.updated_at))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        note = QLabel(self.tr("Enter opens the draft to read. Only whoever edits a draft can change it; "
                              "Ctrl+Shift+O in its tab takes it over.") if rows
                      else self.tr("No colleague has a draft open."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(rows))
        buttons.accepted.connect(lambda: self._open(self.table.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if rows:
            self.table.selectRow(0)

    def keyPressEvent(self, event) -> None:  # Enter in the list opens, as the note says
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.rows:
            self._open(self.table.currentRow())
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.accept()
            self.chosen.emit(self.rows[row])


class ColleaguesDrafts(QObject):
    """What DraftTabs does with colleagues' drafts: list, open read-only, take over, be taken over."""

    def __init__(self, tabs: DraftTabs):
        super().__init__(tabs)
        self.tabs = tabs
        self.dialog: ColleaguesDraftsDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.taken_from_here: set[str] = set()  # drafts a colleague took over while open here: their text is unsaved

    def show_list(self) -> None:
        """File ▸ Colleagues' drafts…: the list (read now, on the GUI thread's connection: one indexed query)."""
        rows = DraftStore(self.tabs.workspace.conn).colleagues_drafts()
        self.dialog = ColleaguesDraftsDialog(rows, self.tabs.window())
        self.dialog.chosen.connect(self.open_draft)
        style.open_dialog(self.dialog)
        self.dialog.table.setFocus()  # the keyboard in the list: Enter opens

    def open_draft(self, row: DraftRow) -> VoucherPage | None:
        """A colleague's draft in a tab of its own, read-only (the tab already open when it is)."""
        for page in self.tabs.pages():
            if page.draft_id == row.id:
                self.tabs.setCurrentWidget(page)
                return page
        try:
            voucher = read_draft(row)
        except VoucherFileError as exc:
            self.tabs.message.emit("error", self.tr("{name}'s draft cannot be read: {reason}").format(
                name=row.owner_name, reason=exc))
            return None
        page = self.tabs.add_page(voucher, row.profile, row.raw_cells)
        page.colleague = row.owner_name
        page.show_colleagues_draft(self.tr("Being edited by {name} (last saved {time}). Read-only here; "
                                           "Ctrl+Shift+O takes it over.").format(name=row.owner_name,
                                                                                 time=saved_at(row.updated_at)))
        self.tabs.setCurrentWidget(page)
        style.focus_back(page.view)  # from the list: the window gets the keyboard back
        return page

    def ask_take_over(self, page: VoucherPage | None = None) -> None:
        """Ctrl+Shift+O: take over the current tab's colleague's draft, once the bookkeeper confirms."""
        page = page or self.tabs.current_page()
        if page is None or not is_colleagues(page):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Take over draft"), self.tr(
            "Take over {draft} from {name}? From now on only you can change it; {name}'s window keeps showing "
            "it, read-only. What shows here is replaced by the version saved last.").format(
            draft=page.title(), name=page.colleague),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.tabs)
        box.setObjectName("TakeOverConfirm")
        box.setAccessibleName(self.tr("Take over draft"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: self._confirmed(box, page))
        self.confirm_box = box
        style.open_dialog(box)

    def _confirmed(self, box: QMessageBox, page: VoucherPage) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes and self.tabs.indexOf(page) >= 0:
            self.take_over(page)
        elif self.tabs.indexOf(page) >= 0:
            style.focus_back(page.view)

    def take_over(self, page: VoucherPage) -> bool:
        """Make this bookkeeper the draft's editor (the store's take_over), show what was saved last, editable."""
        row = DraftStore(self.tabs.workspace.conn).take_over(page.draft_id)
        if row is None:
            self.tabs.message.emit("warning", self.tr("That draft is gone: it was sent or closed meanwhile."))
            return False
        try:
            voucher = read_draft(row)
        except VoucherFileError as exc:
            self.tabs.message.emit("error", self.tr("The draft cannot be read: {reason}").format(reason=exc))
            return False
        page.replace_voucher(voucher, row.raw_cells)
        page.colleague = ""
        self.taken_from_here.discard(page.draft_id)
        page.transition(PageEvent.TAKE_OVER, "")
        self.tabs.message.emit("ok", self.tr("You have taken over {draft}: it is yours to edit now.").format(
            draft=page.title()))
        style.focus_back(page.view)
        return True

    def taken_over(self, draft_id: str, holder: str) -> None:
        """A colleague took over a draft open here (its autosave was refused): read-only, the text kept on screen."""
        for page in self.tabs.pages():
            if page.draft_id != draft_id or is_colleagues(page):
                continue
            page.colleague = holder
            self.taken_from_here.add(draft_id)
            if page.show_colleagues_draft(self.tr(
                    "{name} has taken this draft over and edits it now. Your text stays here, read-only: nothing "
                    "typed after the take-over was saved (File ▸ Save voucher file as… keeps it). Ctrl+Shift+O "
                    "takes it back, with {name}'s version.").format(name=holder)):
                page.message.emit("warning", self.tr("{name} has taken over {draft}.").format(name=holder,
                                                                                             draft=page.title()))
