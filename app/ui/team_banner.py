"""The banner above the drafts while the team database cannot be reached, and the background retry that takes
it away (app/services/team_link.py; docs/team.md, "What works when the server cannot be reached")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from app.services.autosave import AutosaveWriter
    from app.services.team_link import TeamLink, WindowStore
    from app.ui.tasks import BackgroundTasks

RETRY_S = (10, 20, 30)  # seconds between tries: sooner at first, then every 30 s


class TeamBanner(QFrame):
    """"The team database (server …) cannot be reached …" while it cannot; retries in the background and says
    when it is back (`said(kind, text)` for the outcome bar)."""

    changed = Signal(bool)  # the link's on_change, from whichever thread found out: handled here, on the GUI's
    said = Signal(str, str)
    back = Signal()  # the team database answers again (the window settles its outbox then)
    retract = Signal(str)  # a "back" message that is no longer true (the outcome bar hides it if still shown)

    def __init__(self, link: TeamLink, store: WindowStore, autosave: AutosaveWriter, tasks: BackgroundTasks,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.link, self.store, self.autosave, self.tasks = link, store, autosave, tasks
        self.setObjectName("TeamBanner")
        self.setStyleSheet("QFrame#TeamBanner { background: #8a1c1c; border-radius: 4px; } "
                           "QFrame#TeamBanner QLabel { color: white; font-weight: 600; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel()
        self.text.setObjectName("TeamBannerText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.tries = 0
        self._probing = False
        self._said_back = ""
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.try_now)
        self.changed.connect(self._changed)
        self.hide()
        if not link.online:
            self._changed(False)

    def _changed(self, online: bool) -> None:
        if online:
            self._back()
            return
        if self.store.team is not None:  # the writer found out first: the window's reads stop asking the server
            self.store.drop_team()
        if self._said_back:
            self.retract.emit(self._said_back)
            self._said_back = ""
        self.text.setText(self.tr("The team database (server {server}) cannot be reached — drafts are kept on this "
                                  "computer; posting waits until it is back. LedgerDesk tries again every few "
                                  "seconds.").format(server=self.link.server))
        self.setToolTip(self.link.problem)
        self.show()
        if not self.retry.isActive() and not self._probing:
            self._schedule()

    def _schedule(self) -> None:
        self.retry.start(RETRY_S[min(self.tries, len(RETRY_S) - 1)] * 1000)
        self.tries += 1

    def try_now(self) -> None:
        """Ask the server again, off the GUI thread; when it answers, the writer moves the kept drafts first."""
        if self.link.online or self._probing:
            return
        self._probing = True
        self.tasks.run(lambda progress: self.link.probe(), self._probed, self._probe_failed)

    def _probed(self, answers: bool) -> None:
        self._probing = False
        if self.link.online:
            return
        if answers:
            self.autosave.come_back()  # the link says "back" (changed) once the drafts are moved
        self._schedule()  # if moving them fails after all, the next try comes anyway

    def _probe_failed(self, _message: str) -> None:
        self._probing = False
        self._schedule()

    def _back(self) -> None:
        self.retry.stop()
        self.tries = 0
        if self.store.team is None:
            try:
                self.store.use_team(self.link.open_team())
            except Exception:  # noqa: BLE001 - gone again at once: the link has said so (changed(False) follows)
                return
        was_shown = self.isVisible()
        self.hide()
        for both in self.link.kept_both:
            self.said.emit("warning", self.tr(
                "{colleague} took over a draft while this computer could not reach the team database. Both are "
                "kept: theirs, and yours as a new draft (it opens with the next start).").format(
                colleague=both.colleague or self.tr("A colleague")))
        self.link.kept_both = []
        self.back.emit()
        if was_shown:
            self._said_back = self.tr("The team database (server {server}) can be reached again: the drafts kept "
                                      "on this computer are in it, and posting works again.").format(
                server=self.link.server)
            self.said.emit("ok", self._said_back)
