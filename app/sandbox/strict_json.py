"""Reading a request body as JSON the way a careful vendor would: bounded, exact, and never a crash.

Every way a body can be unusable ends in BodyError with a message naming the place (a JSON path such
as `ledgers.ledgerRows[0].amount`), which the handlers answer with a 400. Without these limits a
5,000-deep array, a 5,000-digit integer, `1e9999999` or a lone surrogate reached Python's own limits
(RecursionError, ValueError, decimal Overflow, UnicodeEncodeError) and the sandbox answered 500.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

MAX_DEPTH = 32               # the vendors' bodies nest 4 levels; 32 leaves room and stays far from recursion limits
MAX_INTEGER_DIGITS = 18      # below 10**18: every amount in cents or account number fits, with room to spare
MAX_SIGNIFICANT_DIGITS = 28  # Decimal's default precision: beyond it the sandbox's own arithmetic would round
MAX_DECIMAL_PLACES = 28
_SURROGATE = re.compile("[\ud800-\udfff]")


class BodyError(ValueError):
    """The request body is not usable JSON; `field` is the JSON path concerned, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message

    def as_fields(self) -> dict[str, list]:
        """`invalidFields` and `details` in the vendors' validation shape (empty when no field is known)."""
        if self.field is None:
            return {"invalidFields": [], "details": []}
        return {"invalidFields": [self.field], "details": [{"field": self.field, "message": self.reason}]}


class _OutOfRange:
    """A JSON number beyond the limits, kept as text until the walk can name its place."""

    def __init__(self, text: str) -> None:
        self.text = text


class _DuplicateKeys(dict):
    """A JSON object that named a key twice (the last value would silently win in Python)."""

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: list[str]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


def _integer(text: str) -> int | _OutOfRange:
    # Checked on the text: int() of a long digit string is slow, and over 4,300 digits it raises.
    return _OutOfRange(text) if len(text.lstrip("-")) > MAX_INTEGER_DIGITS else int(text)


def _decimal(text: str) -> Decimal | _OutOfRange:
    value = Decimal(text)  # exact from a string, however large the exponent: no context applies yet
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # JSON has no NaN or Infinity literals; parse_constant refuses them
    significant = "".join(map(str, digits)).rstrip("0")
    trailing_zeros = len(digits) - len(significant)
    if value.is_zero():
        return Decimal(0) if -MAX_DECIMAL_PLACES <= exponent <= MAX_INTEGER_DIGITS else _OutOfRange(text)
    if (len(significant) > MAX_SIGNIFICANT_DIGITS or value.adjusted() >= MAX_INTEGER_DIGITS
            or exponent + trailing_zeros < -MAX_DECIMAL_PLACES):
        return _OutOfRange(text)
    return value


def _no_constants(name: str) -> Any:
    raise BodyError(f"{name} is not a JSON number")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) == len(keys):
        return dict(pairs)
    seen: set[str] = set()
    duplicates = []
    for key in keys:
        if key in seen:
            duplicates.append(key)
        seen.add(key)
    return _DuplicateKeys(pairs, duplicates)


def parse_json(raw: bytes) -> Any:
    """Parse a request body strictly: UTF-8 JSON, numbers with a dot or exponent become Decimal.

    Refused (BodyError): not UTF-8, empty, not JSON, NaN/Infinity, nesting deeper than MAX_DEPTH,
    numbers out of range, lone surrogates in any text, and an object naming a key twice.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyError("the body is not UTF-8") from exc
    if not text.strip():
        raise BodyError("the body is empty")
    try:
        data = json.loads(text, parse_float=_decimal, parse_int=_integer, parse_constant=_no_constants,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise BodyError(f"the body is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from exc
    except RecursionError:
        raise BodyError(f"the body nests arrays or objects more than {MAX_DEPTH} levels deep") from None
    _check_tree(data)
    return data


def _check_tree(data: Any) -> None:
    """Depth, numbers, texts and keys, walked without recursion so that depth itself cannot crash it."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        where = path or "(body)"
        if depth > MAX_DEPTH:
            raise BodyError(f"nests arrays or objects more than {MAX_DEPTH} levels deep", where)
        if isinstance(value, _OutOfRange):
            shown = value.text if len(value.text) <= 24 else value.text[:20] + "…"
            raise BodyError(f"the number {shown} is out of range (at most {MAX_INTEGER_DIGITS} digits before "
                            f"the decimal point, {MAX_DECIMAL_PLACES} after it)", where)
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise BodyError("the text contains a lone surrogate (\\ud800-\\udfff), which is not a "
                                "character", where)
        elif isinstance(value, dict):
            if isinstance(value, _DuplicateKeys):
                raise BodyError(f"the key {_safe(value.duplicates[0])!r} appears more than once", where)
            for key, item in value.items():
                if _SURROGATE.search(key):
                    raise BodyError("a key contains a lone surrogate (\\ud800-\\udfff)", where)
                stack.append((item, f"{path}.{key}" if path else key, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]", depth + 1) for index, item in enumerate(value))


def _safe(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)[:60]
