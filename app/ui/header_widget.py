"""The voucher header: profile, date, number, type, description (with the target's limit), company,
currency, exchange rate (Infinity) and VAT mode, plus a badge saying which environment this posts to.

A field commits when it is left (Enter moves to the next field, like Tab); the page turns each
commit into one undoable command. A field being typed into is not overwritten by a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.issues import Issue
from app.editing import VoucherEditor
from app.ui import style
from app.ui.accessibility import plain
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import issue_text

# Netvisor's voucher classes (API-CONTRACTS.md: a free code with a suggestion list). Confirma refuses an
# empty documentType, so a new Confirma draft proposes MU, the memo voucher of manual journal entries.
TYPE_SUGGESTIONS = ("MU", "ML", "PT", "KT", "OL", "OS", "JK", "PA")
DEFAULT_CONFIRMA_TYPE = "MU"
# English source texts (context "HeaderWidget"); each language picks its own Alt letters (docs/languages.md).
LABELS = {"date": QT_TRANSLATE_NOOP("HeaderWidget", "Da&te"), "number": QT_TRANSLATE_NOOP("HeaderWidget", "&Number"),
          "type": QT_TRANSLATE_NOOP("HeaderWidget", "T&ype"),
          "description": QT_TRANSLATE_NOOP("HeaderWidget", "De&scription"),
          "company_id": QT_TRANSLATE_NOOP("HeaderWidget", "Co&mpany"),
          "currency": QT_TRANSLATE_NOOP("HeaderWidget", "C&urrency"),
          "exchange_rate": QT_TRANSLATE_NOOP("HeaderWidget", "&Rate"),
          "vat_mode": QT_TRANSLATE_NOOP("HeaderWidget", "&VAT")}


def field_label(field: str) -> str:
    """A header field's label in the window's language, with its Alt letter marked."""
    return QCoreApplication.translate("HeaderWidget", LABELS.get(field, field))


class _EnterMovesOn(QObject):
    """Enter in a header field goes to the next field, so the header is typed like the grid."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, QWidget)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            widget = obj  # the filter is installed on the header's fields only
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            edit = obj.lineEdit() if isinstance(obj, QComboBox) and obj.isEditable() else obj
            if isinstance(edit, QLineEdit):
                edit.editingFinished.emit()
            step = (lambda w: w.previousInFocusChain()) if back else (lambda w: w.nextInFocusChain())
            target = step(widget)
            # Skip the field's own parts (an editable combo box's line edit) and what cannot take focus.
            while target is not None and target is not widget and (
                    widget.isAncestorOf(target) or not (target.focusPolicy() & Qt.FocusPolicy.TabFocus)
                    or not target.isEnabled() or not target.isVisible() or target.focusProxy() is not None):
                target = step(target)
            if target is not None:
                target.setFocus(Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason)
            return True
        return False


class HeaderWidget(QWidget):
    """The fields above the grid. `commit(field, text)` is called for each edit; `profile_chosen(name)`."""

    profile_chosen = Signal(str)

    def __init__(self, profiles: list[str], commit: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("VoucherHeader")
        self.setAccessibleName(self.tr("Voucher header"))
        self._commit = commit
        self._editor: VoucherEditor | None = None
        self._extra: list[Issue] = []  # the target's errors on header fields, from the last refusal
        self._enter = _EnterMovesOn(self)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._tips: dict[str, str] = {}  # a field's own tooltip, shown again once its problem is fixed
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        self.profile = QComboBox()
        self.profile.setObjectName("HeaderProfile")
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.setAccessibleDescription(self.tr("The connection this voucher is posted to"))
        self.profile.addItems(profiles)
        self.profile.activated.connect(lambda i: self.profile_chosen.emit(self.profile.itemText(i)))
        self.badge = QLabel()
        self.badge.setObjectName("EnvironmentBadge")
        self.badge.setAccessibleName(self.tr("Environment"))
        top = QHBoxLayout()
        profile_label = QLabel(self.tr("&Profile"))
        profile_label.setBuddy(self.profile)
        self.profile.setMinimumWidth(220)
        top.addWidget(profile_label)
        top.addWidget(self.profile)
        top.addStretch(1)
        top.addWidget(self.badge)
        grid.addLayout(top, 0, 0, 1, 9)
        # Creation order is the Tab and Enter order: date, number, type, description, company, currency, rate, VAT.
        self._line("date", 1, 0, width=120, placeholder="12.12.2025",
                   tip=self.tr("12.12.2025, 2025-12-12, t = today, +/- one day; Up/Down: ± one day"))
        self._line("number", 1, 2, width=110)
        type_box = QComboBox()
        type_box.setEditable(True)
        type_box.addItems(TYPE_SUGGESTIONS)
        type_box.setCurrentText("")
        type_box.setObjectName("HeaderType")
        type_line = cast(QLineEdit, type_box.lineEdit())  # editable: it has its line edit
        type_line.setAccessibleName(plain(field_label("type")))
        type_box.setFixedWidth(90)
        type_line.editingFinished.connect(lambda: self._committed("type", type_box.currentText()))
        self._place("type", type_box, 1, 4)
        self._description = self._line("description", 2, 0, span=5)
        self.counter = QLabel()
        self.counter.setObjectName("DescriptionCounter")
        self.counter.setAccessibleName(self.tr("Description length"))
        grid.addWidget(self.counter, 2, 6, 1, 2)
        self._line("company_id", 3, 0, width=120)
        self._line("currency", 3, 2, width=60)
        self._line("exchange_rate", 3, 4, width=100, placeholder=self.tr("or target"),
                   tip=self.tr("CHF per 1 unit of the voucher's currency, e.g. 0.94; or \"target\" to let Infinity "
                               "convert at its own rate on the voucher date"))
        mode = QComboBox()
        mode.setObjectName("HeaderVatMode")
        mode.addItem(self.tr("Gross (amounts include VAT)"), "gross")
        mode.addItem(self.tr("Net (VAT is added)"), "net")
        mode.setFixedWidth(230)
        mode.activated.connect(lambda i: self._committed("vat_mode", mode.itemData(i)))
        self._place("vat_mode", mode, 1, 6)
        self._description.textChanged.connect(self._count)
        self._description.setMinimumWidth(460)
        grid.setColumnStretch(8, 1)  # the fields keep their widths; the space is left over on the right

    def _place(self, field: str, widget: QLineEdit | QComboBox, row: int, col: int, span: int = 1) -> None:
        label = QLabel(field_label(field))
        label.setBuddy(widget)
        widget.setAccessibleName(plain(label.text()))
        grid = cast(QGridLayout, self.layout())  # made in __init__
        grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(widget, row, col + 1, 1, span)
        widget.installEventFilter(self._enter)
        self.fields[field] = widget
        self.labels[field] = label

    def _line(self, field: str, row: int, col: int, *, width: int | None = None, span: int = 1, tip: str = "",
              placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"Header_{field}")
        if width:
            edit.setFixedWidth(width)
        if tip:
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(tip)
            edit.setAccessibleDescription(tip)
            self._tips[field] = tip
        edit.editingFinished.connect(lambda: self._committed(field, edit.text()))
        if field == "date":
            edit.installEventFilter(self)
        self._place(field, edit, row, col, span)
        return edit

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Up/Down on the date move it one day; typed +/- would clash with ISO dates being typed.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, QLineEdit)
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):  # installed on the date field only
            self._committed("date", obj.text())
            self._committed("date", "+" if event.key() == Qt.Key.Key_Up else "-")
            return True
        return False

    def _committed(self, field: str, text: str) -> None:
        if self._editor is not None and text != self._editor.header_text(field):
            self._commit(field, text)
            widget = self.fields[field]
            if isinstance(widget, QLineEdit):
                widget.setModified(False)  # committed: show the value as read ("t" becomes the date)
            self.refresh({field})

    # ---- showing the editor's header ----------------------------------------------------------

    def show_editor(self, editor: VoucherEditor, profile: str, environment: str, target: str) -> None:
        """Fill every field from a (new) editor and its profile."""
        self._editor = editor
        self.profile.setCurrentText(profile)
        text, sheet = style.badge_style(environment)
        self.badge.setText(text)
        self.badge.setStyleSheet(sheet)
        self.badge.setToolTip(self.tr("Profile {profile} posts to {target} ({environment}).").format(
            profile=profile, target=target, environment=environment))
        self.badge.setAccessibleDescription(text)
        rate = self.fields["exchange_rate"]
        rate.setVisible(target == "infinity")  # Infinity's exchangeRate; Confirma has none
        self.labels["exchange_rate"].setVisible(target == "infinity")
        self.refresh()

    def refresh(self, fields: Collection[str] | None = None) -> None:
        """Show the editor's header texts and issues; a field being typed into keeps its text."""
        if self._editor is None:
            return
        for field, widget in self.fields.items():
            if fields is not None and "*" not in fields and field not in fields:
                continue
            text = self._editor.header_text(field)
            if isinstance(widget, QLineEdit):
                if not (widget.hasFocus() and widget.isModified()):
                    widget.setText(text)
                    widget.setModified(False)
            elif widget.isEditable():
                if not cast(QLineEdit, widget.lineEdit()).hasFocus():
                    widget.setCurrentText(text)
            else:
                widget.setCurrentIndex(max(0, widget.findData(text)))
        self.show_issues()
        self._count()

    def show_issues(self, extra: list[Issue] | None = None) -> None:
        """Tint a header field with a problem (ours, or the target's in `extra`) and give the reason as tooltip."""
        if extra is not None:
            self._extra = extra
        if self._editor is None:  # no voucher shown yet (show_editor): nothing to tint
            return
        for field, widget in self.fields.items():
            issues = self._editor.header_field_issues(field) + [x for x in self._extra if x.field == field]
            if issues:
                colour = style.ERROR_BACKGROUND if any(x.is_error for x in issues) else style.WARNING_BACKGROUND
                widget.setStyleSheet(f"background: {colour.name()};")
                widget.setToolTip("\n".join(issue_text(x, self._editor.fmt) for x in issues))
                # A screen reader says the problem with the field, as the tint shows it to the eye.
                widget.setAccessibleDescription("\n".join(
                    (self.tr("Error: {message}") if x.is_error else self.tr("Warning: {message}")).format(
                        message=issue_text(x, self._editor.fmt)) for x in issues))
            else:
                widget.setStyleSheet("")
                widget.setToolTip(self._tips.get(field, ""))
                widget.setAccessibleDescription(self._tips.get(field, ""))

    def _count(self) -> None:
        limit = self._editor.description_limit if self._editor is not None else None
        used = len(self._description.text())
        if limit is None:
            self.counter.setText(self.tr("%n character(s)", "", used))
            return
        colour = style.ERROR_TEXT.name() if used > limit else style.MUTED_TEXT.name()
        self.counter.setText(f"<span style='color:{colour}'>{used} / {limit}</span>")
        self.counter.setToolTip(self.tr("The target accepts at most %n character(s).", "", limit))
        self.counter.setAccessibleDescription(self.counter.toolTip())

    def commit_focused(self) -> None:
        """Commit the field being typed into (Ctrl+Enter from the header submits what is shown)."""
        for field, widget in self.fields.items():
            edit = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
            if isinstance(edit, QLineEdit) and edit.hasFocus():
                self._committed(field, edit.text())

    def commit_typed(self) -> None:
        """Commit every field typed into and not yet left (the window closes or the session ends), focused
        or not: a closing or inactive window may no longer say which field has the focus."""
        for field, widget in self.fields.items():
            edit = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
            if isinstance(edit, QLineEdit) and edit.isModified():
                self._committed(field, edit.text())

    def set_read_only(self, read_only: bool) -> None:
        for widget in (*self.fields.values(), self.profile):
            widget.setEnabled(not read_only)
