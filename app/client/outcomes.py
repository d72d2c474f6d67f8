"""What happened to a request, in types the services branch on and words a bookkeeper can read.

Each `message` is a `Message` (app/domain/messages.py): English as a str, with the code and parameters the
window translates. What a vendor itself wrote (its error text, an excerpt of its answer) stays as it wrote it.

`NotSent` and `Uncertain` are kept apart on purpose: a request that provably never reached the
server may be sent again; one that may have reached it must not be, unless the target can be asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from app.domain.issues import Issue
from app.domain.messages import Message

AuthReason = Literal["invalid", "expired", "unknown"]


@dataclass(frozen=True)
class Outcome:
    """Base of every outcome; `ok` is True only for Accepted."""

    @property
    def ok(self) -> bool:
        return False

    @property
    def message(self) -> Message:  # pragma: no cover - every subclass overrides it
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
    def message(self) -> Message:
        return self.note if isinstance(self.note, Message) else (
            Message("outcome_text", text=self.note) if self.note else Message("outcome_accepted"))


@dataclass(frozen=True)
class AuthFailed(Outcome):
    """The key was refused: `invalid`, `expired`, or `unknown` when the service would not say."""

    reason: AuthReason
    detail: str = ""

    @property
    def message(self) -> Message:
        text = Message(f"auth_{self.reason}")
        return Message("with_detail", text=text, detail=self.detail) if self.detail else text


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
    def message(self) -> Message:
        parts = [Message("rejected_code", status=self.status, code=self.code) if self.code
                 else Message("outcome_rejected", status=self.status)]
        if self.server_message:
            parts.append(Message("rejected_said", said=_sentence(self.server_message)))
        if self.field_issues:
            parts.append(Message("rejected_check", places=joined(
                [_place(i) for i in self.field_issues], "list_semicolon")))
        elif self.invalid_fields:
            parts.append(Message("rejected_fields", fields=", ".join(self.invalid_fields)))
        elif not self.server_message and self.body_excerpt:
            parts.append(Message("rejected_answer", excerpt=self.body_excerpt))
        return joined(parts)


@dataclass(frozen=True)
class RateLimited(Outcome):
    """Too many requests: wait `retry_after` seconds (None: the service did not say) and try again."""

    retry_after: float | None = None
    local: bool = False  # True: LedgerDesk's own budget held the request back; nothing was sent

    @property
    def message(self) -> Message:
        who = "rate_limited_local" if self.local else "rate_limited"
        if self.retry_after is None:
            return Message(f"{who}_later")
        return Message(who, wait=describe_wait(self.retry_after))


@dataclass(frozen=True)
class Transient(Outcome):
    """The service answered with a temporary failure (5xx); it may succeed later."""

    reason: str
    status: int | None = None
    retry_after: float | None = None  # a 503 may say when to come back

    @property
    def message(self) -> Message:
        return Message("transient", reason=self.reason)


@dataclass(frozen=True)
class Unexpected(Outcome):
    """An answer LedgerDesk cannot read (an HTML page, malformed JSON, an unknown status)."""

    status: int | None
    body_excerpt: str = ""
    reason: str = ""

    @property
    def message(self) -> Message:
        head = (self.reason if isinstance(self.reason, Message) else Message("outcome_text", text=self.reason)
                if self.reason else Message("unexpected", status=str(self.status)))
        return Message("unexpected_excerpt", head=head, excerpt=self.body_excerpt) if self.body_excerpt else head


@dataclass(frozen=True)
class NotSent(Outcome):
    """The request provably never reached the service (refused, no DNS, connect timeout, no key)."""

    reason: str
    can_retry: bool = True  # False: a missing key or a malformed body; sending again cannot help

    @property
    def message(self) -> Message:
        return Message("not_sent", reason=_sentence(self.reason))


@dataclass(frozen=True)
class Uncertain(Outcome):
    """The request may have reached the service but no answer came; it may or may not be posted."""

    reason: str
    advice: str = field(default_factory=lambda: Message("uncertain_advice"))

    @property
    def message(self) -> Message:
        return Message("outcome_uncertain", reason=self.reason, advice=self.advice)


def _sentence(text: str) -> str:
    """The text with a full stop at its end unless it already ends a sentence (what follows it is one).
    A Message says whole sentences already (its templates end with their full stop)."""
    if isinstance(text, Message):
        return text
    text = text.rstrip()
    return text if not text or text[-1] in ".!?:" else text + "."


def joined(parts: list[Message], code: str = "sentences") -> Message:
    """Several messages as one: sentences side by side, or a list with semicolons (`code`)."""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message(code, first=part, rest=result)
    return result


def _place(issue: Issue) -> Message:
    """Where an issue is, as a Message the window names in its own words (`line 2, debit`)."""
    return (Message("place_line", line=issue.line, field=issue.field) if issue.line is not None
            else Message("place_header", field=issue.field))


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
