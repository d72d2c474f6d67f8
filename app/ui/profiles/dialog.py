"""Settings ▸ Profiles: add, edit and remove profiles, store keys in the OS keyring, test a connection,
renew a Confirma key and import a chart of accounts.

Everything that touches the keyring, the settings file, the network or the database runs through
app/ui/tasks.py (an unlock prompt or a slow server never freezes the window). A key is read from the
masked field once, the field is emptied at once, and afterwards only "stored in <keyring>" is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app.domain.targets import Target
from app.services import profiles as profile_service
from app.services.profiles import ProfileInputError
from app.resources import vat_table_for
from app.store.charts import ChartStore
from app.store.profile import Profile
from app.store.settings import SettingsError
from app.ui import style
from app.ui.outcome_bar import OutcomeBar
from app.ui.profiles import jobs
from app.ui.profiles.chart_import import ChartImportDialog
from app.ui.profiles.form import ProfileForm
from app.ui.workspace import Workspace


class ProfilesDialog(QDialog):
    """The profiles on the left, the chosen one's fields on the right, the actions below."""

    profiles_changed = Signal(str)  # the profile whose settings, key or chart changed ("" : the list changed)

    def __init__(self, workspace: Workspace, drafts_on: Callable[[], list[str]] = list,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProfilesDialog")
        self._drafts_on = drafts_on  # the profiles that open draft tabs post to
        self.setWindowTitle(self.tr("LedgerDesk — Profiles"))
        self.resize(1000, 720)
        self.workspace = workspace
        self.profiles: dict[str, Profile] = {}
        self.dialog: QWidget | None = None  # a file dialog, chart preview or confirmation while open
        self.running = 0
        self.accounts = -1  # the chosen profile's chart size (-1: none chosen yet)
        self.list = QListWidget()
        self.list.setObjectName("ProfileList")
        self.list.currentItemChanged.connect(lambda item, _previous: self._chosen(item))
        self.form = ProfileForm(workspace.today())
        self.form.language = workspace.language
        self.form.target.currentIndexChanged.connect(lambda _i: self._enable())  # Confirma-only actions
        self.outcome = OutcomeBar()
        self.new_button = self._button("ProfileNew", self.tr("New &profile"), self.new_profile)
        self.remove_button = self._button("ProfileRemove", self.tr("&Remove…"), self.remove)
        self.save_button = self._button("ProfileSave", self.tr("&Save"), self.save)
        self.test_button = self._button("ProfileTest", self.tr("Test &connection"), self.test_connection)
        self.renew_button = self._button("ProfileRenew", self.tr("Rene&w key…"), self.renew_key)
        self.chart_button = self._button("ProfileChart", self.tr("Import c&hart…"), self.import_chart)
        # A profile without a chart (a new one) is offered its target's starter chart, as the sandbox got.
        self.starter_button = self._button("ProfileStarterChart", self.tr("Use the &bundled chart"),
                                           self.use_starter_chart)
        list_label = QLabel(self.tr("Profi&les"))
        list_label.setBuddy(self.list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.remove_button)
        actions = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.renew_button, self.chart_button,
                       self.starter_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.form, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.reload()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a field must not remove or renew anything
        button.clicked.connect(slot)
        return button

    def say(self, kind: str, text: str) -> None:
        """A message in the dialog's outcome bar."""
        self.outcome.show_message(kind, text)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None],
             blocking: bool = True) -> None:
        """Background work; while a blocking one runs (keyring, settings, network) the actions wait."""
        self.running += blocking
        self._enable()

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            if not isValid(self):
                return  # the dialog was closed and deleted while the work ran
            self.running -= blocking
            self._enable()
            callback(value)
        self.workspace.tasks.run(lambda _progress: work(), lambda value: finish(done, value),
                                 lambda message: finish(failed, message))

    def _enable(self) -> None:
        idle, chosen = self.running == 0, self.form.existing is not None
        self.save_button.setEnabled(idle)
        for button in (self.remove_button, self.test_button, self.chart_button):
            button.setEnabled(idle and chosen)
        confirma = self.form.target.currentData() == Target.CONFIRMA.value
        self.renew_button.setVisible(confirma)  # only Confirma renews keys: hidden, not greyed, for Infinity
        self.renew_button.setEnabled(idle and chosen and confirma)
        self.starter_button.setVisible(chosen and self.accounts == 0)
        self.starter_button.setEnabled(idle and chosen)

    # ---- the list ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the profiles (settings.json, or the team database's as they are now) and list them (production
        ones marked)."""
        try:
            self.profiles = profile_service.load_profiles(conn=self.workspace.conn)
        except SettingsError as exc:
            self.say("error", str(exc))
            self.profiles = {}
        self.list.blockSignals(True)
        self.list.clear()
        for name in sorted(self.profiles, key=str.casefold):
            profile = self.profiles[name]
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            style.mark_profile_item(item, profile)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if select in names or (select is None and names):
            self.list.setCurrentRow(names.index(select) if select in names else 0)
            self._chosen(self.list.currentItem())
        else:
            self.new_profile()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        charts = ChartStore(self.workspace.conn)
        self.accounts = len(charts.accounts(name))
        self.form.show_profile(self.profiles[name], charts.vat_table(name), self.accounts)
        self.form.show_key_status(self.tr("Key: checking the keyring…"))
        self._enable()
        profile = self.profiles[name]
        self._run(lambda: jobs.key_summary(profile), lambda result: self._key_known(name, result),
                  lambda message: self._key_known(name, ("problem", message)), blocking=False)

    def _key_known(self, name: str, result: tuple[str, str]) -> None:
        if self.form.existing is None or self.form.existing.name != name:
            return  # another profile was chosen meanwhile
        kind, detail = result
        if kind == "stored":
            self.form.show_key_status(self.tr("Key: stored in {keyring}").format(keyring=detail))
        elif kind == "sandbox":
            self.form.show_key_status(self.tr("Key: none needed — LedgerDesk's sandbox on this computer takes its "
                                              "public key; a key stored here would be used instead."))
        elif kind == "missing":
            self.form.show_key_status(self.tr("Key: NOT stored — paste it above and save."), problem=True)
        elif kind == "missing_here":  # a shared profile: a colleague's key is in their keyring, never copied
            self.form.show_key_status(self.tr("Key: no key on this computer — add yours: paste it above and save."),
                                      problem=True)
        else:
            self.form.show_key_status(detail, problem=True)

    def new_profile(self) -> None:
        """Empty fields for a new profile, with the documented defaults."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.form.show_profile(None)
        self._enable()
        self.form.name.setFocus()

    # ---- saving and removing -------------------------------------------------------------------

    def save(self) -> None:
        """Check the fields; the typed key goes to the keyring first, then the profile to the settings."""
        try:
            profile = self.form.profile()
        except ProfileInputError as exc:
            self.say("error", "\n".join(exc.problems))
            return
        is_new = self.form.existing is None
        if is_new and profile.name.casefold() in {n.casefold() for n in self.profiles}:
            self.say("error", self.tr("A profile called '{name}' already exists.").format(name=profile.name))
            return
        if is_new and not self.form.key.text().strip():
            self.say("error", self.tr("Paste the profile's API key first: it is stored in the OS keyring, never in "
                                      "a file."))
            self.form.key.setFocus()
            return
        key = self.form.take_key()
        work = (lambda: jobs.save_new_profile(profile, key)) if is_new else (
            lambda: jobs.save_profile_changes(profile, key))
        self.say("info", self.tr("Saving {name}…").format(name=profile.name))
        self._run(work, lambda backend: self._saved(profile, bool(key), backend),
                  lambda message: self._not_saved(message, bool(key)))

    def _saved(self, profile: Profile, key_stored: bool, backend: str) -> None:
        text = self.tr("Saved {name}.").format(name=profile.name)
        if key_stored:
            text += " " + self.tr("Its API key is stored in {backend}.").format(backend=backend)
        warnings = profile.warnings()
        self.say("warning" if warnings else "ok", " ".join([text, *warnings]))
        self._changed(profile.name)
        self.reload(profile.name)

    def _not_saved(self, message: str, key_given: bool) -> None:
        # The keyring's own words (locked, refused, unavailable), and that the key must be typed again.
        again = " " + self.tr("The key was not kept anywhere: paste it again.") if key_given else ""
        self.say("error", self.tr("Not saved: {problem}").format(problem=message) + again)
        self.form.show_key_status(message, problem=True)

    def _changed(self, name: str) -> None:
        """Tell the open drafts: the workspace's profiles are re-read and their cached tables dropped."""
        try:
            fresh = profile_service.load_profiles(conn=self.workspace.conn)
        except SettingsError:
            return
        self.workspace.profiles.clear()
        self.workspace.profiles.update(fresh)
        self.workspace.forget_profile_data(name or None)
        self.profiles_changed.emit(name)

    def remove(self) -> None:
        """Remove the chosen profile and its key, after a confirmation (not while drafts use it)."""
        profile = self.form.existing
        if profile is None:
            return
        if profile.name in self._drafts_on():
            self.say("error", self.tr("Drafts are open on {name}: send or close them, or move them to another "
                                      "profile (Alt+P in the draft), then remove it.").format(name=profile.name))
            return
        question = self.tr("Remove {name} and delete its API key from the keyring? Vouchers already sent "
                           "stay in the review list.")
        if profile_service.on_team_database():
            question = self.tr("Remove {name} for the whole office, and delete your API key of it from this "
                               "computer's keyring? Colleagues' keys stay in their keyrings; vouchers already "
                               "sent stay in the review list.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove profile"), question.format(name=profile.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("ProfileRemoveConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._remove_confirmed(box, profile.name))
        self.dialog = box
        style.open_dialog(box)

    def _remove_confirmed(self, box: QMessageBox, name: str) -> None:
        self.dialog = None
        style.focus_back(self.list)
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: jobs.remove_profile(name), lambda _deleted: self._removed(name),
                  lambda message: self.say("error", self.tr("Not removed: {problem}").format(problem=message)))

    def _removed(self, name: str) -> None:
        self.say("ok", self.tr("Removed {name} and its API key.").format(name=name))
        self._changed("")
        self.reload()

    # ---- connection and key --------------------------------------------------------------------

    def test_connection(self) -> None:
        """Ask the service whether it accepts the stored key (Confirma: GET /validate; Infinity: read one contact)."""
        profile = self.profiles.get(self.form.existing.name) if self.form.existing else None
        if profile is None:
            return
        self.say("info", self.tr("Asking {target} whether it accepts the stored key…").format(
            target=profile.target.value.capitalize()))
        self._run(lambda: jobs.check_connection(profile),
                  lambda result: self.say("ok" if result[0] else "error", result[1]),
                  lambda message: self.say("warning", message))

    def renew_key(self) -> None:
        """Confirma only: a new key, stored once Confirma accepts it (after a confirmation)."""
        profile = self.form.existing
        if profile is None or profile.target is not Target.CONFIRMA:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Renew key"),
                          self.tr("Ask Confirma for a new API key for {name}? The new key is stored only after "
                                  "Confirma accepts it; otherwise the current key stays.").format(name=profile.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("ProfileRenewConfirm")
        box.finished.connect(lambda _r: self._renew_confirmed(box, profile))
        self.dialog = box
        style.open_dialog(box)

    def _renew_confirmed(self, box: QMessageBox, profile: Profile) -> None:
        self.dialog = None
        style.focus_back(self.renew_button)
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        self.say("info", self.tr("Asking Confirma for a new key…"))
        self._run(lambda: jobs.renew(profile), lambda renewal: self._renewed(profile, renewal),
                  lambda message: self.say("error", message))

    def _renewed(self, profile: Profile, renewal) -> None:
        self.say("ok" if renewal.stored else "warning", renewal.message)
        if self.form.existing is not None and self.form.existing.name == profile.name:
            self._chosen(self.list.currentItem())

    # ---- chart of accounts ---------------------------------------------------------------------

    def import_chart(self) -> None:
        """Choose a chart file; its preview comes next, nothing is stored before Import."""
        profile = self.form.existing
        if profile is None:
            return
        dialog = QFileDialog(self, self.tr("Chart of accounts for {name}").format(name=profile.name), str(Path.home()),
                             self.tr("Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)"))
        dialog.setObjectName("ChartFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        def chosen(path: str) -> None:
            if path:
                self._read_chart(profile, Path(path))

        dialog.fileSelected.connect(chosen)
        self.dialog = dialog
        style.open_dialog(dialog)

    def use_starter_chart(self) -> None:
        """Give the chosen profile (which has no chart) the starter chart of its target."""
        profile = self.form.existing
        if profile is None:
            return
        table = ChartStore(self.workspace.conn).vat_table(profile.name) or vat_table_for(profile.target)
        codes = list(table.codes)
        self._run(lambda: jobs.install_starter(profile, codes), lambda count: self._imported(profile.name, count),
                  lambda message: self.say("error", self.tr("The chart was not imported: {problem}").format(
                      problem=message)))

    def _read_chart(self, profile: Profile, path: Path) -> None:
        codes = list(self.workspace.profile_data(profile.name).table.codes)
        self._run(lambda: jobs.read_chart(path, codes), lambda preview: self._preview(profile, path, preview),
                  lambda message: self.say("error", self.tr("{file} cannot be read: {problem}").format(
                      file=path.name, problem=message)))

    def _preview(self, profile: Profile, path: Path, preview) -> None:
        dialog = ChartImportDialog(profile.name, path.name, preview, self)
        dialog.accepted.connect(lambda: self._run(
            lambda: jobs.import_chart(profile.name, preview.accounts),
            lambda count: self._imported(profile.name, count),
            lambda message: self.say("error", self.tr("The chart was not imported: {problem}").format(
                problem=message))))
        self.dialog = dialog
        style.open_dialog(dialog)

    def _imported(self, name: str, count: int) -> None:
        self.say("ok", self.tr("Imported %n account(s) into {name}'s chart.", "", count).format(name=name))
        self._changed(name)
        self.reload(name)
