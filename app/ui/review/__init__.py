"""Review what was posted: the list of every submission, its detail, sync, decisions, CSV and PDF."""

from app.ui.review.center import ReviewCenter

__all__ = ["ReviewCenter"]
