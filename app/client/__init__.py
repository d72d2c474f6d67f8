"""The one HTTP layer: a client per target, built from a profile, returning typed outcomes.

Names are loaded on first use (PEP 562): importing `app.client.profile` for a URL check must not load
httpx and every wire model, which would slow the window's start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "app.client.confirma": ("ConfirmaClient", "StatusUnavailable", "TokenRenewal"),
    "app.client.confirma_models": ("LedgerStatus",),
    "app.client.field_mapping": ("confirma_error_fields", "confirma_field_issues", "confirma_row_lines",
                                 "infinity_field_issues", "row_lines_from_body"),
    "app.client.infinity": ("InfinityClient",),
    "app.client.infinity_models": ("Transaction",),
    "app.client.outcomes": ("Accepted", "AuthFailed", "NotSent", "Outcome", "RateLimited", "Rejected", "Transient",
                            "Uncertain", "Unexpected"),
    "app.client.profile": ("CONFIRMA_URLS", "INFINITY_URL", "ClientProfile", "ProfileError"),
    "app.client.rate_budget": ("BudgetCheck", "RateBudget", "token_fingerprint"),
    "app.client.transport": ("DEFAULT_RETRY", "DEFAULT_TIMEOUTS", "USER_AGENT", "RetryPolicy", "Timeouts"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'app.client' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # for type checkers and readers: the same names, imported eagerly
    from app.client.confirma import ConfirmaClient, StatusUnavailable, TokenRenewal  # noqa: F401
    from app.client.confirma_models import LedgerStatus  # noqa: F401
    from app.client.field_mapping import (confirma_error_fields, confirma_field_issues,  # noqa: F401
                                          confirma_row_lines, infinity_field_issues, row_lines_from_body)
    from app.client.infinity import InfinityClient  # noqa: F401
    from app.client.infinity_models import Transaction  # noqa: F401
    from app.client.outcomes import (Accepted, AuthFailed, NotSent, Outcome, RateLimited, Rejected,  # noqa: F401
                                     Transient, Uncertain, Unexpected)
    from app.client.profile import CONFIRMA_URLS, INFINITY_URL, ClientProfile, ProfileError  # noqa: F401
    from app.client.rate_budget import BudgetCheck, RateBudget, token_fingerprint  # noqa: F401
    from app.client.transport import (DEFAULT_RETRY, DEFAULT_TIMEOUTS, USER_AGENT, RetryPolicy,  # noqa: F401
                                      Timeouts)
