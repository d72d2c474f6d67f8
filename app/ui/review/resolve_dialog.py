"""Deciding an uncertain voucher (it may or may not have reached the target) with the evidence on screen:
the `sending` audit row with the exact body, and whatever HTTP exchange followed it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.store.audit import AuditEvent
from app.store.review import ReviewDetail
from app.ui.messages import render
from app.ui import style
from app.ui.review.evidence import audit_text, requests_text

EVIDENCE_EVENTS = (AuditEvent.SENDING, AuditEvent.HTTP, AuditEvent.STATE, AuditEvent.RECONCILE,
                   AuditEvent.RESOLVE)


class ResolveDialog(QDialog):
    """Shows the evidence and asks: posted, or send again? `decided(decision)` after a confirmation."""

    decided = Signal(str)  # "posted" or "resend"

    def __init__(self, detail: ReviewDetail, parent: QWidget | None = None):
        super().__init__(parent)
        row = detail.row
        self.detail = detail
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("ResolveDialog")
        self.setWindowTitle(self.tr("Decide: voucher {number}").format(number=row.number or row.submission_id))
        self.resize(860, 620)
        target = "Confirma" if row.target == "confirma" else "Infinity"
        if row.target == "infinity":
            how = self.tr("Infinity has no way to list what it booked, so LedgerDesk cannot check. Look in "
                          "Infinity for entries of {date} with the description below: if they are there, choose "
                          "“It was posted”; if not, “Send it again”.")
        else:
            how = self.tr("Confirma's status list did not settle it. Look in the accounting system: if the voucher "
                          "is there, choose “It was posted”; if not, “Send it again” (same identifier).")
        intro = QLabel(self.tr("<b>Voucher {number}</b> · {date} · {description}<br>It was being sent to {target} "
                               "({profile}) and no clear answer came back: {detail}").format(
            number=row.number or "—", date=row.date.isoformat() if row.date else "—", description=row.description,
            target=target, profile=row.profile, detail=render(detail.submission.detail) or self.tr("no answer")))
        intro.setWordWrap(True)
        advice = QLabel(how.format(date=row.date.isoformat() if row.date else "—"))
        advice.setWordWrap(True)
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("ResolveEvidence")
        self.evidence.setReadOnly(True)
        self.evidence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.evidence.setPlainText(audit_text(detail.audit, EVIDENCE_EVENTS) + "\n\n"
                                   + self.tr("— The requests and where each stands —") + "\n"
                                   + requests_text(detail.requests))
        buttons = QDialogButtonBox()
        self.posted_button = QPushButton(self.tr("It &was posted"))
        self.posted_button.setObjectName("ResolvePosted")
        self.resend_button = QPushButton(self.tr("&Send it again"))
        self.resend_button.setObjectName("ResolveResend")
        buttons.addButton(self.posted_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.posted_button.clicked.connect(lambda: self.confirm("posted"))
        self.resend_button.clicked.connect(lambda: self.confirm("resend"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(advice)
        layout.addWidget(QLabel(self.tr("What the audit log holds (exact bodies):")))
        layout.addWidget(self.evidence, 1)
        layout.addWidget(buttons)
        self.evidence.setFocus()

    def confirm(self, decision: str) -> None:
        """Ask once more, in words that say what happens; Yes emits `decided`."""
        row = self.detail.row
        if decision == "posted":
            text = self.tr("Mark voucher {number} as posted?\n\nLedgerDesk will record your decision in the audit "
                           "log and will never send it again.")
        else:
            text = self.tr("Send voucher {number} again?\n\nIf it did reach the target, it will be booked twice: "
                           "send again only if you checked that it is not there.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Confirm your decision"),
                          text.format(number=row.number or row.submission_id),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("ResolveConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box, decision))
        self.confirm_box = box
        style.open_dialog(box)

    def _confirmed(self, box: QMessageBox, decision: str) -> None:
        self.confirm_box = None
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        box.deleteLater()
        if yes:
            self.decided.emit(decision)
            self.accept()
