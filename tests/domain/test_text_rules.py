"""Characters no ledger shows are refused on the field that holds them, named by code point (issue 18: the
zero-width ones passed, though a bookkeeper sees them no more than a bidi override)."""

from __future__ import annotations

import pytest

from app.domain.text_rules import hidden_character

INVISIBLE = {
    "\u200b": "zero width space", "\ufeff": "zero width no-break space", "\u00ad": "soft hyphen",
    "\u2060": "word joiner", "\u200d": "zero width joiner", "\u200c": "zero width non-joiner",
    "\u180e": "mongolian vowel separator", "\u2062": "invisible times",
    "\u202e": "right-to-left override", "\x1b": "escape", "\u2028": "line separator",
}


@pytest.mark.parametrize("ch", sorted(INVISIBLE))
def test_an_invisible_character_in_a_text_is_named_by_its_code_point(ch):
    found = hidden_character(f"Toimisto{ch}tarvikkeet")
    assert found is not None and found.startswith(f"U+{ord(ch):04X}")


@pytest.mark.parametrize("text", ["Büromaterial Zürich", "Kahvi ja pulla 5 €", "Ålands köpmän", "Œuvre d'été",
                                  "Café ½ · 3×", "Ärger – „Gänsefüßchen“", "Nr. 12/2025 (§ 4)"])
def test_the_texts_of_a_ledger_in_finnish_swedish_german_or_french_pass(text):
    assert hidden_character(text) is None
