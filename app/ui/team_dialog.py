"""Settings ▸ Team database…: where this data location's store is, joining the office's PostgreSQL, leaving it.

The same use cases as `ledgerdesk team connect|status|leave` (app/services/team.py), run off the GUI thread
(connecting may wait for a server, the keyring for an unlock prompt). A refused join is said on the field it
belongs to. The window keeps the store it started with (app/store/team_location.py, `pin_location`): after
joining or leaving, the bookkeeper is asked to restart LedgerDesk, and until then nothing moves under the
open drafts, the review list or a send in flight (docs/team.md, "The Settings dialog").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)
from shiboken6 import isValid

from app.services import team
from app.services.session import keystore
from app.services.team import JoinRefused, StoreStatus, TeamJoined, TeamLeft
from app.store.team_location import bookkeeper_name, location_in_use, read_location
from app.ui import style
from app.ui.accessibility import name_buttons
from app.ui.outcome_bar import OutcomeBar
from app.ui.workspace import Workspace


ADDRESS_FORM = "postgresql://USER@HOST:5432/DATABASE"  # the same in every language (a URL's parts)


def _status_now() -> tuple[StoreStatus, str]:
    """(the recorded store's status, the name colleagues see): off the GUI thread."""
    return team.store_status(keystore()), bookkeeper_name()


class TeamDatabaseDialog(QDialog):
    """The store's status at the top, joining below it, leaving at the bottom."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TeamDatabaseDialog")
        self.setWindowTitle(self.tr("LedgerDesk — Team database"))
        self.setAccessibleName(self.tr("Team database"))
        self.workspace = workspace
        self.running = 0
        self.confirm_box: QMessageBox | None = None
        self.outcome = OutcomeBar()
        self.backend = self._value("TeamBackend")
        self.server = self._value("TeamServer")
        self.schema = self._value("TeamSchema")
        self.reachable = self._value("TeamReachable")
        self.who = self._value("TeamName")
        self.restart_note = self._value("TeamRestartNote")
        status = QFormLayout()
        status.addRow(self.tr("Database:"), self.backend)
        status.addRow(self.tr("Server or file:"), self.server)
        status.addRow(self.tr("Schema version:"), self.schema)
        status.addRow(self.tr("Reachable:"), self.reachable)
        status.addRow(self.tr("Colleagues see you as:"), self.who)
        status_box = QGroupBox(self.tr("This data location"))
        status_layout = QVBoxLayout(status_box)
        status_layout.addLayout(status)
        status_layout.addWidget(self.restart_note)

        self.url = self._field("TeamUrl", self.tr("Address"))
        self.url.setPlaceholderText(ADDRESS_FORM)
        self.url_problem = self._problem("TeamUrlProblem")
        self.password = self._field("TeamPassword", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the OS keyring, never in a file"))
        self.password_problem = self._problem("TeamPasswordProblem")
        self.name = self._field("TeamYourName", self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("how colleagues see you (default: your user name)"))
        self.join_button = self._button("TeamJoin", self.tr("&Join"), self.join)
        join = QFormLayout()
        join.addRow(self._label(self.tr("&Address:"), self.url), self.url)
        join.addRow("", self.url_problem)
        join.addRow(self._label(self.tr("Pass&word:"), self.password), self.password)
        join.addRow("", self.password_problem)
        join.addRow(self._label(self.tr("Your &name:"), self.name), self.name)
        join.addRow("", self.join_button)
        self.join_box = QGroupBox(self.tr("Join the office's team database"))
        self.join_box.setLayout(join)

        self.leave_button = self._button("TeamLeave", self.tr("&Leave the team database…"), self.leave)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        name_buttons(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addWidget(status_box)
        layout.addWidget(self.join_box)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(720, 560)
        self.refresh()

    # ---- building ------------------------------------------------------------------------------

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _problem(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {style.ERROR_TEXT.name()};")
        label.hide()
        return label

    @staticmethod
    def _field(name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.running += 1
        self._enable()

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            if not isValid(self):
                return  # closed while the work ran
            self.running -= 1
            self._enable()
            callback(value)
        self.workspace.tasks.run(lambda _progress: work(), lambda value: finish(done, value),
                                 lambda message: finish(lambda text: self.outcome.show_message("error", text),
                                                        message))

    def _enable(self) -> None:
        idle = self.running == 0
        self.join_button.setEnabled(idle)
        self.leave_button.setEnabled(idle and self._recorded_team)

    # ---- the status ----------------------------------------------------------------------------

    _recorded_team = False

    def refresh(self) -> None:
        """Ask (off the GUI thread) where the store is and whether it answers now."""
        self.reachable.setText(self.tr("checking…"))
        self._run(_status_now, self._show_status)

    def _show_status(self, result: tuple[StoreStatus, str]) -> None:
        status, who = result
        team_database = status.backend == "postgresql"
        self._recorded_team = team_database
        self.backend.setText(self.tr("the office's team database (PostgreSQL)") if team_database else
                             self.tr("this computer's own file (SQLite)"))
        self.server.setText(status.server)
        self.schema.setText(str(status.schema_version) if status.schema_version is not None else self.tr("unknown"))
        if status.reachable:
            self.reachable.setText(self.tr("yes"))
        else:
            self.reachable.setText(self.tr("no: {problem}").format(problem=status.problem))
        self.who.setText(who if team_database else self.tr("{name} (only when on a team database)").format(name=who))
        self.join_box.setTitle(self.tr("Join another team database") if team_database else
                               self.tr("Join the office's team database"))
        in_use = location_in_use()
        try:
            recorded = read_location()
        except Exception:  # noqa: BLE001 - the status above already says what is wrong with team.json
            recorded = in_use
        if (in_use is None) != (recorded is None) or (in_use and recorded and in_use.url != recorded.url):
            self.restart_note.setText(self.tr("This window still uses {where} until LedgerDesk is restarted: "
                                              "close it and start LedgerDesk again.").format(
                where=in_use.server if in_use is not None else self.tr("this computer's own file")))
        else:
            self.restart_note.clear()
        self._enable()

    # ---- joining -------------------------------------------------------------------------------

    def join(self) -> None:
        """Join with the typed address, password and name (the same use case as `ledgerdesk team connect`)."""
        url, password, name = self.url.text().strip(), self.password.text(), self.name.text()
        self._say_on(None, "")
        if not url:
            self._say_on(self.url, self.tr("Type the team database's address first."))
            return
        self.password.clear()  # read once; the keyring keeps it from here
        self.outcome.show_message("info", self.tr("Connecting to the team database…"))
        self._run(lambda: team.join_team(url, password, name, keystore()), self._joined)

    def _joined(self, result: TeamJoined | JoinRefused) -> None:
        if isinstance(result, JoinRefused):
            field = self.password if result.field == "password" else self.url
            self._say_on(field, self._refusal(result), result.detail)
            self.outcome.show_message("error", self.tr("Not joined; nothing was changed."))
            return
        words = [self.tr("Joined the team database {server} (schema {version}).").format(
            server=result.server, version=result.schema_version)]
        merge = result.profiles
        if merge.uploaded:
            words.append(self.tr("Your profiles now shared with the office: {names} (your API keys stay in this "
                                 "computer's keyring).").format(names=", ".join(merge.uploaded)))
        if merge.kept_team:
            words.append(self.tr("The office already has {names} with other settings: the office's are used.")
                         .format(names=", ".join(merge.kept_team)))
        words.append(self.tr("Restart LedgerDesk to use it: this window keeps its current database until then."))
        self.outcome.show_message("ok", " ".join(words))
        self.refresh()

    def _refusal(self, refused: JoinRefused) -> str:
        """The refusal in the window's language, for the field it is shown on."""
        texts = {
            "address": self.tr("That is not a PostgreSQL address. Write it as postgresql://USER@HOST:PORT/DATABASE."),
            "password": self.tr("The server refused this password (or needs one): check it and type it again."),
            "keyring": self.tr("The password could not be kept in the OS keyring: {detail}"),
            "unreachable": self.tr("The server cannot be reached: check the address and the network, and that the "
                                   "server is running."),
            "missing_database": self.tr("The server has no database of that name: ask whoever runs it."),
            "refused": self.tr("The server refused this user or this computer: ask whoever runs it for access."),
            "not_initialised": self.tr("This database has no LedgerDesk tables yet: it is set up once with "
                                       "`ledgerdesk team init` (docs/team.md)."),
            "newer": self.tr("A newer LedgerDesk set up this database: update LedgerDesk first."),
        }
        return texts.get(refused.code, self.tr("The team database cannot be used: {detail}")).format(
            detail=refused.detail)

    def _say_on(self, field: QLineEdit | None, text: str, detail: str = "") -> None:
        """Show `text` under `field` (and nothing under the other), marking the field for screen readers."""
        for edit, label in ((self.url, self.url_problem), (self.password, self.password_problem)):
            mine = edit is field and bool(text)
            label.setText(text if mine else "")
            label.setToolTip(detail if mine else "")
            label.setVisible(mine)
            edit.setAccessibleDescription(text if mine else "")
        if field is not None and text:
            field.setFocus()

    # ---- leaving -------------------------------------------------------------------------------

    def leave(self) -> None:
        """Back to this computer's own file, after a confirmation."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Leave the team database"),
                          self.tr("Use this computer's own database and profiles again? The team database keeps "
                                  "everything for your colleagues; its password is deleted from this computer's "
                                  "keyring. LedgerDesk must be restarted to use the local database."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("TeamLeaveConfirm")
        box.setAccessibleName(self.tr("Leave the team database"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._leave_confirmed(box))
        self.confirm_box = box
        style.open_dialog(box)

    def _leave_confirmed(self, box: QMessageBox) -> None:
        self.confirm_box = None
        style.focus_back(self.leave_button)
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: team.leave_team(keystore()), self._left)

    def _left(self, left: TeamLeft | None) -> None:
        if left is None:
            self.outcome.show_message("info", self.tr("This data location already uses this computer's own "
                                                      "database."))
        else:
            text = self.tr("Left the team database {server}. Restart LedgerDesk to use this computer's own database "
                           "and profiles: this window keeps the team database until then.").format(server=left.server)
            if left.problem:
                text += " " + self.tr("Its password could not be deleted from the keyring ({problem}).").format(
                    problem=left.problem)
            self.outcome.show_message("warning" if left.problem else "ok", text)
        self.refresh()


def open_team_dialog(workspace: Workspace, parent: QWidget) -> TeamDatabaseDialog:
    """Open Settings ▸ Team database… over `parent`."""
    dialog = TeamDatabaseDialog(workspace, parent)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    style.open_dialog(dialog)
    return dialog
