"""Validation issues: what is wrong and where, as a code, a `Message` (app/domain/messages.py) and its English."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.messages import Message, Params, params_dict


class Severity(StrEnum):
    ERROR = "error"  # the voucher cannot be sent
    WARNING = "warning"  # worth a look; does not stop sending


@dataclass(frozen=True)
class Issue:
    """One problem: `line` is 1-based (None for the header), `field` names the cell or header field.

    `code` names the problem; `message` is a `Message`: English as a `str` (the command line prints it), with
    the template code and `params` the window renders in the bookkeeper's language (app/ui/messages.py)."""

    severity: Severity
    field: str
    message: str
    code: str
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def params(self) -> Params:
        """The parameters of the message (amounts, dates, account numbers, the vendor's own words)."""
        return self.message.params if isinstance(self.message, Message) else ()

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"severity": self.severity.value, "field": self.field, "message": str(self.message),
                                   "code": self.code, "line": self.line, "params": params_dict(self.params)}
        if isinstance(self.message, Message) and self.message.code != self.code:
            data["template"] = self.message.code  # which sentence of that code it is (app/domain/messages.py)
        return data

    def location(self) -> str:
        """`line 2, debit` or `header, date`."""
        return f"line {self.line}, {self.field}" if self.line is not None else f"header, {self.field}"


def error(field: str, message: str, code: str, line: int | None = None) -> Issue:
    """An error; `message` is a Message (a str with its code and parameters), or an exception's `message_of`."""
    return Issue(Severity.ERROR, field, message, code, line)


def warning(field: str, message: str, code: str, line: int | None = None) -> Issue:
    """A warning; `message` as for `error`."""
    return Issue(Severity.WARNING, field, message, code, line)


def has_errors(issues: list[Issue]) -> bool:
    return any(issue.is_error for issue in issues)
