"""Keeping keys out of every text LedgerDesk shows or logs: outcome messages, excerpts, exceptions."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from app.domain import wire_json

MASK = "[redacted]"
EXCERPT_CHARS = 500

# Things that look like credentials even when we do not know the exact value (a server echoing a
# renewed token, a JWT in an error page, an Authorization header in a debug dump).
_PATTERNS = [
    re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
    re.compile(r"(?i)(bearer\s+)[^\s\"',;]+"),
    re.compile(r"(?i)((?:x-api-key|x-api-token|api[_-]?key|token)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]+"),
]


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with each known secret (also URL-encoded) and anything token-shaped replaced by a mask."""
    for secret in secrets:
        if not secret or len(secret) < 4:  # masking "a" everywhere would shred the text
            continue
        for form in {secret, quote(secret, safe=""), quote(secret)}:
            text = text.replace(form, MASK)
        # A JSON encoder may write any character as \uXXXX and "/" as "\/": the key is still there.
        text = _json_spellings(secret).sub(MASK, text)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return text


def redact_body(text: str, secrets: Iterable[str | None] = ()) -> str:
    """A response body redacted both as raw text and as the JSON values it decodes to.

    The raw text keeps its exact form when that is enough; if a decoded string still holds a key or
    something token-shaped (an escape no pattern foresaw), the body is re-written from the redacted values.
    """
    secrets = list(secrets)
    text = redact(text, secrets)
    try:
        decoded = json.loads(text, parse_float=Decimal)
    except (ValueError, RecursionError):
        return text
    if all(redact(s, secrets) == s for s in _strings(decoded)):
        return text
    return wire_json.dumps(_redact_values(decoded, secrets), indent=None)


def _json_spellings(secret: str) -> re.Pattern[str]:
    """Every JSON spelling of `secret`: each character as itself or as \\uXXXX, and /, " and \\ escaped."""
    parts = []
    for char in secret:
        options = [re.escape(char), f"\\\\u(?i:{ord(char):04x})"]
        if char in '/"\\':
            options.append(re.escape("\\" + char))  # JSON's two-character escapes: \/ \" \\
        parts.append("(?:" + "|".join(options) + ")")
    return re.compile("".join(parts))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _redact_values(value: Any, secrets: list[str | None]) -> Any:
    if isinstance(value, dict):
        return {redact(key, secrets): _redact_values(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_values(item, secrets) for item in value]
    return redact(value, secrets) if isinstance(value, str) else value


def excerpt(raw: bytes | str, secrets: Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A short, redacted, printable piece of a response body for the bookkeeper and the audit log."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    secrets = list(secrets)
    # Redact before cutting, so a key split by the cut cannot survive as a fragment.
    text = redact_body(text, secrets)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"
