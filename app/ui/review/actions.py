"""What can be done from the review window: open a copy or the reversal as a new draft, decide an uncertain
voucher, export the filtered list as CSV, print or save the voucher as PDF. Every action has a key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMenuBar, QMessageBox, QTableView, QWidget

from app.deferred import deferred
from app.domain.vat_codes import VatTable
from app.editing.cells import NumberFormat
from app.services.commands.outbox import cancel as cancel_submission
from app.services.commands.journal import JournalWritten, write_journal
from app.services.commands.review import draft_from_posted, export_review
from app.services.commands.sending import resolve_and_send
from app.store.review import ReviewDetail, ReviewFilter, ReviewRow
from app.store.states import CANCELLABLE_STATES, POSTED_AS_PREVIEWED, REACHED_STATES, SubmissionState
from app.ui import style
from app.ui.messages import render
from app.ui.review.document import print_to, voucher_html, write_pdf
from app.ui.review.journal import journal_captions, journal_format
from app.ui.review.resolve_dialog import ResolveDialog

if TYPE_CHECKING:
    from PySide6 import QtPrintSupport
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.drafts import DraftTabs
    from app.ui.review.filter_bar import FilterBar
    from app.ui.review.model import ReviewTableModel
    from app.ui.review.sync import StatusSync
    from app.ui.workspace import Workspace
else:
    QtPrintSupport = deferred("PySide6.QtPrintSupport")  # loaded on first print, not with every review window


class ReviewHost(Protocol):
    """What the actions need of the review window (declared here, so this module does not import it)."""

    workspace: Workspace
    table: QTableView
    bar: FilterBar
    model: ReviewTableModel
    sync: StatusSync

    def menuBar(self) -> QMenuBar: ...
    def add_action(self, name: str, title: str, handler: Callable[[], object], menu: QMenu) -> QAction: ...
    def current_detail(self) -> ReviewDetail | None: ...
    def say(self, kind: str, text: str) -> None: ...
    def reload(self) -> None: ...
    def apply_filter(self) -> None: ...
    def close(self) -> bool: ...
    def vat_table(self, row: ReviewRow) -> VatTable: ...
    def amount_format(self, row: ReviewRow) -> NumberFormat: ...


def _resolve(submission_id: int, decision: str) -> tuple[str, str]:
    result = resolve_and_send(submission_id, decision)
    return result.state, result.message


class ReviewActions(QObject):
    """The review window's menus and what they do."""

    def __init__(self, window: ReviewHost, tabs: DraftTabs):
        self.host = cast(QWidget, window)  # the review window itself: the parent of its dialogs
        super().__init__(self.host)
        self.window, self.tabs = window, tabs
        self.workspace = window.workspace
        self.dialog: QWidget | None = None  # the file, print or decision dialog while it is open
        self.printer: QPrinter | None = None  # the QPrinter of the print dialog while it is open
        self.folder = Path.home()
        bar = window.menuBar()
        voucher = bar.addMenu(self.tr("&Voucher"))
        add = window.add_action
        add("copy", self.tr("Open a &copy as a new draft"), self.open_copy, voucher)
        add("reverse", self.tr("Create the &reversing voucher as a new draft"), self.open_reversal, voucher)
        add("decide", self.tr("&Decide: posted or send again…"), self.decide, voucher)
        add("cancel", self.tr("Ca&ncel the submission (nothing booked)…"), self.cancel, voucher)
        voucher.addSeparator()
        add("print", self.tr("&Print…"), self.print_voucher, voucher)
        add("pdf", self.tr("Save as PD&F…"), self.save_pdf, voucher)
        listing = bar.addMenu(self.tr("&List"))
        add("refresh", self.tr("&Refresh sync status"), self.refresh, listing)
        add("export", self.tr("&Export the list as CSV…"), self.export, listing)
        add("journal", self.tr("&Journal of the posted vouchers (PDF or CSV)…"), self.journal, listing)
        listing.addSeparator()
        add("search", self.tr("&Search"), self.focus_search, listing)
        add("list", self.tr("Go to the &list"), window.table.setFocus, listing)
        add("clear", self.tr("Clear &filters"), self.clear_filters, listing)
        listing.addSeparator()
        add("close", self.tr("&Close the review"), window.close, listing)

    def say(self, kind: str, text: str) -> None:
        """A message in the review window's outcome bar."""
        self.window.say(kind, text)

    def _selected(self) -> ReviewDetail | None:
        detail = self.window.current_detail()
        if detail is None:
            self.say("info", self.tr("Choose a voucher in the list first."))
        return detail

    # ---- new drafts from a posted voucher -------------------------------------------------------

    def open_copy(self) -> None:
        """Ctrl+Shift+C: the selected voucher, copied into a new draft dated today."""
        self._open_draft(False, self.tr("A copy of voucher {number} is open as a new draft, dated today."))

    def open_reversal(self) -> None:
        """Ctrl+Shift+R: the voucher that cancels the selected one, as a new draft."""
        self._open_draft(True, self.tr("The reversal of voucher {number} is open as a new draft: check its "
                                           "date (a closed period needs today's) and send it with Ctrl+Enter."))

    def _open_draft(self, reverse: bool, done: str) -> None:
        detail = self._selected()
        if detail is None:
            return
        if detail.voucher is None:
            self.say("error", self.tr("The voucher cannot be read: {error}").format(error=detail.voucher_error))
            return
        row = detail.row
        profiles = self.workspace.profiles
        profile = row.profile if row.profile in profiles else self.workspace.default_profile()
        taken = [p.editor.header_text("number") for p in self.tabs.pages() if p.profile_name == profile]
        draft = draft_from_posted(self.workspace.conn, detail.voucher, reverse=reverse, profile=profile,
                                  target=profiles[profile].target, today=self.workspace.today(), taken=taken)
        self.tabs.open_voucher(draft, profile)
        text = done.format(number=row.number or row.submission_id)
        self.say("ok", text)
        self.tabs.message.emit("ok", text)  # the main window, where the new draft now has the keyboard
        main = self.tabs.window()
        main.raise_()
        main.activateWindow()

    # ---- an uncertain voucher ------------------------------------------------------------------

    def decide(self) -> None:
        """Ctrl+Shift+D: the evidence of an uncertain voucher, then posted or send again."""
        detail = self._selected()
        if detail is None:
            return
        if detail.row.state != SubmissionState.UNCERTAIN:
            self.say("info", self.tr("Only an uncertain voucher waits for a decision; this one is {state}.").format(
                state=detail.row.state))
            return
        dialog = ResolveDialog(detail, self.host)
        dialog.decided.connect(lambda decision: self._resolve(detail, decision))
        dialog.finished.connect(lambda _result: style.focus_back(self.window.table))
        self.dialog = dialog
        style.open_dialog(dialog)

    def _resolve(self, detail: ReviewDetail, decision: str) -> None:
        row = detail.row
        self.say("info", self.tr("Recording your decision on voucher {number}…").format(number=row.number))
        self.workspace.tasks.run(lambda _progress: _resolve(row.submission_id, decision),
                                 lambda result: self._resolved(row.number, result),
                                 lambda message: self._after_error(message))

    def _resolved(self, number: str, result: tuple[str, str]) -> None:
        state, message = result
        kind = "ok" if state in POSTED_AS_PREVIEWED else "warning"
        self.say(kind, self.tr("Voucher {number} is now {state}: {message}").format(number=number, state=state,
                                                                                     message=render(message)))
        self.window.reload()

    # ---- withdrawing a submission nothing was booked of -----------------------------------------

    def cancel(self) -> None:
        """Ctrl+Shift+X: cancel a queued or rejected voucher of which the target holds nothing, once confirmed."""
        detail = self._selected()
        if detail is None:
            return
        row = detail.row
        if row.state not in CANCELLABLE_STATES:
            self.say("info", self.tr("Only a queued or rejected voucher can be cancelled; this one is {state}.")
                     .format(state=row.state))
            return
        if any(request.state in REACHED_STATES for request in detail.requests):
            # Asking "nothing of it was booked — cancel?" would be untrue: say why not, before any question.
            self.say("info", self.tr("Voucher {number} cannot be cancelled: the target already booked part of it, "
                                     "or may have (see its requests and what was booked).").format(number=row.number))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the submission"),
                          self.tr("Cancel voucher {number}? Nothing of it was booked at the target; it will not be "
                                  "sent. You can correct it and send it again later.").format(number=row.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.host)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._cancel(row.submission_id, row.number))
        box.finished.connect(lambda _result: style.focus_back(self.window.table))
        self.dialog = box
        style.open_dialog(box)

    def _cancel(self, submission_id: int, number: str) -> None:
        self.workspace.tasks.run(lambda _progress: cancel_submission(submission_id).state, lambda state: self._resolved(number, (state, self.tr("nothing was booked."))),
                                 lambda message: self._after_error(message))

    def _after_error(self, message: str) -> None:
        self.say("error", message)
        self.window.reload()

    # ---- export, print, PDF ---------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, kinds: str, suffix: str, chosen: Callable[[str], None]) -> None:
        """A save dialog opened without blocking (keyboard and tests reach it as any window)."""
        dialog = QFileDialog(self.host, title, str(self.folder / name), kinds)
        dialog.setObjectName("ReviewFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: chosen(path) if path else None)
        self.dialog = dialog
        style.open_dialog(dialog)

    def export(self) -> None:
        """Ctrl+E: the filtered vouchers and their lines to a CSV file chosen by the bookkeeper."""
        self.window.apply_filter()  # what is shown is what is exported, even mid-debounce
        review_filter = self.window.model.filter
        name = f"ledgerdesk-review-{self.workspace.today().isoformat()}.csv"
        self._ask_path(self.tr("Export the review list"), name, self.tr("CSV files (*.csv)"), "csv",
                       lambda path: self._export_to(review_filter, Path(path)))

    def _export_to(self, review_filter: ReviewFilter, path: Path) -> None:
        self.folder = path.parent
        self.say("info", self.tr("Exporting to {path}…").format(path=path))
        self.workspace.tasks.run(lambda _progress: export_review(review_filter, path),
                                 lambda lines: self.say("ok", self.tr("Exported %n line(s) to {path}.", "", lines)
                                                        .format(path=path)),
                                 lambda message: self.say("error", self.tr("The export failed: {error}").format(
                                     error=message)))

    def journal(self) -> None:
        """Ctrl+J: the filtered period's posted vouchers as a PDF journal, or as CSV (the file type chosen)."""
        self.window.apply_filter()
        review_filter = self.window.model.filter
        period = f"{review_filter.date_from or ''}--{review_filter.date_to or ''}".strip("-") or "all"
        pdf, csv = self.tr("PDF documents (*.pdf)"), self.tr("CSV files (*.csv)")
        self._ask_path(self.tr("Save the journal"), f"journal-{period}.pdf", f"{pdf};;{csv}", "pdf",
                       lambda path: self._journal_to(review_filter, Path(path)))
        dialog = cast(QFileDialog, self.dialog)
        dialog.filterSelected.connect(lambda kind: dialog.setDefaultSuffix("csv" if kind == csv else "pdf"))

    def _journal_to(self, review_filter: ReviewFilter, path: Path) -> None:
        self.folder = path.parent
        as_csv = path.suffix.lower() == ".csv"
        fmt = journal_format(self.workspace.profiles, review_filter.profile, self.workspace.language)
        captions = journal_captions()  # translated here, on the GUI thread
        self.say("info", self.tr("Writing the journal to {path}…").format(path=path))
        self.workspace.tasks.run(
            lambda _progress: write_journal(review_filter, pdf=None if as_csv else path, csv=path if as_csv else None,
                                            fmt=fmt, captions=captions),
            lambda written: self._journal_written(written, path, as_csv),
            lambda message: self.say("error", self.tr("The journal could not be written: {error}").format(
                error=message)))

    def _journal_written(self, written: JournalWritten, path: Path, as_csv: bool) -> None:
        if as_csv:
            said = self.tr("Journal of {vouchers} posted voucher(s): {rows} row(s) written to {path}.").format(
                vouchers=written.vouchers, rows=written.csv_rows, path=path)
        else:
            said = self.tr("Journal of {vouchers} posted voucher(s): {pages} page(s) written to {path}.").format(
                vouchers=written.vouchers, pages=written.pages, path=path)
        self.say("ok", said)

    def _document(self, detail: ReviewDetail) -> str:
        row = detail.row
        return voucher_html(detail, self.window.vat_table(row), self.window.amount_format(row), datetime.now())

    def print_voucher(self) -> None:
        """Ctrl+P: the selected voucher's one-page document to a printer."""
        detail = self._selected()
        if detail is None:
            return
        html = self._document(detail)
        printer = self.printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        dialog = QtPrintSupport.QPrintDialog(printer, self.host)
        dialog.accepted.connect(lambda: print_to(html, printer))
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the dialog's own open() is what is meant
        dialog.activateWindow()

    def save_pdf(self) -> None:
        """Ctrl+Shift+P: the selected voucher's one-page document as a PDF file."""
        detail = self._selected()
        if detail is None:
            return
        row = detail.row
        name = f"voucher-{row.number or row.submission_id}-{row.date.isoformat() if row.date else 'undated'}.pdf"
        html = self._document(detail)
        self._ask_path(self.tr("Save the voucher as PDF"), name, self.tr("PDF documents (*.pdf)"), "pdf",
                       lambda path: self._write_pdf(html, Path(path)))

    def _write_pdf(self, html: str, path: Path) -> None:
        self.folder = path.parent
        try:
            write_pdf(html, path)
            written = path.stat().st_size > 0
        except OSError as exc:
            written, problem = False, str(exc)
        else:
            problem = self.tr("nothing was written (is the folder writable?)")
        if not written:
            self.say("error", self.tr("The PDF could not be written: {error}").format(error=problem))
            return
        self.say("ok", self.tr("Saved {path}.").format(path=path))

    # ---- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: read Confirma's sync status now."""
        if not self.window.sync.refresh():
            self.say("info", self.tr("The sync status is being read; it will be read again right after."))

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected."""
        self.window.bar.text.setFocus()
        self.window.bar.text.selectAll()

    def clear_filters(self) -> None:
        """Ctrl+Shift+L: every filter off, applied at once."""
        self.window.bar.clear()
        self.window.apply_filter()
