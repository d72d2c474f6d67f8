"""What Ctrl+Enter (SubmitFlow) needs of a draft tab, declared: VoucherPage provides it.

SubmitFlow reads the page's editor and profile to check and preview the voucher, and reports the preview and
the send to the page's state (`transition`), which decides what the page then allows and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.domain.issues import Issue
    from app.editing import VoucherEditor
    from app.editing.page_state import PageEvent, PageStateMachine
    from app.ui.header_widget import HeaderWidget
    from app.ui.issues_panel import IssuesPanel
    from app.ui.voucher_view import VoucherView
    from app.ui.workspace import ProfileData, Workspace


class SubmitPage(Protocol):
    """A page that can be checked, previewed and sent. (SubmitFlow also uses it as the Qt parent of itself
    and of its preview: VoucherPage is a QWidget.)"""

    workspace: Workspace
    data: ProfileData
    draft_id: str
    view: VoucherView
    header: HeaderWidget
    issues: IssuesPanel
    number_issues: list[Issue]
    state: PageStateMachine  # asked whether Ctrl+Enter may start; changed only through transition()

    @property
    def message(self) -> SignalInstance: ...  # (kind, text) for the window's outcome bar

    @property
    def editor(self) -> VoucherEditor: ...

    @property
    def profile_name(self) -> str: ...

    def jump_to(self, issue: Issue) -> None: ...

    def show_server_issues(self, issues: list[Issue]) -> None: ...

    def save_now(self) -> None: ...

    def transition(self, event: PageEvent, note: str | None = None) -> bool: ...

    def show_note(self, text: str) -> None: ...
