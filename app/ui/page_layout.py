"""How a draft tab is laid out (header, the strip that says where its voucher is, grid with totals, issues),
and that strip itself, which shows the page state's banner (app/editing/page_state.py)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.editing.page_state import Banner


class SendingStrip(QFrame):
    """Above the grid while the voucher is sent or held: a busy indicator while sending, and a note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SendingStrip")
        self.progress, self.note = QProgressBar(), QLabel()
        # The page's own strings (context "VoucherPage"), as they were when the strip was part of the page.
        self.progress.setAccessibleName(QCoreApplication.translate("VoucherPage", "Sending"))
        self.note.setAccessibleName(QCoreApplication.translate("VoucherPage", "Sending status"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.note.setWordWrap(True)
        # A colleague's draft: the take-over by mouse (the key, Ctrl+Shift+O, is in the note).
        self.take_over = QPushButton(QCoreApplication.translate("VoucherPage", "Take over…"))
        self.take_over.setObjectName("TakeOverDraft")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.progress)
        row.addWidget(self.note, 1)
        row.addWidget(self.take_over)
        self.hide()

    def show_banner(self, banner: Banner, note: str | None = None) -> None:
        """Show the state's banner; `note` replaces the text (None keeps it, as when a preview closes)."""
        if note is not None:
            self.note.setText(note)
        self.setVisible(banner is not Banner.NONE)
        self.progress.setVisible(banner is Banner.SENDING)
        self.take_over.setVisible(banner is Banner.COLLEAGUE)


def lay_out_page(page: QWidget, header: QWidget, strip: SendingStrip, view: QWidget, totals: QWidget,
                 issues: QWidget, issues_table: QWidget, first_fields: list[QWidget], documents: QWidget,
                 documents_list: QWidget) -> None:
    """Header, strip, then the grid with its totals over the issues over the source documents (a splitter between
    them). Keyboard order for Tab and for a screen reader's walk: the header fields, then the grid, then
    the issues, then the documents."""
    grid_box = QWidget()
    column = QVBoxLayout(grid_box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(view, 1)
    column.addWidget(totals)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(grid_box)
    splitter.addWidget(issues)
    splitter.addWidget(documents)  # full width: beside the issues their long titles were cut in German and Finnish
    splitter.setStretchFactor(0, 4)
    splitter.setStretchFactor(1, 1)
    splitter.setStretchFactor(2, 1)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(header)
    layout.addWidget(strip)
    layout.addWidget(splitter, 1)
    chain = [*first_fields, view, issues_table, documents_list]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
