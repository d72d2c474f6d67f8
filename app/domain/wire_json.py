"""JSON text with Decimal amounts written as JSON numbers (never strings, never via float).

The standard json module can only write Decimal by converting it to float or str; neither is
acceptable on the wire. One pass swaps each Decimal for a placeholder string unique to this call
(and refuses any float: money must never have been a float), the C encoder writes the rest, and the
placeholders become the Decimal's exact digits.
"""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal
from typing import Any


def dumps(value: Any, indent: int | None = 2) -> str:
    """Serialise dicts, lists, str, int, bool, None and Decimal to JSON text."""
    marker = "dec" + uuid.uuid4().hex
    numbers: list[str] = []
    converted = _convert(value, marker, numbers)
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(converted, indent=indent, ensure_ascii=False, separators=separators, allow_nan=False)
    if not numbers:
        return text
    return re.sub(f'"{marker}(\\d+)"', lambda m: numbers[int(m.group(1))], text)


def _convert(value: Any, marker: str, numbers: list[str]) -> Any:
    kind = type(value)
    if kind is dict:
        return {_key(k): _convert(v, marker, numbers) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_convert(v, marker, numbers) for v in value]
    if kind is str or value is None or kind is bool or kind is int:
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        numbers.append(format(value, "f"))
        return f"{marker}{len(numbers) - 1}"
    if isinstance(value, float):
        raise TypeError("a float reached the JSON writer; money must be Decimal or integer cents")
    if isinstance(value, (str, int)):  # subclasses such as StrEnum or IntEnum
        return value
    raise TypeError(f"cannot write {kind.__name__} as JSON")


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys must be text, not {type(key).__name__}")
    return key
