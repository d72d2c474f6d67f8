"""The review window's journal (Ctrl+J): the captions in the window's language and the grid's number format
for the PDF that app/services/journal_pages.py lays out (docs/journal.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.editing.cells import NumberFormat, number_format
from app.services.journal_pages import JournalCaptions
from app.store.profile import Profile
from app.ui.i18n import current_language
from app.ui.workspace import LANGUAGE_LOCALES, entry_locale


def journal_captions() -> JournalCaptions:
    """The journal's words, translated (the same fields JournalCaptions gives in English)."""
    return JournalCaptions(
        title=QCoreApplication.translate("Journal", "Journal"),
        company=QCoreApplication.translate("Journal", "Company: {company}"),
        period=QCoreApplication.translate("Journal", "Period: {start} – {end}"),
        open_start=QCoreApplication.translate("Journal", "the first voucher"),
        open_end=QCoreApplication.translate("Journal", "the last voucher"),
        page=QCoreApplication.translate("Journal", "Page {page} of {pages}"),
        printed=QCoreApplication.translate("Journal", "Printed {when} by LedgerDesk"),
        date=QCoreApplication.translate("Journal", "Date"),
        number=QCoreApplication.translate("Journal", "No."),
        account=QCoreApplication.translate("Journal", "Account"),
        text=QCoreApplication.translate("Journal", "Text"),
        vat_code=QCoreApplication.translate("Journal", "VAT code"),
        debit=QCoreApplication.translate("Journal", "Debit"),
        credit=QCoreApplication.translate("Journal", "Credit"),
        vat_row=QCoreApplication.translate("Journal", "VAT {code}"),
        continued=QCoreApplication.translate("Journal", "{description} (continued)"),
        differs=QCoreApplication.translate("Journal", "{description} [booked differently at the target]"),
        unreadable=QCoreApplication.translate("Journal", "The stored voucher cannot be read; see the review."),
        nothing=QCoreApplication.translate("Journal", "No posted voucher matches the filter."),
        totals=QCoreApplication.translate("Journal", "Totals {currency}"),
        vat_heading=QCoreApplication.translate("Journal", "VAT per code and rate"),
        rate=QCoreApplication.translate("Journal", "Rate"),
        currency=QCoreApplication.translate("Journal", "Currency"),
        net=QCoreApplication.translate("Journal", "Net"),
        vat=QCoreApplication.translate("Journal", "VAT"),
    )


def journal_format(profiles: dict[str, Profile], profile: str, language: str | None) -> NumberFormat:
    """The grid's number format: the filtered profile's (its language's, else its country's); without a
    profile in the filter, the one every profile's grid shares, else the window's language's."""
    if profile in profiles:
        return number_format(entry_locale(profiles[profile].target, language))
    shared = {entry_locale(p.target, language) for p in profiles.values()}
    if len(shared) == 1:
        return number_format(shared.pop())
    return number_format(LANGUAGE_LOCALES.get(language or current_language(), "en"))
