"""The bar above the drafts where outcomes appear (sent, refused, not confirmed), whichever tab is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from app.ui import style
from app.ui.messages import render

# "i" for a note: "…" at the start of the welcome banner read as text cut off before it (issue 18).
_ICONS = {"ok": "✓", "error": "✗", "warning": "!", "info": "i"}


class OutcomeBar(QFrame):
    """One message at a time, coloured by kind; stays until replaced or dismissed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OutcomeBar")
        style.apply_window_style(self)
        self.setAccessibleName(self.tr("Outcome"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("OutcomeText")
        self.text.setAccessibleName(self.tr("Outcome message"))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss the message"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.kind = ""
        self.hide()

    def _kind_name(self, kind: str) -> str:
        """The icon's meaning in words ("✗" means nothing read aloud)."""
        return {"ok": self.tr("Done"), "error": self.tr("Error"), "warning": self.tr("Warning"),
                "info": self.tr("Note")}.get(kind, kind)

    def show_message(self, kind: str, text: str) -> None:
        """Show `text`; a lower layer's Message (a key renewal's result, a keyring error) in the window's
        language. Texts that came through a signal of str were rendered before it (app/ui/tasks.py)."""
        text = render(text)
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setText(f"<b>{_ICONS.get(kind, '')}</b>")
        self.icon.setAccessibleName(self._kind_name(kind))
        self.text.setText(text)
        self.text.setAccessibleDescription(self._kind_name(kind))
        self.show()
