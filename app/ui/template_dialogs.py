"""File ▸ New draft from template… (Ctrl+T), File ▸ Save as template… (Ctrl+Shift+T), and the start's line
"3 recurring vouchers are due": the window's front end over app/services/commands/templates.py
(docs/templates.md).

The picker is typed into: the list narrows to the templates whose name or description holds the words, Up and
Down choose, Enter opens a new draft. The save dialog asks for a name, what the bookkeeper types into each
draft (amounts, date) and a schedule; its start date is typed as in the grid's date cells.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.domain.recurrence import Repeat, Schedule, ScheduleError
from app.domain.voucher_template import NAME_LIMIT, TemplateNameError
from app.editing.cells import DateError, format_date_cell, number_format, parse_date_cell
from app.services.commands import templates
from app.ui import style

if TYPE_CHECKING:
    from app.services.commands.templates import RecurringReport, TemplateInfo
    from app.ui.main_window import MainWindow
    from app.ui.voucher_page import VoucherPage


def _schedule_text(schedule: Schedule | None, locale: str) -> str:
    if schedule is None:
        return QCoreApplication.translate("TemplateDialogs", "on request")
    start = format_date_cell(schedule.start, number_format(locale))
    words = {Repeat.MONTHLY: QCoreApplication.translate("TemplateDialogs", "monthly on day {day} from {start}"),
             Repeat.QUARTERLY: QCoreApplication.translate("TemplateDialogs", "quarterly on day {day} from {start}"),
             Repeat.YEARLY: QCoreApplication.translate("TemplateDialogs", "yearly on day {day} from {start}")}
    return words[schedule.repeat].format(day=schedule.day, start=start)


def _locale(window: MainWindow) -> str:
    page = window.tabs.current_page()
    return page.data.locale if page is not None else "fi"


# ---- New draft from template (Ctrl+T) -----------------------------------------------------------------------

_SEARCHED = Qt.ItemDataRole.UserRole + 1


class TemplatePicker(QDialog):
    """Choose a template by typing part of its name or description; Enter opens a draft from it."""

    def __init__(self, infos: list[TemplateInfo], locale: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TemplatePicker")
        self.setWindowTitle(self.tr("New draft from template"))
        self.resize(560, 380)
        self.infos = infos
        self.filter = QLineEdit()
        self.filter.setObjectName("TemplateFilter")
        self.filter.setPlaceholderText(self.tr("Type to find a template"))
        self.filter.setAccessibleName(self.tr("Find a template"))
        self.list = QListWidget()
        self.list.setObjectName("TemplateList")
        self.list.setAccessibleName(self.tr("Templates"))
        for info in infos:
            text = info.name if info.problem else (
                f"{info.name} — {info.description}  ({_schedule_text(info.schedule, locale)})"
                if info.description and info.description != info.name
                else f"{info.name}  ({_schedule_text(info.schedule, locale)})")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setData(_SEARCHED, f"{info.name} {info.description}".casefold())  # not the schedule's words
            if info.problem:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, so it is not a mystery; cannot be chosen
                item.setToolTip(info.problem)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("No templates yet. Save a draft as one with Ctrl+Shift+T."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not infos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.delete_button = QPushButton(self.tr("&Delete template…"))
        self.delete_button.setObjectName("DeleteTemplate")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._ask_delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.confirm_box: QMessageBox | None = None
        self.deleted: list[str] = []
        self._narrow("")

    def chosen(self) -> str | None:
        """The name of the template chosen now (None when none is)."""
        item = self.list.currentItem()
        if item is None or item.isHidden() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = all(word in str(item.data(_SEARCHED)) for word in words)
            item.setHidden(not shown)
            if shown and first is None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                first = item
        if self.list.currentItem() is None or self.list.currentItem().isHidden():
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentRow(-1)
        self.open_button.setEnabled(self.chosen() is not None)
        self.delete_button.setEnabled(self.chosen() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move in the list: the keyboard never has to leave the typing.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # type: ignore[attr-defined]
            self._step(-1 if event.key() == Qt.Key.Key_Up else 1)  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()
                and self.list.item(r).flags() & Qt.ItemFlag.ItemIsEnabled]
        if not rows:
            return
        current = self.list.currentRow()
        position = rows.index(current) + step if current in rows else 0
        self.list.setCurrentRow(rows[max(0, min(position, len(rows) - 1))])
        self.open_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def _ask_delete(self) -> None:
        name = self.chosen()
        if name is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template"),
                          self.tr("Delete the template {name}? Drafts made from it stay.").format(name=name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box, name))
        self.confirm_box = box
        style.open_dialog(box)

    def _confirmed(self, box: QMessageBox, name: str) -> None:
        self.confirm_box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.deleted.append(name)
            row = self.list.currentRow()
            self.list.takeItem(row)
            self._narrow(self.filter.text())
        self.filter.setFocus()
        box.deleteLater()


def ask_new_from_template(window: MainWindow) -> None:
    """Ctrl+T: the picker; the chosen template opens as a new draft tab."""
    infos = templates.list_templates(window.workspace.conn, window.workspace.today())
    dialog = TemplatePicker(infos, _locale(window), window)

    def done(result: int) -> None:
        for deleted in dialog.deleted:
            if templates.delete_template(window.workspace.conn, deleted):
                window.show_message("ok", QCoreApplication.translate(
                    "TemplateDialogs", "Deleted the template {name}.").format(name=deleted))
        name = dialog.chosen() if result == QDialog.DialogCode.Accepted else None
        window.template_dialog = None
        if name is not None:
            new_from_template(window, name)
        elif (page := window.tabs.current_page()) is not None:
            style.focus_back(page.view)
    dialog.finished.connect(done)
    window.template_dialog = dialog
    style.open_dialog(dialog)
    dialog.filter.setFocus()


def new_from_template(window: MainWindow, name: str) -> VoucherPage | None:
    """A new draft tab from template `name`, numbered as Ctrl+N numbers; None (and why, in the bar) if it cannot."""
    workspace = window.workspace
    try:
        made = templates.draft_from_template(workspace.conn, name, workspace.new_draft_date())
    except templates.TemplateMissing:
        window.show_message("error", QCoreApplication.translate(
            "TemplateDialogs", "There is no template {name} any more.").format(name=name))
        return None
    except templates.TemplateUnreadable as exc:
        window.show_message("error", QCoreApplication.translate(
            "TemplateDialogs", "The template {name} cannot be read: {reason}").format(name=name, reason=exc))
        return None
    voucher, profile = made.voucher, made.profile
    if profile not in workspace.profiles:  # the profile was removed since: the current one takes the draft
        current = window.tabs.current_page()
        profile = current.profile_name if current is not None else workspace.default_profile()
    taken = [p.editor.header_text("number") for p in window.tabs.pages() if p.profile_name == profile]
    voucher.number = workspace.propose_number(profile, taken)
    if not voucher.company_id:
        voucher.company_id = workspace.profiles[profile].company_id
    page = window.tabs.open_voucher(voucher, profile)
    said = QCoreApplication.translate("TemplateDialogs", "New draft from the template {name}.").format(name=name)
    if made.template.blank_amounts and made.template.blank_date:
        said += " " + QCoreApplication.translate("TemplateDialogs", "Type its date and amounts.")
    elif made.template.blank_amounts:
        said += " " + QCoreApplication.translate("TemplateDialogs", "Type its amounts.")
    elif made.template.blank_date:
        said += " " + QCoreApplication.translate("TemplateDialogs", "Type its date.")
    window.show_page_message(page, "info", said)
    style.focus_back(page.view)  # the picker had the keyboard: the new draft's grid takes it back
    # The cursor goes where the bookkeeper is told to type: the first amount, else the voucher date.
    if made.template.blank_amounts and page.editor.line_count:
        page.view.go_to(page.editor.row_of(0), "debit")
    elif made.template.blank_date:
        page.header.fields["date"].setFocus(Qt.FocusReason.OtherFocusReason)
    return page


# ---- Save as template (Ctrl+Shift+T) ------------------------------------------------------------------------

REPEATS = (Repeat.NONE, Repeat.MONTHLY, Repeat.QUARTERLY, Repeat.YEARLY)


class SaveTemplateDialog(QDialog):
    """Name, what each draft leaves to the bookkeeper, and a schedule (none, monthly on day N, quarterly,
    yearly, from a start date typed as in the grid)."""

    def __init__(self, taken: set[str], locale: str, first: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SaveTemplateDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.taken, self.entry_locale = taken, locale
        self.name = QLineEdit()
        self.name.setObjectName("TemplateName")
        self.name.setMaxLength(NAME_LIMIT)
        self.blank_amounts = QCheckBox(self.tr("&Amounts are typed for each voucher"))
        self.blank_amounts.setObjectName("BlankAmounts")
        self.blank_date = QCheckBox(self.tr("Da&te is typed for each voucher"))
        self.blank_date.setObjectName("BlankDate")
        self.repeat = QComboBox()
        self.repeat.setObjectName("TemplateRepeat")
        self.repeat.addItems([self.tr("Not recurring"), self.tr("Monthly"), self.tr("Quarterly"), self.tr("Yearly")])
        self.day = QSpinBox()
        self.day.setObjectName("TemplateDay")
        self.day.setRange(1, 31)
        self.day.setValue(first.day)
        self.day.setToolTip(self.tr("31: the month's last day"))
        self.start = QLineEdit(format_date_cell(first, number_format(locale)))
        self.start.setObjectName("TemplateStart")
        self.note = QLabel()
        self.note.setObjectName("TemplateNote")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.blank_amounts)
        form.addRow("", self.blank_date)
        form.addRow(self.tr("&Recurring:"), self.repeat)
        form.addRow(self.tr("Da&y of the month:"), self.day)
        form.addRow(self.tr("&First due on or after:"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.repeat.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.result_schedule: Schedule | None = None
        self._update()

    def _update(self) -> None:
        recurring = REPEATS[self.repeat.currentIndex()] is not Repeat.NONE
        self.day.setEnabled(recurring)
        self.start.setEnabled(recurring)
        if self.name.text().strip() in self.taken:
            self.note.setText(self.tr("A template of this name exists: saving replaces it."))
        elif recurring:
            self.note.setText(self.tr("Each time it falls due, LedgerDesk opens it as a draft when it starts; "
                                      "nothing is sent until you send it."))
        else:
            self.note.setText("")

    def schedule(self) -> Schedule | None:
        """The schedule as typed; raises DateError or ScheduleError."""
        repeat = REPEATS[self.repeat.currentIndex()]
        if repeat is Repeat.NONE:
            return None
        start = parse_date_cell(self.start.text(), date.today())
        if start is None:
            raise ScheduleError("no start")
        return Schedule(repeat, start, self.day.value())

    def accept(self) -> None:
        try:
            self.result_schedule = self.schedule()
        except (DateError, ScheduleError):
            self.note.setText(self.tr("Type the first due date as in a date cell, e.g. {example}.").format(
                example=format_date_cell(date.today(), number_format(self.entry_locale))))
            self.start.setFocus()
            return
        if not self.name.text().strip():
            self.note.setText(self.tr("Give the template a name."))
            self.name.setFocus()
            return
        super().accept()


def ask_save_template(window: MainWindow) -> None:
    """Ctrl+Shift+T: the save dialog for the current draft."""
    page = window.tabs.current_page()
    if page is None:
        return
    page.view.commit_open_editor()
    page.header.commit_focused()
    voucher = page.editor.voucher()
    if all(line.is_blank() for line in voucher.lines):
        window.show_message("warning", QCoreApplication.translate(
            "TemplateDialogs", "The draft has no lines yet: type the voucher, then save it as a "
                                           "template."))
        return
    taken = {info.name for info in templates.list_templates(window.workspace.conn, window.workspace.today())}
    dialog = SaveTemplateDialog(taken, page.data.locale, voucher.date or window.workspace.today(), window)
    dialog.name.setText(voucher.description.strip()[:NAME_LIMIT])
    dialog.name.selectAll()

    def done(result: int) -> None:
        window.template_dialog = None
        if result == QDialog.DialogCode.Accepted:
            save_template(window, page, dialog.name.text(), blank_amounts=dialog.blank_amounts.isChecked(),
                          blank_date=dialog.blank_date.isChecked(), schedule=dialog.result_schedule)
        if (current := window.tabs.current_page()) is not None:
            style.focus_back(current.view)
    dialog.finished.connect(done)
    window.template_dialog = dialog
    style.open_dialog(dialog)
    dialog.name.setFocus()


def save_template(window: MainWindow, page: VoucherPage, name: str, *, blank_amounts: bool = False,
                  blank_date: bool = False, schedule: Schedule | None = None) -> bool:
    """Keep the draft of `page` as template `name`; the bar says so (or why not)."""
    try:
        saved = templates.save_template(window.workspace.conn, name, page.editor.voucher(), page.profile_name,
                                        target=page.data.profile.target, blank_amounts=blank_amounts,
                                        blank_date=blank_date, schedule=schedule)
    except TemplateNameError as exc:
        reasons = {"empty": QCoreApplication.translate("TemplateDialogs", "a template needs a name"),
                   "too_long": QCoreApplication.translate(
                       "TemplateDialogs", "a template name has at most {limit} characters").format(limit=NAME_LIMIT),
                   "control": QCoreApplication.translate("TemplateDialogs", "a template name is one line of text")}
        window.show_message("error", QCoreApplication.translate(
            "TemplateDialogs", "Not saved as a template: {reason}.").format(reason=reasons[str(exc)]))
        return False
    said = (QCoreApplication.translate("TemplateDialogs", "Replaced the template {name}.") if saved.replaced
            else QCoreApplication.translate("TemplateDialogs", "Saved the template {name}.")).format(
        name=saved.name)
    if schedule is not None:
        said += " " + QCoreApplication.translate("TemplateDialogs", "Recurring: {schedule}; next due {day}.").format(
            schedule=_schedule_text(schedule, page.data.locale),
            day=format_date_cell(schedule.next_after(window.workspace.today()), number_format(page.data.locale)))
        # Periods already due (a start date in the past) become drafts now, not only at the next start.
        said += " " + (open_due_drafts(window) or "")
    window.show_message("ok", said.strip())
    return True


def open_due_drafts(window: MainWindow) -> str | None:
    """Make the recurring vouchers due now into drafts (each once) and open them as tabs; the line that says so."""
    workspace = window.workspace
    report = templates.make_due_drafts(workspace.conn, workspace.today())
    for made in report.made:
        profile = made.profile if made.profile in workspace.profiles else workspace.default_profile()
        window.tabs.open_voucher(made.voucher, profile)
    return RecurringNote().text(report)


# ---- At start: recurring vouchers that fell due -------------------------------------------------------------

class RecurringNote(QObject):
    """The start's one line about recurring vouchers made into drafts (translated, plural-correct)."""

    def failed(self) -> str:
        return self.tr("Recurring vouchers could not be made into drafts; the log has the details "
                       "(Help ▸ Diagnostics).")

    def text(self, report: RecurringReport) -> str | None:
        if not report.made and not report.unreadable:
            return None
        said = []
        if report.made:
            said.append(self.tr("%n recurring voucher(s) are due: they are open as drafts, not sent.", "",
                                len(report.made)))
        if report.unreadable:
            said.append(self.tr("A template could not be read: {reason}").format(reason=report.unreadable[0]))
        return " ".join(said)

