"""Ctrl+Enter: validate, show exactly what will be sent, send through the outbox in the background, report.

The send runs on the thread pool with its own session (its own SQLite connection: connections
are not shared across threads). The page is read-only while its voucher is in flight, so what
is sent is what was previewed. A rejection puts the target's errors on the cells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.targets import Target
from app.domain.targets.infinity_booking import preview_entries
from app.domain.voucher import Voucher
from app.editing.page_state import PageCommand, PageEvent
from app.services.autosave import AutosaveWriter
from app.services.commands.sending import NOT_QUEUED, SendResult, queue, send
from app.services.session import open_session
from app.store.states import POSTED_STATES, SubmissionState
from app.ui import style
from app.ui.messages import issue_text, render
from app.ui.submit_dialog import SubmitDialog, already_booked

if TYPE_CHECKING:
    from app.ui.submit_page import SubmitPage


def send_voucher(voucher: Voucher, profile: str, draft_id: str, autosave: AutosaveWriter,
                 progress: Callable[[str], None]) -> SendResult:
    """Worker thread: the queue-and-send command on a session of this thread's own; the draft is archived
    once the target has the voucher."""
    autosave.flush()  # the draft's last save lands before it may be archived
    with open_session(profile, progress=progress) as session:
        target = "Confirma" if session.profile.target is Target.CONFIRMA else "Infinity"
        queued = queue(session, voucher)
        if queued.submission_id is None:
            return queued
        progress(QCoreApplication.translate("SubmitFlow", "Sending to {target}…").format(target=target))
        try:
            return send(session, queued, archive_draft=draft_id)
        except Exception as exc:  # it is in the outbox: say so rather than lose track of it
            return SendResult(SubmissionState.QUEUED, f"{exc}", queued.submission_id)


class SubmitFlow(QObject):
    """The submit of one page; `start()` is Ctrl+Enter."""

    def __init__(self, page: SubmitPage, on_posted: Callable[[object, str, str], None]):
        super().__init__(cast(QWidget, page))  # a VoucherPage: SubmitPage declares what the flow uses of it
        self.page = page
        self._on_posted = on_posted
        self.dialog: SubmitDialog | None = None

    @property
    def target_name(self) -> str:
        return "Confirma" if self.page.data.profile.target is Target.CONFIRMA else "Infinity"

    def start(self) -> None:
        """Validate; with no error, open the preview (non-blocking: Enter sends, Esc returns to the grid)."""
        page = self.page
        if self.dialog is not None or not page.state.allows(PageCommand.SUBMIT):
            return
        link = page.workspace.team_link
        if link is not None and not link.online:
            # Nothing is queued while the team database is away: only it can tell a voucher number is unused
            # office-wide (docs/team.md). The draft stays editable and is kept on this computer.
            page.message.emit("error", self.tr(
                "Posting waits until the team database (server {server}) can be reached again. The draft stays "
                "here and is kept on this computer; press Ctrl+Enter again once the red banner is gone.").format(
                server=link.server))
            return
        page.view.commit_open_editor()
        page.header.commit_focused()
        issues = page.editor.final_issues() + page.number_issues  # "number already used" too, in the preview
        errors = [x for x in issues if x.is_error]
        if errors:
            page.issues.refresh()
            page.message.emit("error", self.tr("%n error(s) to fix before sending: {first} (Ctrl+I lists them all).",
                                               "", len(errors)).format(first=issue_text(errors[0], page.editor.fmt)))
            page.jump_to(errors[0])
            return
        voucher = page.editor.voucher()
        profile = page.data.profile
        if not voucher.company_id and profile.company_id:
            voucher.company_id = profile.company_id  # as queue_voucher does: the preview shows what is sent
        booked = page.workspace.booked_entries(profile.name, voucher.identifier)
        if booked and len(already_booked([p.body for p in preview_entries(voucher, page.data.table)], booked)) < len(
                booked):  # a booked entry was changed: say so now, not after a preview that cannot be sent
            page.message.emit("error", self.tr(
                "Part of voucher {number} is already booked in Infinity, and the voucher no longer contains it "
                "unchanged. Keep the booked entries as they were and correct only the refused one, or book a "
                "reversal.").format(number=voucher.number))
            return
        warnings = [x for x in issues if not x.is_error]
        warnings += page.workspace.possible_duplicates(profile.name, voucher, page.data.table)  # "looks like 1234"
        self.dialog = SubmitDialog(voucher, profile, page.data.table, page.editor.fmt, warnings, cast(QWidget, page),
                                   booked=booked)
        self.dialog.finished.connect(lambda result: self._closed(result, voucher))
        style.open_dialog(self.dialog)
        page.transition(PageEvent.PREVIEW)

    def _closed(self, result: int, voucher: Voucher) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        style.focus_back(self.page.view)
        if result != QDialog.DialogCode.Accepted:
            self.page.transition(PageEvent.PREVIEW_CLOSED)
            return
        page = self.page
        page.save_now()
        page.transition(PageEvent.SEND, self.tr("Sending voucher {number} to {target}…").format(
            number=voucher.number, target=self.target_name))
        page.message.emit("info", self.tr("Sending voucher {number} to {target} ({profile})…").format(
            number=voucher.number, target=self.target_name, profile=page.profile_name))
        self.task = page.workspace.tasks.run(
            lambda progress: send_voucher(voucher, page.profile_name, page.draft_id, page.workspace.autosave, progress),
            lambda result: self._done(result, voucher), lambda message: self._failed(message, voucher),
            lambda text: page.show_note(text if text.endswith("…") else text + " …"))

    def _done(self, result: SendResult, voucher: Voucher) -> None:
        page, n, target = self.page, voucher.number or self.tr("(no number)"), self.target_name
        said = render(result.message, page.editor.fmt)  # what the layers below said, in the window's language
        if result.state == SubmissionState.DIFFERS:  # booked, but not as previewed: amber, never the green tick
            page.transition(PageEvent.BOOKED_DIFFERENTLY, self.tr("Booked differently: {message}").format(
                message=said))
            self._on_posted(page, self.tr("Voucher {number} was booked by {target} ({profile}), but not as the "
                                          "preview showed: {message} Compare them in the review (Ctrl+R).").format(
                number=n, target=target, profile=page.profile_name, message=said), "warning")
            return
        if result.state in POSTED_STATES:
            page.transition(PageEvent.POSTED, self.tr("Sent: {message}").format(message=said))
            self._on_posted(page, self.tr("Voucher {number} sent to {target} ({profile}): {message}").format(
                number=n, target=target, profile=page.profile_name, message=said), "ok")
            return
        if result.state in (SubmissionState.QUEUED, SubmissionState.UNCERTAIN):
            # The outbox holds this exact voucher: editing it now would not change what is sent.
            how = (self.tr("It waits in the outbox unchanged; Ctrl+Enter tries again.")
                   if result.state == SubmissionState.QUEUED else
                   self.tr("LedgerDesk will not send it again without checking: see `ledgerdesk outbox`."))
            # Still read-only, yet Ctrl+Enter works: queue_voucher finds the same outbox entry and sends it.
            page.transition(PageEvent.QUEUED if result.state == SubmissionState.QUEUED else PageEvent.UNCERTAIN,
                            self.tr("Not confirmed: {message}").format(message=said))
            page.message.emit("warning", self.tr("Voucher {number} was not confirmed by {target}: {message} {how}")
                              .format(number=n, target=target, message=said, how=how))
            page.view.setFocus()
            return
        page.transition(PageEvent.REJECTED)
        page.show_server_issues(list(result.issues if result.state == NOT_QUEUED else result.field_issues))
        text = (self.tr("Voucher {number} was refused by {target}: {message}")
                if result.state == SubmissionState.REJECTED else
                self.tr("Voucher {number} was not sent: {message}"))
        page.message.emit("error", text.format(number=n, target=target, message=said) + " "
                          + self.tr("The cells concerned are marked; fix them and press Ctrl+Enter again."))

    def _failed(self, message: str, voucher: Voucher) -> None:
        self.page.transition(PageEvent.SEND_FAILED)
        self.page.message.emit("error", self.tr("Voucher {number} could not be sent: {message}").format(
            number=voucher.number, message=message))
