"""Settings ▸ Profiles: connection profiles, API keys in the OS keyring, connection tests, charts of accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui import style
from app.ui.profiles.dialog import ProfilesDialog

if TYPE_CHECKING:
    from app.ui.drafts import DraftTabs
    from app.ui.workspace import Workspace


def open_profiles_dialog(workspace: Workspace, tabs: DraftTabs, parent: QWidget) -> ProfilesDialog:
    """Open Settings ▸ Profiles over `parent`; what it changes reaches the open draft tabs at once."""
    dialog = ProfilesDialog(workspace, lambda: [page.profile_name for page in tabs.pages()], parent)
    dialog.profiles_changed.connect(tabs.profiles_changed)
    dialog.finished.connect(lambda _result: dialog.deleteLater())

    def focus_back(_result: int) -> None:
        if (page := tabs.current_page()) is not None:
            style.focus_back(page.view)

    dialog.finished.connect(focus_back)
    style.open_dialog(dialog)
    return dialog


__all__ = ["ProfilesDialog", "open_profiles_dialog"]
