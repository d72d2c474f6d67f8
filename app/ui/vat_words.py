"""The bundled VAT tables' words in the window's language.

The VAT tables (resources/vat/*.json) and what each rate class covers by date (app/domain/vat_rates.py) are
data in English, read below the window. Each of their sentences is listed here for lupdate, so the window
shows them translated; a table a firm imported with its own words shows those words as they are.
tests/ui/i18n/test_vat_words.py keeps this list equal to the shipped tables and scopes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.editing.lines import VatChoice
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "VatMeaning"
MEANINGS: tuple[str, ...] = (
    # resources/vat/fi.json
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, general rate (yleinen verokanta)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, reduced rate 1"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, reduced rate 2"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, zero-rated"),
    QT_TRANSLATE_NOOP("VatMeaning", "Purchases, general rate (deductible)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Purchases, reduced rate 1 (deductible)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Purchases, reduced rate 2 (deductible)"),
    # resources/vat/ch.json
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, normal rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, reduced rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, accommodation (special) rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Sales, opted turnover (normally exempt, voluntarily taxed)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Export, exempt with input-tax credit (0 %)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Services abroad (0 %)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Excluded turnover, no option (0 %)"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on materials and services, normal rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on materials and services, accommodation rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on materials and services, reduced rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on investments and other operating costs, normal rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on investments and other operating costs, accommodation rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Input tax on investments and other operating costs, reduced rate"),
    QT_TRANSLATE_NOOP("VatMeaning", "Reverse charge (Bezugsteuer), materials"),
    QT_TRANSLATE_NOOP("VatMeaning", "Reverse charge (Bezugsteuer), investments"),
    QT_TRANSLATE_NOOP("VatMeaning", "Infinity code ES (normal rate); Infinity does not document its meaning"),
    QT_TRANSLATE_NOOP("VatMeaning", "Infinity code ES (reduced rate); Infinity does not document its meaning"),
    # app/domain/vat_rates.py CLASS_SCOPES: what a Finnish rate class covers, by date
    QT_TRANSLATE_NOOP("VatMeaning", "food, feed, restaurant and catering services"),
    QT_TRANSLATE_NOOP("VatMeaning", "food, feed, restaurant and catering services; books, medicines, passenger "
                                    "transport, accommodation, cultural and sports admissions, film screenings"),
    QT_TRANSLATE_NOOP("VatMeaning", "books, medicines, passenger transport, accommodation, sports services, "
                                    "cultural and entertainment events, newspaper and periodical subscriptions"),
    QT_TRANSLATE_NOOP("VatMeaning", "chiefly newspapers and magazines"),
)


def meaning(description: str, covers: str = "") -> str:
    """A code's words, and what it covers on a date, in the window's language (unknown words as they are)."""
    text = QCoreApplication.translate(CONTEXT, description)
    return f"{text}: {QCoreApplication.translate(CONTEXT, covers)}" if covers else text


def choice_text(choice: VatChoice) -> str:
    """A VAT cell suggestion as the window shows it: `S2 · 10 % — Myynti, alennettu verokanta 2: …`."""
    return f"{choice.label} \u2014 {meaning(choice.description, choice.covers)}"
