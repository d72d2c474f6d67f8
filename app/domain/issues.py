"""Validation issues: what is wrong, where, in words a bookkeeper understands."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the voucher cannot be sent
    WARNING = "warning"  # worth a look; does not stop sending


@dataclass(frozen=True)
class Issue:
    """One problem: `line` is 1-based (None for the header), `field` names the cell or header field."""

    severity: Severity
    field: str
    message: str
    code: str
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data

    def location(self) -> str:
        """`line 2, debit` or `header, date`."""
        return f"line {self.line}, {self.field}" if self.line is not None else f"header, {self.field}"


def error(field: str, message: str, code: str, line: int | None = None) -> Issue:
    return Issue(Severity.ERROR, field, message, code, line)


def warning(field: str, message: str, code: str, line: int | None = None) -> Issue:
    return Issue(Severity.WARNING, field, message, code, line)


def has_errors(issues: list[Issue]) -> bool:
    return any(issue.is_error for issue in issues)
