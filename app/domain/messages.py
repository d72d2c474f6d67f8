"""What LedgerDesk says below the window, as a code and parameters with one English template per code.

The templates are in app/domain/message_templates.py; the window renders the same codes with tr()
(app/ui/message_templates.py holds the same templates for lupdate; a test keeps the two catalogues equal);
the command line prints the English. A `Message` is a `str` (its English text), so code that stores or
prints it keeps working, and it carries `code` and `params` for the window.
Parameters: `str` as written (a vendor's own text, an account number), `int`, `Decimal` (an amount: two
decimals in the bookkeeper's number format), `date` (in the bookkeeper's date format), or a `Message`.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Union

from app.domain import money as _money  # a module: money.py raises Messages too
from app.domain.message_templates import TEMPLATES

Param = Union[str, int, Decimal, date, "Message"]
Params = tuple[tuple[str, Param], ...]

__all__ = ["TEMPLATES", "Message", "Param", "Params", "dumps", "english", "loads", "message_of", "params_dict",
           "placeholders"]



class Message(str):
    """A sentence LedgerDesk says: its English text, with the `code` and `params` the window translates."""

    code: str
    params: Params

    def __new__(cls, code: str, /, **params: Param) -> Message:
        self = super().__new__(cls, english(code, params))
        self.code = code
        self.params = tuple(params.items())
        return self

    def __str__(self) -> str:  # str(exc) of an exception raised with a Message keeps the Message for the window
        return self

    def __reduce__(self) -> tuple[Callable[[str, Params], Message], tuple[str, Params]]:
        # copy and pickle rebuild it from its code, not from its text
        return (_rebuild, (self.code, self.params))

    def as_dict(self) -> dict[str, object]:
        """`{"code": …, "params": {…}}` for JSON output: amounts and dates as text, nested messages as dicts."""
        return {"code": self.code, "params": params_dict(self.params)}


def message_of(exc: BaseException) -> str:
    """What an exception raised with a `Message` says (the Message itself), else its text."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return said if isinstance(said, Message) else str(exc)


def _rebuild(code: str, params: Params) -> Message:
    return Message(code, **dict(params))


def english(code: str, params: Mapping[str, Param] | Params = ()) -> str:
    """The English sentence of `code` with `params` filled in."""
    values = dict(params)
    return TEMPLATES[code].format(**{name: english_value(value) for name, value in values.items()})


def english_value(value: Param) -> str:
    """A parameter as the English text shows it: amounts with two decimals, dates as ISO."""
    if isinstance(value, Message):
        return str.__str__(value)
    if isinstance(value, Decimal):
        return _money.format_amount(value) if value.is_finite() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def params_dict(params: Params) -> dict[str, object]:
    """Parameters for JSON: nested messages as dicts, amounts and dates as English text, ints as ints."""
    return {name: value.as_dict() if isinstance(value, Message) else value if isinstance(value, int)
            else english_value(value) for name, value in params}


def placeholders(template: str) -> set[str]:
    """The `{name}`s of a template (the test that keeps both catalogues equal compares them)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# --- kept in the database: a submission's words, so the review shows them in the window's language --------

def dumps(message: Message) -> str:
    """A Message as JSON that `loads` turns back into the same Message (parameters keep their types)."""
    return json.dumps(_encoded(message), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Message | None:
    """The Message `dumps` wrote; None for no text, text that is not one, or a code this version does not know."""
    if not text:
        return None
    try:
        return _decoded(json.loads(text))
    except (ValueError, TypeError, KeyError, IndexError, ArithmeticError):
        return None


def _encoded(message: Message) -> dict[str, object]:
    params: dict[str, object] = {}
    for name, value in message.params:
        if isinstance(value, Message):
            params[name] = {"m": _encoded(value)}
        elif isinstance(value, bool) or not isinstance(value, (str, int, Decimal, date)):
            params[name] = {"s": str(value)}
        elif isinstance(value, int):
            params[name] = {"i": value}
        elif isinstance(value, Decimal):
            params[name] = {"d": str(value)}
        elif isinstance(value, date):
            params[name] = {"t": value.isoformat()}
        else:
            params[name] = {"s": value}
    return {"code": message.code, "params": params}


def _decoded(data: dict[str, object]) -> Message:
    code = data["code"]
    params = data["params"]
    if not isinstance(code, str) or code not in TEMPLATES or not isinstance(params, dict):
        raise ValueError("not a message")
    values: dict[str, Param] = {}
    for name, tagged in params.items():
        ((kind, raw),) = tagged.items()
        values[name] = _DECODERS[kind](raw)
    return Message(code, **values)


_DECODERS: dict[str, Callable[[Any], Param]] = {
    "m": _decoded, "i": int, "d": Decimal, "t": date.fromisoformat, "s": str}
