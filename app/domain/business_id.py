"""Finnish business ID (Y-tunnus): format NNNNNNN-N with a mod-11 check digit."""

from __future__ import annotations

import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def y_tunnus_problem(value: str) -> str | None:
    """Plain words on what is wrong with a Y-tunnus, or None when it is well formed and checks out."""
    text = value.strip()
    if not re.fullmatch(r"\d{7}-\d", text):
        return f"'{text}' is not a Y-tunnus: it should look like 1234567-8 (seven digits, a dash, a check digit)."
    digits = [int(ch) for ch in text[:7]]
    remainder = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return f"'{text}' cannot be a Y-tunnus: no check digit fits its first seven digits."
    expected = 0 if remainder == 0 else 11 - remainder
    if int(text[-1]) != expected:
        return f"The check digit of '{text}' should be {expected}; the number may be mistyped."
    return None
