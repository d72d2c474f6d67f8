"""The bar above the drafts where outcomes appear (sent, refused, not confirmed), whichever tab is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_ICONS = {"ok": "✓", "error": "✗", "warning": "!", "info": "…"}


class OutcomeBar(QFrame):
    """One message at a time, coloured by kind; stays until replaced or dismissed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OutcomeBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("OutcomeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")
        close.setToolTip("Dismiss")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setText(f"<b>{_ICONS.get(kind, '')}</b>")
        self.text.setText(text)
        self.show()
