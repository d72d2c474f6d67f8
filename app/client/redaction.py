"""Keeping keys out of every text LedgerDesk shows or logs: outcome messages, excerpts, exceptions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

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
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return text


def excerpt(raw: bytes | str, secrets: Iterable[str | None] = (), limit: int = EXCERPT_CHARS) -> str:
    """A short, redacted, printable piece of a response body for the bookkeeper and the audit log."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    secrets = list(secrets)
    # Redact before cutting, so a key split by the cut cannot survive as a fragment.
    text = redact(text, secrets)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"
