"""The one HTTP layer: a client per target, built from a profile, returning typed outcomes."""

from app.client.confirma import ConfirmaClient, StatusUnavailable, TokenRenewal
from app.client.confirma_models import LedgerStatus
from app.client.field_mapping import (confirma_error_fields, confirma_field_issues, confirma_row_lines,
                                      infinity_field_issues, row_lines_from_body)
from app.client.infinity import InfinityClient
from app.client.infinity_models import Transaction
from app.client.outcomes import (Accepted, AuthFailed, NotSent, Outcome, RateLimited, Rejected, Transient,
                                 Uncertain, Unexpected)
from app.client.profile import CONFIRMA_URLS, INFINITY_URL, ClientProfile, ProfileError
from app.client.rate_budget import BudgetCheck, RateBudget, token_fingerprint
from app.client.transport import USER_AGENT, RetryPolicy, Timeouts

__all__ = [
    "Accepted", "AuthFailed", "BudgetCheck", "CONFIRMA_URLS", "ClientProfile", "ConfirmaClient", "INFINITY_URL",
    "InfinityClient", "LedgerStatus", "NotSent", "Outcome", "ProfileError", "RateBudget", "RateLimited",
    "Rejected", "RetryPolicy", "StatusUnavailable", "Timeouts", "TokenRenewal", "Transaction", "Transient",
    "USER_AGENT", "Uncertain", "Unexpected", "confirma_error_fields", "confirma_field_issues",
    "confirma_row_lines", "infinity_field_issues", "row_lines_from_body", "token_fingerprint",
]
