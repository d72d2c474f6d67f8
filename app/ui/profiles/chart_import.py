"""Importing a chart of accounts: what the file would give, shown before anything is stored.

Every row is either accepted (possibly with a note) or rejected with its reason; nothing is dropped
silently. Import replaces the profile's chart in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget)

from app.domain.chart import ChartPreview
from app.ui import style
from app.ui.tables import read_only_table


class ChartImportDialog(QDialog):
    """The preview of a chart file; Enter imports the accepted accounts, Esc leaves the chart as it is."""

    def __init__(self, profile: str, file_name: str, preview: ChartPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("ChartImportDialog")
        self.setWindowTitle(self.tr("Import a chart of accounts for {profile}").format(profile=profile))
        self.resize(760, 600)
        notes = {n.row: n.reason for n in preview.notes}
        summary = QLabel(self.tr("{file}: {accepted} account(s) accepted, {rejected} row(s) rejected "
                                 "(read as {encoding}, separated by “{delimiter}”). Importing replaces the "
                                 "profile's current chart.").format(
            file=file_name, accepted=len(preview.accounts), rejected=len(preview.rejected),
            encoding=preview.encoding, delimiter=preview.delimiter))
        summary.setObjectName("ChartSummary")
        summary.setWordWrap(True)
        self.accepted_table = read_only_table("ChartAccepted", (self.tr("Account"), self.tr("Name"), self.tr("VAT code"),
                                                 self.tr("Active")),
                               [(a.number, a.name, a.default_vat_code, self.tr("yes") if a.active else self.tr("no"))
                                for a in preview.accounts])
        self.rejected_table = read_only_table("ChartRejected", (self.tr("Row"), self.tr("Text"), self.tr("Why it is rejected")),
                               [(str(p.row), p.text, p.reason) for p in preview.rejected])
        for row in range(self.rejected_table.rowCount()):
            for col in range(self.rejected_table.columnCount()):
                if (item := self.rejected_table.item(row, col)) is not None:  # _table filled every cell
                    item.setBackground(style.ERROR_BACKGROUND)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        accepted_label = QLabel(self.tr("&Accepted accounts"))
        accepted_label.setBuddy(self.accepted_table)
        layout.addWidget(accepted_label)
        layout.addWidget(self.accepted_table, 3)
        rejected_label = QLabel(self.tr("&Rejected rows (not imported)"))
        rejected_label.setBuddy(self.rejected_table)
        layout.addWidget(rejected_label)
        layout.addWidget(self.rejected_table, 1)
        if notes:
            noted = QLabel("\n".join(self.tr("Row {row}: {note}").format(row=r, note=n)
                                      for r, n in sorted(notes.items())))
            noted.setWordWrap(True)
            noted.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
            layout.addWidget(noted)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import %n account(s)", "", len(preview.accounts)))
        self.import_button.setObjectName("ChartImportButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(bool(preview.accounts))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted_table.setFocus(Qt.FocusReason.OtherFocusReason)
