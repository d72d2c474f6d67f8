"""The review window's journal (Ctrl+J): the captions in the window's language and the grid's number format
for the PDF that app/services/journal_pages.py lays out (docs/journal.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.editing.cells import NumberFormat, number_format
from app.services.journal_pages import JournalCaptions
from app.store.profile import Profile
from app.ui.i18n import current_language
from app.ui.workspace import LANGUAGE_LOCALES, entry_locale


def _t(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def journal_captions() -> JournalCaptions:
    """The journal's words, translated (the same fields JournalCaptions gives in English)."""
    return JournalCaptions(
        title=_t("Journal"), company=_t("Company: {company}"), period=_t("Period: {start} – {end}"),
        open_start=_t("the first voucher"), open_end=_t("the last voucher"), page=_t("Page {page} of {pages}"),
        printed=_t("Printed {when} by LedgerDesk"), date=_t("Date"), number=_t("No."), account=_t("Account"),
        text=_t("Text"), vat_code=_t("VAT code"), debit=_t("Debit"), credit=_t("Credit"), vat_row=_t("VAT {code}"),
        continued=_t("{description} (continued)"),
        differs=_t("{description} [booked differently at the target]"),
        unreadable=_t("The stored voucher cannot be read; see the review."),
        nothing=_t("No posted voucher matches the filter."), totals=_t("Totals {currency}"),
        vat_heading=_t("VAT per code and rate"), rate=_t("Rate"), currency=_t("Currency"), net=_t("Net"),
        vat=_t("VAT"))


def journal_format(profiles: dict[str, Profile], profile: str, language: str | None) -> NumberFormat:
    """The grid's number format: the filtered profile's (its language's, else its country's); without a
    profile in the filter, the one every profile's grid shares, else the window's language's."""
    if profile in profiles:
        return number_format(entry_locale(profiles[profile].target, language))
    shared = {entry_locale(p.target, language) for p in profiles.values()}
    if len(shared) == 1:
        return number_format(shared.pop())
    return number_format(LANGUAGE_LOCALES.get(language or current_language(), "en"))
