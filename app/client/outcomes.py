"""What happened to a request, in types the services branch on and words a bookkeeper can read.

`NotSent` and `Uncertain` are kept apart on purpose: a request that provably never reached the
server may be sent again; one that may have reached it must not be, unless the target can be asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from app.domain.issues import Issue

AuthReason = Literal["invalid", "expired", "unknown"]


@dataclass(frozen=True)
class Outcome:
    """Base of every outcome; `ok` is True only for Accepted."""

    @property
    def ok(self) -> bool:
        return False

    @property
    def message(self) -> str:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Accepted(Outcome):
    """The target took the request; `value` is what it answered (parsed), `note` adds context."""

    status: int
    value: Any = None
    note: str = ""

    @property
    def ok(self) -> bool:
        return True

    @property
    def message(self) -> str:
        return self.note or "The service accepted the request."


@dataclass(frozen=True)
class AuthFailed(Outcome):
    """The key was refused: `invalid`, `expired`, or `unknown` when the service would not say."""

    reason: AuthReason
    detail: str = ""

    @property
    def message(self) -> str:
        text = {
            "invalid": "The API key was refused: it is not valid for this service and environment. "
                       "Check the key stored in the profile.",
            "expired": "The API key has expired. Renew it, or ask the service for a new one.",
            "unknown": "The API key was refused, and the service did not say why.",
        }[self.reason]
        return f"{text} ({self.detail})" if self.detail else text


@dataclass(frozen=True)
class Rejected(Outcome):
    """The service answered and refused the content: `field_issues` point at voucher cells."""

    status: int
    code: str | None = None
    server_message: str | None = None
    invalid_fields: tuple[str, ...] = ()
    field_issues: tuple[Issue, ...] = ()
    body_excerpt: str = ""

    @property
    def message(self) -> str:
        parts = [f"The service refused the voucher (HTTP {self.status}"
                 + (f", code {self.code})." if self.code else ").")]
        if self.server_message:
            parts.append(f"It said: {_sentence(self.server_message)}")
        if self.field_issues:
            parts.append("Check: " + "; ".join(f"{i.location()}" for i in self.field_issues) + ".")
        elif self.invalid_fields:
            parts.append("Fields it named: " + ", ".join(self.invalid_fields) + ".")
        elif not self.server_message and self.body_excerpt:
            parts.append(f"Its answer: {self.body_excerpt}")
        return " ".join(parts)


@dataclass(frozen=True)
class RateLimited(Outcome):
    """Too many requests: wait `retry_after` seconds (None: the service did not say) and try again."""

    retry_after: float | None = None
    local: bool = False  # True: LedgerDesk's own budget held the request back; nothing was sent

    @property
    def message(self) -> str:
        who = ("LedgerDesk held the request back to stay inside the service's hourly limit"
               if self.local else "The service says too many requests were sent")
        if self.retry_after is None:
            return f"{who}. The request was not processed; try again later."
        return f"{who}. The request was not processed; try again in {describe_wait(self.retry_after)}."


@dataclass(frozen=True)
class Transient(Outcome):
    """The service answered with a temporary failure (5xx); it may succeed later."""

    reason: str
    status: int | None = None
    retry_after: float | None = None  # a 503 may say when to come back

    @property
    def message(self) -> str:
        return f"The service had a temporary problem: {self.reason}"


@dataclass(frozen=True)
class Unexpected(Outcome):
    """An answer LedgerDesk cannot read (an HTML page, malformed JSON, an unknown status)."""

    status: int | None
    body_excerpt: str = ""
    reason: str = ""

    @property
    def message(self) -> str:
        head = self.reason or f"The service gave an answer LedgerDesk cannot read (HTTP {self.status})."
        return f"{head} Its answer began: {self.body_excerpt}" if self.body_excerpt else head


@dataclass(frozen=True)
class NotSent(Outcome):
    """The request provably never reached the service (refused, no DNS, connect timeout, no key)."""

    reason: str
    can_retry: bool = True  # False: a missing key or a malformed body; sending again cannot help

    @property
    def message(self) -> str:
        return f"Nothing was sent: {_sentence(self.reason)}"


@dataclass(frozen=True)
class Uncertain(Outcome):
    """The request may have reached the service but no answer came; it may or may not be posted."""

    reason: str
    advice: str = field(default="Check in the service whether it arrived before sending it again.")

    @property
    def message(self) -> str:
        return f"It is not known whether the service received this: {self.reason}. {self.advice}"


def _sentence(text: str) -> str:
    """The text with a full stop at its end unless it already ends a sentence (what follows it is one)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?:" else text + "."


def describe_wait(seconds: float) -> str:
    """`45 s`, `12 min`, `1 h 5 min`: a wait in words for a message."""
    whole = max(0, int(seconds + 0.999))  # round up: telling the user too short a wait helps nobody
    if whole < 60:
        return f"{whole} s"
    minutes = (whole + 59) // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
