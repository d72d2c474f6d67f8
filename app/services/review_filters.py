"""The review list's filter across restarts: read from and written to the settings file."""

from __future__ import annotations

from pathlib import Path

from app.store.review_filter import ReviewFilter
from app.store.settings import load_settings, save_settings


def load_review_filter(path: Path | None = None) -> ReviewFilter:
    """The filter the bookkeeper left the review list with (empty the first time)."""
    return load_settings(path).review_filter


def save_review_filter(review_filter: ReviewFilter, path: Path | None = None) -> None:
    """Remember the filter; the settings file is rewritten atomically with its profiles unchanged."""
    # Read again rather than trusting a copy: another window may have changed the profiles meanwhile.
    settings = load_settings(path)
    if settings.review_filter != review_filter:
        save_settings(settings.with_review_filter(review_filter), path)
