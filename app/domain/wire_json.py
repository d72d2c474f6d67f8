"""JSON text with Decimal amounts written as JSON numbers (never strings, never via float).

The standard json module can only write Decimal by converting it to float or str; neither is
acceptable on the wire, so this small writer does it exactly. A float anywhere is a bug and raises.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def dumps(value: Any, indent: int | None = 2) -> str:
    """Serialise dicts, lists, str, int, bool, None and Decimal to JSON text."""
    parts: list[str] = []
    _write(value, parts, indent, 0)
    return "".join(parts)


def _write(value: Any, out: list[str], indent: int | None, depth: int) -> None:
    if value is None or isinstance(value, (bool, str)):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        out.append(format(value, "f"))
    elif isinstance(value, float):
        raise TypeError("a float reached the JSON writer; money must be Decimal or integer cents")
    elif isinstance(value, dict):
        _write_container(list(value.items()), "{", "}", out, indent, depth, keyed=True)
    elif isinstance(value, (list, tuple)):
        _write_container(list(value), "[", "]", out, indent, depth, keyed=False)
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_container(items: list, open_: str, close: str, out: list[str], indent, depth, keyed) -> None:
    if not items:
        out.append(open_ + close)
        return
    newline = "\n" + " " * (indent * (depth + 1)) if indent is not None else ""
    out.append(open_)
    for i, item in enumerate(items):
        if i:
            out.append(",")
        out.append(newline)
        if keyed:
            key, item = item
            out.append(json.dumps(str(key), ensure_ascii=False) + (": " if indent is not None else ":"))
        _write(item, out, indent, depth + 1)
    out.append("\n" + " " * (indent * depth) if indent is not None else "")
    out.append(close)
