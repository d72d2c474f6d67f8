"""Reading answers both targets share: Retry-After, error texts, HTML pages instead of JSON."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from pydantic import ValidationError

from app.client.outcomes import NotSent, Outcome, RateLimited, Rejected, Transient
from app.client.transport import Reply
from app.domain.messages import Message

_SECONDS = re.compile(r"^\s*(\d{1,7})(?:\.(\d{1,3}))?\s*$")
_MESSAGE_KEYS = ("message", "Message", "detail", "title", "error", "errorMessage", "description")


def retry_after_seconds(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (delay-seconds or an HTTP date), None when absent or unreadable."""
    value = headers.get("retry-after")
    if not value:
        return None
    match = _SECONDS.match(value)
    if match:
        millis = int(match.group(1)) * 1000 + int((match.group(2) or "0").ljust(3, "0"))
        return millis / 1000
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    delta = when - (now or datetime.now(timezone.utc))
    return max(0.0, delta.total_seconds())


def json_body(reply: Reply) -> Any | None:
    """The parsed JSON body, or None when the body is empty or not JSON."""
    if not reply.content.strip():
        return None
    try:
        return json.loads(reply.content.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError and JSONDecodeError both are ValueErrors
        return None


def looks_like_html(reply: Reply) -> bool:
    head = reply.content[:200].lstrip().lower()
    return "html" in reply.headers.get("content-type", "") or head.startswith((b"<!doctype", b"<html"))


def server_text(data: Any, reply: Reply) -> str | None:
    """The human message a JSON error body carries, redacted; None when there is none."""
    if isinstance(data, dict):
        for key in _MESSAGE_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return reply.redact(value.strip())[:300]
    return None


def rate_limited(reply: Reply) -> RateLimited:
    return RateLimited(retry_after_seconds(reply.headers))


def transient(reply: Reply, advice: Message | None = None) -> Transient:
    """A 5xx answer in words; an HTML page (a proxy's error) is named as such, with an excerpt."""
    data = json_body(reply)
    phrase = httpx.codes.get_reason_phrase(reply.status) or "server error"  # HTTP's own words, as sent
    status = str(reply.status)
    if data is None and reply.content.strip():
        kind = "transient_page" if looks_like_html(reply) else "transient_unreadable"
        reason = Message(kind, status=status, phrase=phrase, excerpt=reply.excerpt())
    else:
        code = data.get("code") if isinstance(data, dict) else None
        text = server_text(data, reply) or (str(code) if code else None)
        reason = (Message("transient_status_said", status=status, phrase=phrase, said=text) if text
                  else Message("transient_status", status=status, phrase=phrase))
    if advice:
        reason = Message("sentences", first=reason, rest=advice)
    return Transient(reason, reply.status, retry_after_seconds(reply.headers))


def describe_validation_error(exc: ValidationError) -> str:
    """The first few problems pydantic found, as `field.path: message`."""
    return "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:5])


# 3xx that say "not here" (the request was not processed at this address). 303 is left out: it is what a
# server answers *after* processing a POST, so it stays Unexpected (the voucher is uncertain).
_MOVED = (301, 302, 307, 308)
_NOTHING_HERE = (404, 405, 410)


def refused_unprocessed(reply: Reply, data: Any, service: str) -> Outcome | None:
    """The outcome of a 3xx or 4xx that HTTP defines as "not processed", or None for the caller to decide.

    Called after each client has read its own documented errors (401, 403, 429, validation bodies). A 4xx
    means the server refused the request and booked nothing: the voucher is Rejected and editable again,
    whatever the body looks like, never Uncertain (docs/architecture.md, "What each answer means").
    """
    status = reply.status
    if status in _MOVED:
        return NotSent(Message("redirected", service=service, status=str(status)), can_retry=False)
    if status in _NOTHING_HERE:
        return NotSent(Message("nothing_at_address", status=str(status)), can_retry=False)
    if status == 408:
        return NotSent(Message("request_timeout_408", service=service))
    if not 400 <= status < 500:
        return None
    code = data.get("code") if isinstance(data, dict) and isinstance(data.get("code"), str) else None
    said = server_text(data, reply)
    if status == 413:
        too_large = Message("too_large_413", service=service)
        said = Message("sentences", first=too_large, rest=Message("service_said", service=service, said=said)) \
            if said else too_large
    return Rejected(status, code, said, body_excerpt=reply.excerpt())
