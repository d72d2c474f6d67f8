"""One draft tab: header, grid, totals and issues over one VoucherEditor, with its own undo stack.

Every change the bookkeeper makes becomes one QUndoCommand (undo_commands.py); every committed
change is handed to the autosave writer within AUTOSAVE_DELAY_MS, off the GUI thread (page_autosave.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.deferred import deferred
from app.domain.issues import Issue
from app.domain.voucher import Voucher, VoucherLine
from app.editing import COLUMNS, LineSnapshot, VoucherEditor
from app.editing.page_state import IllegalTransition, PageCommand, PageEvent, PageState, PageStateMachine
from app.ui.attachments import AttachmentsPane
from app.ui.cell_editors import ShortcutPassThrough
from app.ui.delegate import VoucherDelegate
from app.ui.header_widget import HeaderWidget, field_label
from app.ui.issues_panel import IssuesPanel
from app.ui.page_autosave import PageAutosave
from app.ui.page_layout import SendingStrip, lay_out_page
from app.ui.totals_bar import TotalsBar
from app.ui.undo_commands import (HeaderCommand, InsertLinesCommand, LineEditCommand, ProfileCommand,
                                  RemoveLinesCommand, cell_edit)
from app.ui.voucher_model import VoucherTableModel, column_header
from app.ui.voucher_view import VoucherView
from app.ui.workspace import ProfileData, Workspace

if TYPE_CHECKING:
    from app.ui import submit_flow as submit_flows
else:  # the preview dialog and the payload builders: on the first Ctrl+Enter, not at start
    submit_flows = deferred("app.ui.submit_flow")

log = logging.getLogger(__name__)
_COLUMN_KEYS = {c.key for c in COLUMNS}


class VoucherPage(PageAutosave, QWidget):
    """A draft being typed. The window's menu actions call the public methods below.

    `raw_cells`: the texts of its unreadable cells as saved beside the draft; they show again with their issues."""

    title_changed = Signal()
    message = Signal(str, str)  # kind (ok, error, warning, info), text: for the window's outcome bar

    def __init__(self, workspace: Workspace, draft_id: str, profile: str, voucher: Voucher,
                 passthrough: ShortcutPassThrough, parent: QWidget | None = None,
                 raw_cells: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.workspace, self.draft_id = workspace, draft_id
        self.data: ProfileData = workspace.profile_data(profile)
        self.state = PageStateMachine()  # editing, previewing, sending, posted…: what the page allows comes from it
        self.on_posted: Callable[[VoucherPage, str, str], None] | None = None  # set by DraftTabs: after a send
        self._submit_flow = None  # the page's SubmitFlow, made on first Ctrl+Enter (see submit_flow)
        self.paste_dialog = None  # the paste preview while it is open
        self._held: list[Callable[[], None]] = []
        self.colleague = ""  # who edits this draft while a colleague does (team database; colleagues_drafts.py)
        self.number_issues: list[Issue] = []  # "number already used by …": the store knows, not the editor
        self.undo_stack = QUndoStack(self)
        editor = self._make_editor(voucher, [])
        if raw_cells and (left_out := editor.restore_raw_cell_texts(raw_cells)):
            log.warning("draft %s: saved texts for %s no longer fit its lines", draft_id, ", ".join(left_out))
        self.model = VoucherTableModel(editor, self)
        self.model.commit_cell = lambda row, key, text: self.push(cell_edit(self.model, row, key, text))
        self.header = HeaderWidget(sorted(workspace.profiles), self._commit_header)
        self.header.profile_chosen.connect(self._choose_profile)
        self.view = VoucherView()
        self.view.setModel(self.model)
        self._edit_triggers = self.view.editTriggers()
        self.view.setItemDelegate(VoucherDelegate(passthrough, self.view,
                                                  recent_texts=lambda: list(self.data.recent_texts)))
        self.view.on_append_line = self.append_line
        self.view.on_nudge = lambda row, key, text: self.push(cell_edit(self.model, row, key, text, nudge=True))
        self.view.on_clear = self._clear_cell
        self.view.editor_closed.connect(self._release_held)
        self.totals = TotalsBar()
        self.issues = IssuesPanel()
        self.issues.jump.connect(self.jump_to)
        self.sending_strip = SendingStrip()
        # Its source documents (File ▸ Attach…, a dropped file, a pasted image), listed beside the issues.
        self.attachments = AttachmentsPane(workspace.conn, draft_id, self.data.profile.target)
        self.attachments.said.connect(self.message.emit)
        self.attachments.attached.connect(self.save_now)  # a receipt dropped on a new, untyped draft keeps it
        lay_out_page(self, self.header, self.sending_strip, self.view, self.totals, self.issues, self.issues.table,
                     [self.header.profile, *self.header.fields.values()], self.attachments, self.attachments.list)
        self.model.totals_changed.connect(self._show_totals)
        self.model.issues_changed.connect(self._issues_changed)
        self.model.header_changed.connect(self._header_changed)
        self.model.edited.connect(self._edited)
        self._init_autosave()
        self.issues.follow(self.all_issues)
        self._show_profile()
        self.view.go_to(0, COLUMNS[0].key)

    # ---- the editor and its profile -----------------------------------------------------------

    @property
    def editor(self) -> VoucherEditor:
        return self.model.editor

    @property
    def submit_flow(self):
        """The page's SubmitFlow (Ctrl+Enter). Made on first use: its module brings the preview dialog and
        the payload builders, which the window does not need to open."""
        if self._submit_flow is None:
            self._submit_flow = submit_flows.SubmitFlow(self, self.on_posted or (lambda _page, _message, _kind: None))
        return self._submit_flow

    @property
    def sending(self) -> bool:
        """Its voucher is on its way to the target (the page is read-only meanwhile)."""
        return self.state.state is PageState.SENDING

    @property
    def read_only(self) -> bool:
        """Nothing typed changes this voucher now (it is previewed, being sent, held in the outbox or booked)."""
        return not self.state.editable

    @property
    def profile_name(self) -> str:
        return self.data.profile.name

    def _make_editor(self, voucher: Voucher, snapshots: list[LineSnapshot]) -> VoucherEditor:
        d = self.data
        editor = VoucherEditor(voucher, d.table, d.profile.target, d.chart, d.locale, today=self.workspace.today,
                               rules=d.profile.booking_rules(None))
        if snapshots:
            editor.insert_lines(0, snapshots)
        if editor.line_count == 0:
            editor.insert_line(0)  # a new voucher opens on a blank line, ready to type
        return editor

    def _choose_profile(self, name: str) -> None:
        if name != self.profile_name:
            self.push(ProfileCommand(self._switch_profile, self.profile_name, name))

    def _switch_profile(self, name: str) -> None:
        """Re-read the same lines against another profile's chart and VAT table (a reset, not a keystroke)."""
        editor = self.editor
        snapshots = editor.snapshot_lines(0, editor.line_count)
        header = replace(editor.voucher(), lines=[])
        if header.company_id == self.data.profile.company_id:  # the old profile's company goes with it
            header.company_id = self.workspace.profiles[name].company_id
        # The lines' unreadable texts travel in their snapshots; the header's are typed into the new editor.
        header_raw = {k: v for k, v in editor.raw_cell_texts().items() if k.startswith("header:")}
        self.data = self.workspace.profile_data(name)
        new_editor = self._make_editor(header, snapshots)
        new_editor.restore_raw_cell_texts(header_raw)
        self.model.set_editor(new_editor)
        self._show_profile()
        self._edited()

    def reload_profile(self) -> None:
        """Settings ▸ Profiles changed this page's profile: its badge, VAT table and chart are read again."""
        self._switch_profile(self.profile_name)

    def _show_profile(self) -> None:
        p = self.data.profile
        self.header.show_editor(self.editor, p.name, p.environment, p.target.value)
        self.attachments.set_target(p.target)
        self._show_totals()
        self.issues.refresh()
        self.title_changed.emit()

    def title(self) -> str:
        number = self.editor.header_text("number").strip()
        if number:
            return self.tr("Voucher {number} · {profile}").format(number=number, profile=self.profile_name)
        return self.tr("New voucher · {profile}").format(profile=self.profile_name)

    # ---- commands -----------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> bool:
        """Do `command` as one undo step; refused (with a message) while the voucher is being sent."""
        if not self.state.allows(PageCommand.EDIT):
            if self.state.state is PageState.COLLEAGUES:  # typed into a cell opened just before a take-over
                self.message.emit("info", self.tr("{name} edits this draft: it cannot change here (Ctrl+Shift+O "
                                                  "takes it over).").format(name=self.colleague))
                return False
            self.message.emit("info", self.tr("This voucher is being sent or waits in the outbox: it cannot change "
                                              "now."))
            return False
        self.undo_stack.push(command)
        return True

    def _commit_header(self, field: str, text: str) -> None:
        self.push(HeaderCommand(self.model, field, text, field_label(field).replace("&", "").lower()))

    def _clear_cell(self, row: int, key: str) -> None:
        if self.editor.edit_text(row, key):
            self.push(cell_edit(self.model, row, key, ""))

    def current_line(self) -> int:
        index = self.view.currentIndex()
        return self.editor.line_at(index.row())[0] if index.isValid() else max(0, self.editor.line_count - 1)

    def line_is_blank(self, line: int) -> bool:
        snapshot = self.editor.snapshot_line(line)
        return snapshot.line.is_blank() and not snapshot.raw

    def append_line(self) -> None:
        """A blank line at the end, unless the last line is still blank (Tab past the last cell)."""
        count = self.editor.line_count
        if self.read_only:
            return  # Tab past the end of a voucher being sent: nothing to open, nothing to say
        if count == 0 or not self.line_is_blank(count - 1):
            self.push(InsertLinesCommand(self.model, count, [LineSnapshot(VoucherLine())], self.tr("New line")))

    def _line_command(self, make: Callable[[int], QUndoCommand | None], go: str | None = None,
                      reopen: bool = False) -> None:
        """Commit an open cell editor, run a command on the current line, then put the cursor back."""
        editing = self.view.commit_open_editor()
        index = self.view.currentIndex()
        key = self.model.key_of(index) if index.isValid() else COLUMNS[0].key
        line = self.current_line()
        command = make(line)
        if command is None or not self.push(command):
            return
        target = min(line + 1 if go == "below" else line, self.editor.line_count - 1)
        self.view.go_to(self.editor.row_of(max(target, 0)), key)
        if reopen and editing:
            self.view.edit(self.view.currentIndex())

    def insert_line(self) -> None:
        self._line_command(lambda i: InsertLinesCommand(self.model, i, [LineSnapshot(VoucherLine())],
                                                        self.tr("Insert line {line}").format(line=i + 1)))

    def duplicate_line(self) -> None:
        self._line_command(lambda i: InsertLinesCommand(self.model, i + 1, [self.editor.snapshot_line(i)],
                                                        self.tr("Duplicate line {line}").format(line=i + 1)),
                           go="below")

    def delete_line(self) -> None:
        if self.editor.line_count == 0:
            return
        if self.editor.line_count == 1:  # the last line is emptied, not removed: there is always a line to type in
            self._line_command(lambda i: LineEditCommand(self.model, i, "", self.tr("Clear line 1"),
                                                         lambda ed: ed.restore_line(0, LineSnapshot(VoucherLine()))))
            return
        self._line_command(lambda i: RemoveLinesCommand(self.model, i, 1,
                                                        self.tr("Delete line {line}").format(line=i + 1)))

    def fill_difference(self) -> None:
        self._line_command(lambda i: LineEditCommand(self.model, i, "",
                                                     self.tr("Balance line {line}").format(line=i + 1),
                                                     lambda ed: ed.fill_difference(ed.row_of(i))), reopen=True)

    def copy_above(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.editor.is_editable(index.row(), self.model.key_of(index)):
            return  # a derived cell or VAT row has nothing typed to copy
        key = self.model.key_of(index)
        self._line_command(lambda i: LineEditCommand(self.model, i, key, self.tr("Copy {column} from line {line}")
                                                     .format(column=column_header(key), line=i),
                                                     lambda ed: ed.copy_from_above(ed.row_of(i), key))
                           if i > 0 else None, reopen=True)

    def undo(self) -> None:
        if self.state.allows(PageCommand.EDIT):
            self.view.commit_open_editor()
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.state.allows(PageCommand.EDIT):
            self.view.commit_open_editor()
            self.undo_stack.redo()

    # ---- what the page shows ------------------------------------------------------------------

    def _show_totals(self) -> None:
        self.totals.show_totals(self.editor, self.editor.header_text("currency"))

    def _issues_changed(self) -> None:
        self.issues.schedule_refresh()

    def _header_changed(self, fields) -> None:
        self.header.refresh(fields)
        if "*" in fields or "number" in fields:  # a number another voucher of the profile has: a warning
            self.number_issues = self.workspace.number_issues(self.profile_name, self.editor.header_text("number"),
                                                              self.draft_id)
            self.issues.schedule_refresh()
        self.header.show_issues(self.model.server.header + self.number_issues)
        if "*" in fields or "currency" in fields:
            self._show_totals()
        if "*" in fields or "number" in fields:
            self.title_changed.emit()
        if "date" in fields:  # typed, or undone to: the session's next draft starts on it
            self.workspace.remember_voucher_date(self.editor.voucher().date)

    def all_issues(self) -> list[Issue]:
        return self.editor.issues() + self.model.server.all() + self.number_issues

    def jump_to(self, issue: Issue) -> None:
        """Go to the cell (or header field) an issue is about."""
        field = "debit" if issue.field == "amount" else issue.field
        if issue.line is not None and field in _COLUMN_KEYS and issue.line <= self.editor.line_count:
            self.view.go_to(self.editor.row_of(issue.line - 1), field)
        elif field in self.header.fields:
            self.header.fields[field].setFocus(Qt.FocusReason.OtherFocusReason)
        elif issue.line is not None and issue.line <= self.editor.line_count:
            self.view.go_to(self.editor.row_of(issue.line - 1), COLUMNS[0].key)
        else:  # the balance: the last line is where the difference usually goes
            self.view.go_to(self.editor.row_of(self.editor.line_count - 1), "debit")

    def show_server_issues(self, issues: list[Issue]) -> None:
        """Put the target's errors on their cells; held back while a cell is being typed into."""
        def show() -> None:
            self.model.server.set(issues)
            for issue in issues:
                if issue.line is not None and issue.field in _COLUMN_KEYS and issue.line <= self.editor.line_count:
                    index = self.model.index(self.editor.row_of(issue.line - 1), COLUMNS.index(
                        next(c for c in COLUMNS if c.key == issue.field)))
                    self.model.dataChanged.emit(index, index)
            self.header.show_issues(self.model.server.header + self.number_issues)
            self.issues.refresh()
            if issues:
                self.jump_to(issues[0])
        self.run_when_not_editing(show)

    def run_when_not_editing(self, fn: Callable[[], None]) -> None:
        """Run a refresh now, or when the open cell editor closes (never under the bookkeeper's typing)."""
        if self.view.open_editor() is not None:
            self._held.append(fn)
        else:
            fn()

    def _release_held(self) -> None:
        held, self._held = self._held, []
        for fn in held:
            fn()

    # ---- its state (app/editing/page_state.py decides; the page shows it) -----------------------

    def transition(self, event: PageEvent, note: str | None = None) -> bool:
        """Take `event` (SubmitFlow reports the preview and the send) and show the state it leads to, with `note`
        in the strip above the grid. An event the state does not accept is refused and logged, never half done."""
        try:
            self.state.handle(event)
        except IllegalTransition as exc:
            log.error("draft %s: %s", self.draft_id, exc)
            return False
        editable = self.state.editable
        self.header.set_read_only(not editable)
        self.view.setEditTriggers(self._edit_triggers if editable else self.view.EditTrigger.NoEditTriggers)
        self.sending_strip.show_banner(self.state.banner, note)
        return True

    def show_note(self, text: str) -> None:
        """The send's progress ("Entry 2 of 3 booked…") in the strip above the grid."""
        self.sending_strip.show_banner(self.state.banner, text)

    def show_colleagues_draft(self, note: str) -> bool:
        """A colleague edits this draft (team database): read-only, `note` ("Being edited by …") above the grid."""
        return self.transition(PageEvent.COLLEAGUE_EDITS, note)

    def replace_voucher(self, voucher: Voucher, raw_cells: Mapping[str, str] | None = None) -> None:
        """Show `voucher` instead (a draft taken over: the version its colleague saved last); no undo back."""
        editor = self._make_editor(voucher, [])
        if raw_cells:
            editor.restore_raw_cell_texts(raw_cells)
        self.model.set_editor(editor)
        self.undo_stack.clear()
        self._show_profile()

    def is_blank(self) -> bool:
        """Nothing typed in the lines and no source document attached (the header alone is not worth keeping)."""
        return not self.attachments.attachments and all(self.line_is_blank(i) for i in range(self.editor.line_count))
