"""A draft tab's saving: every committed edit reaches the autosave writer within AUTOSAVE_DELAY_MS, and what is
still being typed (an open cell editor, a header field) is committed first when the window closes, the
application quits or the desktop session ends, so nothing typed is lost (docs/keyboard.md).

The voucher goes to the store as voucher file v1 text; the texts of cells that could not be read (an amount
like "12,3,4", a date like "31.11.2026") go beside it (DraftText.raw_cells), as that format has no place for
them, and are typed back into their cells when the draft reopens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.domain.voucher_file import dump_voucher_file
from app.store.drafts import DraftText

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from app.editing import VoucherEditor
    from app.editing.page_state import PageStateMachine
    from app.ui.header_widget import HeaderWidget
    from app.ui.voucher_view import VoucherView
    from app.ui.workspace import ProfileData, Workspace

    _PageWidget = QWidget  # for mypy: the part is mixed into a widget (its timer's parent)
else:
    _PageWidget = object  # at run time VoucherPage(PageAutosave, QWidget) is the one QWidget

AUTOSAVE_DELAY_MS = 150  # at most this long between a committed edit and its hand-over to the writer


class PageAutosave(_PageWidget):
    """Mixed into VoucherPage. What it uses of the page is declared below (as app/editing's EditorParts does),
    so mypy checks this part against it; `state` says whether the page's state lets autosave run
    (app/editing/page_state.py)."""

    workspace: Workspace
    draft_id: str
    data: ProfileData
    state: PageStateMachine
    view: VoucherView
    header: HeaderWidget

    if TYPE_CHECKING:
        @property
        def editor(self) -> VoucherEditor: ...

        @property
        def profile_name(self) -> str: ...

        @property
        def title_changed(self) -> SignalInstance: ...

    def _init_autosave(self) -> None:
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._autosave_stopped = False  # the tab is being closed and its draft archived

    def _edited(self) -> None:
        self.title_changed.emit()
        if not self._save_timer.isActive():
            self._save_timer.start()

    def save_now(self) -> None:
        """Hand the draft to the autosave writer: the lines are copied here, written on its thread."""
        self._save_timer.stop()
        if self._autosave_stopped or not self.state.autosave:  # a voucher being sent or held is not a draft
            return
        voucher, target = self.editor.voucher(), self.data.profile.target
        raw_cells = self.editor.raw_cell_texts()
        self.workspace.autosave.schedule(self.draft_id, self.profile_name,
                                         lambda: DraftText(dump_voucher_file(voucher, target), raw_cells))

    def save_pending(self) -> None:
        """Save now if an edit is waiting for the autosave delay (on quit)."""
        if self._save_timer.isActive():
            self.save_now()

    def keep_typing(self) -> None:
        """Commit what is being typed (the open cell, a header field) and hand the draft to the writer at once:
        the window closes, the application quits or the session ends."""
        if self.state.editable:
            # As typed: a suggestion the bookkeeper did not take is not taken for them.
            self.view.commit_open_editor(accept_suggestion=False)
            self.header.commit_typed()
        self.save_pending()

    def stop_autosave(self) -> None:
        """No more saves of this draft (it is being closed and archived)."""
        self._autosave_stopped = True
        self._save_timer.stop()
