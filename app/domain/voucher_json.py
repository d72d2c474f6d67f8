"""Strict, bounded JSON reading for voucher files: hostile text is refused with a message, never a crash.

`load_voucher_json` is json.loads with the limits a voucher file needs and the standard module lacks:
a nesting depth and a value count checked before parsing (so 1,000 nested `[` cannot exhaust the
stack and a file of a million tiny values cannot exhaust memory), duplicate keys refused (JSON's
"last wins" would silently drop what the bookkeeper typed first), numbers kept as their text when
they are not plain bounded decimals (so `1e999` or a 5,000-digit integer never reaches int() or
Decimal arithmetic), NaN and Infinity refused, and lone surrogates (`"\\ud800"`, which no file
encoding can hold and SQLite/UTF-8 writers reject later) refused with the field's path.
docs/voucher-format.md lists the limits.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

# A voucher file nests four deep (file > lines > line > dimensions); 16 leaves room and stops abuse.
MAX_DEPTH = 16
# Objects, arrays and values: ~10 per line, so 200,000 is far above any real voucher (see the docs).
MAX_VALUES = 200_000
# An amount has at most this many digits before, and after, the decimal point.
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 15

_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
# [0-9], not \d: \d also matches Arabic-Indic, full-width and mathematical digits.
_PLAIN_DECIMAL = re.compile(rf"-?[0-9]{{1,{MAX_INTEGER_DIGITS}}}(?:\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?")
_LONGEST_PLAIN = 1 + MAX_INTEGER_DIGITS + 1 + MAX_FRACTION_DIGITS


class JsonLimitError(ValueError):
    """Text that is JSON-shaped but beyond what a voucher file may be; the message names the problem."""


class RawNumber(str):
    """A JSON number kept as its text because it is not a plain bounded decimal (`1e999`, 5,000 digits)."""


def plain_decimal(text: str) -> Decimal | None:
    """The Decimal of `-123.45`-style text in ASCII digits within the digit bounds; None for anything else."""
    if len(text) <= _LONGEST_PLAIN and _PLAIN_DECIMAL.fullmatch(text):
        return Decimal(text)
    return None


def shown(text: str, limit: int = 40) -> str:
    """`text` for a message: quoted, and cut with its length when long (a 10 MB value must not be echoed)."""
    if len(text) <= limit:
        return f"'{text}'"
    return f"'{text[:limit]}…' ({len(text):,} characters)"


def load_voucher_json(text: str) -> Any:
    """Parse JSON text within the voucher-file limits.

    Raises json.JSONDecodeError for a syntax error and JsonLimitError for a limit, a duplicate key
    (with where it is), NaN/Infinity or a lone surrogate.
    """
    _check_shape_limits(text)
    data = json.loads(text, parse_int=_read_int, parse_float=_read_float, parse_constant=_refuse_constant,
                      object_pairs_hook=_object_without_duplicates)
    _check_strings(data, ())
    return data


def _check_shape_limits(text: str) -> None:
    # Brackets and commas inside strings do not count: strip the strings first (one C-speed pass).
    outside = _STRINGS.sub('""', text)
    values = outside.count(",") + outside.count("[") + outside.count("{")
    if values > MAX_VALUES:
        raise JsonLimitError(f"the file holds more than {MAX_VALUES:,} values (texts, numbers, lists and "
                             "objects); a voucher file is far smaller. Split it into several vouchers.")
    depth = deepest = 0
    for bracket in _NOT_BRACKETS.sub("", outside):
        depth += 1 if bracket in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                raise JsonLimitError(f"lists and objects are nested more than {MAX_DEPTH} deep; a voucher "
                                     "file nests four deep (file, lines, line, dimensions).")


def _read_int(text: str) -> int | RawNumber:
    # int() of 5,000 digits raises (and of 4,000 is slow); such a number is kept as text for the message.
    if len(text) <= MAX_INTEGER_DIGITS + 1 and _PLAIN_DECIMAL.fullmatch(text):
        return int(text)
    return RawNumber(text)


def _read_float(text: str) -> Decimal | RawNumber:
    # Exact, never via float; an exponent or too many digits stay text so no Decimal arithmetic overflows.
    value = plain_decimal(text)
    return RawNumber(text) if value is None else value


def _refuse_constant(name: str) -> Any:
    raise JsonLimitError(f"{name} is not a number JSON allows; write the amount in digits.")


class _ObjectWithDuplicate(dict):  # type: ignore[type-arg]
    """An object that had a key twice; refused by _check_strings, which knows where it is."""

    duplicate = ""


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:  # the hook cannot see where the object is: mark it, and say where on the walk
            marked = _ObjectWithDuplicate(result)
            marked.duplicate = key
            return marked
        result[key] = value
    return result


def _check_strings(value: Any, path: tuple[str | int, ...]) -> None:
    # Depth is bounded by _check_shape_limits, so this recursion is too.
    if isinstance(value, str):
        if not value.isascii():
            _refuse_lone_surrogates(value, path)
    elif isinstance(value, dict):
        if isinstance(value, _ObjectWithDuplicate):
            where = json_path(path) if path else "header"
            raise JsonLimitError(f"{where}: the field {shown(value.duplicate)} is written twice; JSON would keep "
                                 "only the last, so remove the one that is wrong.")
        for key, item in value.items():
            _refuse_lone_surrogates(key, path)
            _check_strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, (*path, index))


def _refuse_lone_surrogates(text: str, path: tuple[str | int, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        where = json_path(path)
        raise JsonLimitError(f"{where}: character {exc.start + 1} is a lone surrogate (\\u{ord(text[exc.start]):04x}), "
                             "half of a character pair that no text can hold; retype that text.") from None


def json_path(path: tuple[Any, ...]) -> str:
    """`lines[0].debit` for the path ('lines', 0, 'debit'); long keys are cut."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = part if len(part) <= 40 else part[:40] + "…"
            out += f".{name}" if out else name
    return out or "(top level)"
