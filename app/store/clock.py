"""Timestamps as stored: ISO 8601 UTC with microseconds, so they sort as text."""

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
