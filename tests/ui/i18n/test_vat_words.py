"""Issue 18: the VAT completion list and the profiles dialog said "Sales, general rate" in the Finnish window.
The shipped VAT tables' words are translated; a firm's own words stay as typed."""

from __future__ import annotations

import json
from datetime import date

from app.domain.targets import Target
from app.domain.vat_rates import CLASS_SCOPES
from app.editing.lines import VatChoice
from app.resources import resource_path, vat_table_for
from app.ui.i18n import install_translations
from app.ui.profiles.vat_model import VatTableModel
from app.ui.vat_words import MEANINGS, choice_text, meaning


def shipped_words() -> set[str]:
    words = {scope.covers for scopes in CLASS_SCOPES.values() for scope in scopes}
    for path in resource_path("vat").glob("*.json"):
        words |= {code["description"] for code in json.loads(path.read_text(encoding="utf-8"))["codes"]}
    return words


def test_every_word_of_the_shipped_vat_tables_is_marked_for_translation():
    assert shipped_words() == set(MEANINGS)


def test_the_finnish_window_says_what_a_vat_code_means_in_finnish(qapp):
    install_translations("fi")
    text = choice_text(VatChoice("S2", "S2 · 10 %", "Sales, reduced rate 2", "chiefly newspapers and magazines"))
    assert text == "S2 · 10 % \u2014 Myynti, alennettu verokanta 2: pääasiassa sanoma- ja aikakauslehdet"
    assert meaning("Our own words for code Z9") == "Our own words for code Z9"  # a firm's table: as typed
    model = VatTableModel(vat_table_for(Target.CONFIRMA), date(2026, 1, 1))
    shown = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert not set(shown) & set(MEANINGS) and any(text.startswith("Myynti, yleinen") for text in shown)


def test_each_language_translates_every_vat_word(qapp):
    for language in ("fi", "sv", "de"):
        install_translations(language)
        assert [words for words in MEANINGS if meaning(words) == words] == [], language
