"""The banner above the drafts when vouchers need the bookkeeper's decision (uncertain: maybe posted)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UncertainBanner(QFrame):
    """"N vouchers need your decision"; the button (or Ctrl+Shift+U) opens the review on just those."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UncertainBanner")
        self.setStyleSheet("QFrame#UncertainBanner { background: #c25100; border-radius: 4px; } "
                           "QFrame#UncertainBanner QLabel { color: white; font-weight: 600; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel()
        self.text.setObjectName("UncertainBannerText")
        self.button = QPushButton(self.tr("Review them… (Ctrl+Shift+U)"))
        self.button.setObjectName("UncertainBannerButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.open_requested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.count = 0
        self.hide()

    def set_count(self, count: int) -> None:
        """Show how many vouchers wait for a decision; hidden when none do."""
        self.count = count
        if count:
            self.text.setText(self.tr("%n voucher(s) need your decision: LedgerDesk cannot tell whether they "
                                      "reached the target.", "", count))
        self.setVisible(count > 0)
