"""One profile's fields: target, environment, base URL (the documented default filled in), the company
identifier the target uses (a Y-tunnus for Confirma, a Swiss UID for Infinity, each checked as typed), the
month the fiscal year starts, Infinity's auth header, Confirma's explicit VAT rows, the API key (masked, straight to the keyring) and the VAT code
table, read-only. A control that does not apply to the chosen target is hidden, not greyed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from app.domain.booking_rules import DEFAULT_DAYS_AHEAD
from app.domain.business_id import company_id_problem
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.editing.cells import number_format
from app.resources import vat_table_for
from app.services.profiles import new_profile
from app.store.profile import AUTH_HEADERS, ENVIRONMENTS, Profile, default_base_url
from app.ui import style
from app.ui.profiles.vat_model import VatTableModel
from app.ui.workspace import entry_locale


class ProfileForm(QWidget):
    """The fields of one profile; `profile()` builds it (ProfileInputError says what is wrong)."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProfileForm")
        self.existing: Profile | None = None
        self.language: str | None = None  # Settings ▸ Language (None: the profile's country decides formats)
        self._filled_url = ""  # the default we filled in: replaced when target or environment changes
        self.name = QLineEdit()
        self.name.setObjectName("ProfileName")
        self.target = QComboBox()
        self.target.setObjectName("ProfileTarget")
        self.target.addItem("Confirma", Target.CONFIRMA.value)
        self.target.addItem("Infinity", Target.INFINITY.value)
        self.environment = QComboBox()
        self.environment.setObjectName("ProfileEnvironment")
        names = {"sandbox": self.tr("sandbox (practice)"), "staging": self.tr("staging (the vendor's test system)"),
                 "production": self.tr("production (real entries)")}
        for environment in ENVIRONMENTS:
            self.environment.addItem(names.get(environment, environment), environment)
        self.environment.setCurrentIndex(ENVIRONMENTS.index("staging"))
        self.badge = QLabel()
        self.badge.setObjectName("ProfileBadge")
        self.base_url = QLineEdit()
        self.base_url.setObjectName("ProfileBaseUrl")
        self.company = QLineEdit()
        self.company.setObjectName("ProfileCompany")
        self.company_warning = QLabel()
        self.company_warning.setObjectName("ProfileCompanyWarning")
        self.company_warning.setWordWrap(True)
        self.auth_header = QComboBox()
        self.auth_header.setObjectName("ProfileAuthHeader")
        for header, text in zip(AUTH_HEADERS, (self.tr("x-api-token: <key> (current documentation)"),
                                               self.tr("Authorization: Bearer <key> (older beta page)")), strict=True):
            self.auth_header.addItem(text, header)
        self.fiscal_start = QComboBox()
        self.fiscal_start.setObjectName("ProfileFiscalYearStart")
        for month in range(1, 13):
            self.fiscal_start.addItem(QLocale().standaloneMonthName(month), month)
        self.vat_rows = QCheckBox(self.tr("Send explicit &VAT rows (as Confirma's documented example does)"))
        self.vat_rows.setObjectName("ProfileVatRows")
        self.vat_rows.setChecked(True)
        self.key = QLineEdit()
        self.key.setObjectName("ProfileKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("paste the API key: it goes straight to the OS keyring"))
        self.key_status = QLabel()
        self.key_status.setObjectName("ProfileKeyStatus")
        self.key_status.setWordWrap(True)
        self.chart_status = QLabel()
        self.chart_status.setObjectName("ProfileChartStatus")
        self.vat_caption = QLabel()
        self.vat_model = VatTableModel(None, today, self)
        self.vat_view = QTableView()
        self.vat_view.setObjectName("ProfileVatTable")
        self.vat_view.setAccessibleName(self.tr("VAT codes"))
        self.vat_view.setModel(self.vat_model)
        self.vat_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vat_view.setTabKeyNavigation(False)  # read-only: Tab goes on to the buttons
        self.vat_view.verticalHeader().hide()
        self.vat_view.horizontalHeader().setStretchLastSection(True)
        environment_row = QHBoxLayout()
        environment_row.addWidget(self.environment)
        environment_row.addWidget(self.badge, 1)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Name"), self.name), self.name)
        form.addRow(self._label(self.tr("&Target"), self.target), self.target)
        form.addRow(self._label(self.tr("&Environment"), self.environment), environment_row)
        form.addRow(self._label(self.tr("Base &URL"), self.base_url), self.base_url)
        self.company_label = self._label("", self.company)  # its text follows the target (_show_company_kind)
        form.addRow(self.company_label, self.company)
        form.addRow("", self.company_warning)
        form.addRow(self._label(self.tr("&Fiscal year starts in"), self.fiscal_start), self.fiscal_start)
        form.addRow(self._label(self.tr("&Auth header"), self.auth_header), self.auth_header)
        self._form = form  # rows of one target's controls are hidden for the other (_target_or_environment)
        form.addRow("", self.vat_rows)
        form.addRow(self._label(self.tr("API &key"), self.key), self.key)
        form.addRow("", self.key_status)
        form.addRow("", self.chart_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.vat_caption)
        layout.addWidget(self.vat_view, 1)
        self.target.currentIndexChanged.connect(self._target_or_environment)
        self.environment.currentIndexChanged.connect(self._target_or_environment)
        self.company.textChanged.connect(self._check_company)
        for edit in (self.name, self.base_url, self.company, self.key):
            edit.textChanged.connect(self.changed)
        self._target_or_environment()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ---- showing a profile ----------------------------------------------------------------------

    def show_profile(self, profile: Profile | None, table: VatTable | None = None, accounts: int = 0) -> None:
        """Fill the fields from `profile` (None: a new profile with the documented defaults)."""
        self.existing = profile
        self.key.setText("")
        self.key_status.clear()
        self.name.setText(profile.name if profile else "")
        self.name.setReadOnly(profile is not None)  # the keyring holds the key under the name: no renaming
        self.target.setEnabled(profile is None)  # another target needs another chart and VAT table
        if profile is not None:
            self.target.setCurrentIndex(self.target.findData(profile.target.value))
            self.environment.setCurrentIndex(self.environment.findData(profile.environment))
            self.base_url.setText(profile.base_url)
            self._filled_url = ""
            self.company.setText(profile.company_id)
            self.auth_header.setCurrentIndex(self.auth_header.findData(profile.auth_header))
            self.vat_rows.setChecked(profile.explicit_vat_rows)
            self.fiscal_start.setCurrentIndex(self.fiscal_start.findData(profile.fiscal_year_start))
        else:  # the CLI's defaults: Confirma, the vendor's staging system
            self.base_url.clear()
            self.company.clear()
            self.target.setCurrentIndex(self.target.findData(Target.CONFIRMA.value))
            self.environment.setCurrentIndex(self.environment.findData("staging"))
            self.auth_header.setCurrentIndex(0)
            self.vat_rows.setChecked(True)
            self.fiscal_start.setCurrentIndex(0)  # January, the calendar year
            self._target_or_environment()
        self._show_vat_table(table)
        if profile is None:
            self.chart_status.setText(self.tr("Chart of accounts: import one after saving (accounts are not checked "
                                              "without a chart)."))
        else:
            self.chart_status.setText(self.tr("Chart of accounts: %n account(s) imported.", "", accounts) if accounts
                                      else self.tr("Chart of accounts: none imported; accounts are not checked. Import "
                                                   "the company's chart, or start with the bundled one."))
        self._check_company()

    def _show_vat_table(self, table: VatTable | None) -> None:
        target = Target(self.target.currentData())
        own = table is not None
        self.vat_model.fmt = number_format(entry_locale(target, self.language))  # rates as the grid writes them
        self.vat_model.set_table(table or vat_table_for(target))
        self.vat_view.resizeColumnsToContents()
        self.vat_caption.setText(self.tr("VAT codes — this profile's table (read-only)") if own else
                                 self.tr("VAT codes — the bundled default for {target} (read-only)").format(
                                     target=self.target.currentText()))

    def _target_or_environment(self) -> None:
        target = Target(self.target.currentData())
        environment = self.environment.currentData()
        text, sheet = style.badge_style(environment)
        self.badge.setText(text)
        self.badge.setStyleSheet(sheet)
        url = self.base_url.text().strip()
        if not url or url == self._filled_url:
            self._filled_url = default_base_url(target, environment) or ""
            self.base_url.setText(self._filled_url)
            self.base_url.setPlaceholderText(
                "" if self._filled_url else self.tr("{target} documents no {environment} server: type its address")
                .format(target=self.target.currentText(), environment=environment))
        # A greyed control asks "why can I not change this?": one that does not apply to the target is hidden.
        self._form.setRowVisible(self.auth_header, target is Target.INFINITY)
        self._form.setRowVisible(self.vat_rows, target is Target.CONFIRMA)
        self._show_company_kind(target)
        if self.existing is None:
            self._show_vat_table(None)
        self._check_company()
        self.changed.emit()

    def _show_company_kind(self, target: Target) -> None:
        """Ask for the identifier the target knows the company by: a Y-tunnus (Confirma) or a UID (Infinity)."""
        # A local mapping for now; the domain's company_id_label(target) can replace it once both are merged.
        if target is Target.INFINITY:
            self.company_label.setText(self.tr("Compan&y (UID)"))
            self.company.setPlaceholderText(self.tr("Swiss UID, e.g. CHE-116.281.710"))
        else:
            self.company_label.setText(self.tr("Compan&y (Y-tunnus)"))
            self.company.setPlaceholderText(self.tr("Finnish business ID, e.g. 0737546-2"))

    def _check_company(self) -> None:
        text = self.company.text().strip()
        found = company_id_problem(text, Target(self.target.currentData())) if text else None
        problem = found.message if found else None
        self.company_warning.setText(self.tr("Warning: {problem}").format(problem=problem) if problem else "")
        self.company_warning.setStyleSheet(f"color: {style.WARNING_TEXT.name()};")
        self.company_warning.setVisible(bool(problem))

    # ---- reading the fields ---------------------------------------------------------------------

    def profile(self) -> Profile:
        """The profile the fields describe; raises ProfileInputError with one line per problem."""
        target = Target(self.target.currentData())
        return new_profile(self.name.text().strip(), target, self.environment.currentData(),
                           base_url=self.base_url.text().strip() or None, company_id=self.company.text(),
                           auth_header=self.auth_header.currentData() if target is Target.INFINITY else "x-api-token",
                           explicit_vat_rows=self.vat_rows.isChecked() if target is Target.CONFIRMA else True,
                           vat_table=self.existing.vat_table if self.existing else None,
                           fiscal_year_start=self.fiscal_start.currentData(),
                           # Not shown here: kept as they are (new: the target's currency, the default window).
                           accounting_currency=self.existing.accounting_currency if self.existing else "",
                           max_days_ahead=self.existing.max_days_ahead if self.existing else DEFAULT_DAYS_AHEAD)

    def take_key(self) -> str:
        """The typed key, and the field emptied at once: the key is not kept in a widget any longer."""
        key = self.key.text().strip()
        self.key.setText("")  # setText, not clear(): it also empties the undo history, where the key would stay
        return key

    def show_key_status(self, text: str, problem: bool = False) -> None:
        """Where the key is ("stored in …"), or the keyring's problem in its own words; never the key."""
        self.key_status.setText(text)
        self.key_status.setStyleSheet(f"color: {style.ERROR_TEXT.name()};" if problem else "")
        self.key_status.setAlignment(Qt.AlignmentFlag.AlignLeft)
