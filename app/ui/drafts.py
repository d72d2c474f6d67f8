"""The open drafts as tabs: restored from the store at start, one new tab per Ctrl+N, closed with Ctrl+W.

A draft reaches the store through autosave as it is typed. Closing a tab that holds lines asks
first and then archives the draft (it stays in the database, out of the way). A draft the target
accepted is archived by the send itself and its tab closes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_file import VoucherFileError, load_dumped_voucher, parse_voucher_file
from app.store.drafts import DraftStore
from app.ui import style
from app.ui.cell_editors import ShortcutPassThrough
from app.ui.colleagues_drafts import ColleaguesDrafts, is_colleagues
from app.ui.header_widget import DEFAULT_CONFIRMA_TYPE
from app.ui.voucher_page import VoucherPage
from app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class DraftTabs(QTabWidget):
    """One VoucherPage per open draft."""

    message = Signal(str, str)  # kind, text: for the window's outcome bar
    page_message = Signal(object, str, str)  # page, kind, text: what one draft says, about itself
    current_page_changed = Signal(object)
    current_title_changed = Signal(object)  # the current draft's number or profile changed

    def __init__(self, workspace: Workspace, passthrough: ShortcutPassThrough, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DraftTabs")
        self.setDocumentMode(True)
        self.setMovable(True)
        self.setAccessibleName(self.tr("Open drafts"))
        self.tabBar().setAccessibleName(self.tr("Draft tabs"))
        self.workspace, self._passthrough = workspace, passthrough
        self.currentChanged.connect(lambda _i: self.current_page_changed.emit(self.current_page()))
        self.confirm_box: QMessageBox | None = None
        self.colleagues = ColleaguesDrafts(self)  # a team database: colleagues' drafts, read-only, taken over

    def pages(self) -> list[VoucherPage]:
        return [cast(VoucherPage, self.widget(i)) for i in range(self.count())]  # every tab is a draft's page

    def current_page(self) -> VoucherPage | None:
        page = self.currentWidget()
        return page if isinstance(page, VoucherPage) else None

    def restore(self) -> int:
        """Open every draft left in the store (most recently edited first); returns how many."""
        restored = 0
        for row in DraftStore(self.workspace.conn).open_drafts():
            # A draft is text LedgerDesk wrote: read back without the pydantic file model (about 90 ms at
            # start); anything else goes through the full validation, which says what is wrong.
            dumped = load_dumped_voucher(row.content)
            if dumped is not None:
                voucher = dumped[0]
            else:
                try:
                    voucher = parse_voucher_file(row.content, source=f"draft {row.id}").voucher
                except VoucherFileError as exc:
                    log.error("draft %s cannot be read: %s", row.id, exc)
                    self.message.emit("error", self.tr("A saved draft could not be read and is left in the store: "
                                                       "{reason}").format(reason=exc))
                    continue
            voucher.identifier = row.id  # the draft is its voucher: one identifier, kept across restarts
            self.add_page(voucher, row.profile, row.raw_cells)
            restored += 1
        if restored:
            self.setCurrentIndex(0)
        return restored

    def add_page(self, voucher: Voucher, profile: str, raw_cells: Mapping[str, str] | None = None) -> VoucherPage:
        """A tab for a stored draft (`voucher.identifier` is its id), on its profile, else on the default one."""
        profile = profile if profile in self.workspace.profiles else self.workspace.default_profile()
        page = VoucherPage(self.workspace, voucher.identifier, profile, voucher, self._passthrough, raw_cells=raw_cells)
        self._add(page)
        return page

    def new_draft(self, profile: str | None = None) -> VoucherPage:
        """A new voucher dated as the last one typed in this session (else today), with the next number, on the current (or given) profile's target."""
        current = self.current_page()
        profile = profile or (current.profile_name if current else self.workspace.default_profile())
        taken = [p.editor.header_text("number") for p in self.pages() if p.profile_name == profile]
        settings = self.workspace.profiles[profile]
        confirma = settings.target is Target.CONFIRMA
        # The company comes from the profile, in view and editable: the preview then shows what is sent.
        voucher = Voucher(date=self.workspace.new_draft_date(), number=self.workspace.propose_number(profile, taken),
                          type=DEFAULT_CONFIRMA_TYPE if confirma else "", company_id=settings.company_id,
                          currency=settings.accounting_currency, lines=[VoucherLine()])
        page = VoucherPage(self.workspace, voucher.identifier, profile, voucher, self._passthrough)
        self._add(page)
        self.setCurrentWidget(page)
        page.view.setFocus()
        return page

    def open_voucher(self, voucher: Voucher, profile: str, raw_cells: Mapping[str, str] | None = None) -> VoucherPage:
        """A new draft tab holding `voucher` (a copy or a reversal from the review, or a file opened), saved at
        once; `raw_cells`: texts of fields that could not be read, shown in their cells with their issues."""
        page = VoucherPage(self.workspace, voucher.identifier, profile, voucher, self._passthrough,
                           raw_cells=raw_cells)
        self._add(page)
        self.setCurrentWidget(page)
        page.save_now()
        page.view.setFocus()
        return page

    def profiles_changed(self, name: str = "") -> None:
        """Settings ▸ Profiles changed profile `name` (or the list): every tab lists the profiles again,
        and the tabs on `name` read it again (its environment badge above all)."""
        for page in self.pages():
            chooser = page.header.profile
            chooser.clear()
            chooser.addItems(sorted(self.workspace.profiles))
            chooser.setCurrentText(page.profile_name)
            style.mark_profile_items(chooser, self.workspace.profiles)
            if name and page.profile_name == name and name in self.workspace.profiles:
                page.run_when_not_editing(page.reload_profile)  # never under the bookkeeper's typing

    def _add(self, page: VoucherPage) -> None:
        page.on_posted = self._posted
        page.title_changed.connect(lambda: self._retitle(page))
        page.message.connect(lambda kind, text, page=page: self.page_message.emit(page, kind, text))
        page.sending_strip.take_over.clicked.connect(
            lambda _checked=False, page=page: self.colleagues.ask_take_over(page))
        self.addTab(page, page.title())
        style.mark_tab(self, self.indexOf(page), page.data.profile)
        style.mark_profile_items(page.header.profile, self.workspace.profiles)

    def _retitle(self, page: VoucherPage) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setTabText(index, page.title())
            style.mark_tab(self, index, page.data.profile)
        if page is self.current_page():
            self.current_title_changed.emit(page)

    def close_draft(self, page: VoucherPage | None = None) -> None:
        """Ctrl+W: close a blank draft at once; a draft with lines after the bookkeeper confirms."""
        page = page or self.current_page()
        if page is None or page.sending:
            return
        page.keep_typing()  # text still in the open cell counts: it is not "blank", and Cancel keeps it
        unsaved = page.draft_id in self.colleagues.taken_from_here  # its text since the take-over is only here
        if page.is_blank() or (is_colleagues(page) and not unsaved):
            self._discard(page)
            return
        question = (self.tr("Close {draft}? {name} edits it now; the text shown here is not saved anywhere.")
                    .format(draft=page.title(), name=page.colleague) if unsaved
                    else self.tr("Discard {draft}? Its lines are archived, not sent.").format(draft=page.title()))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard draft"), question,
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setAccessibleName(self.tr("Discard draft"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._confirmed(box, page, result))
        self.confirm_box = box
        style.open_dialog(box)

    def _confirmed(self, box: QMessageBox, page: VoucherPage, result: int) -> None:
        self.confirm_box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._discard(page)
        elif self.indexOf(page) >= 0:
            style.focus_back(page.view)
        box.deleteLater()

    def _discard(self, page: VoucherPage) -> None:
        page.stop_autosave()
        if is_colleagues(page):  # a colleague's draft: closed here, theirs to keep
            self.colleagues.taken_from_here.discard(page.draft_id)
            self._remove(page)
            return
        # A save still queued would un-archive the draft: let the writer finish first (milliseconds).
        self.workspace.autosave.flush()
        DraftStore(self.workspace.conn).archive(page.draft_id)
        self._remove(page)

    def _posted(self, page: VoucherPage, message: str, kind: str = "ok") -> None:
        self.message.emit(kind, message)  # "warning" when the target booked it otherwise than previewed
        self.workspace.forget_profile_data(page.profile_name)  # its texts now feed autocomplete
        self._remove(page)

    def _remove(self, page: VoucherPage) -> None:
        self.removeTab(self.indexOf(page))
        page.deleteLater()
        if self.count() == 0:
            self.new_draft(page.profile_name)
        current = self.current_page()
        if current is not None:
            style.focus_back(current.view)

    def save_all(self) -> None:
        """Commit what is being typed in every tab and hand each pending edit to the writer (on close, on quit
        and when the desktop session ends)."""
        for page in self.pages():
            page.keep_typing()
