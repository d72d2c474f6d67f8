"""`ledgerdesk submit` warns about a voucher that looks like one the profile posted lately, and still posts it."""

from __future__ import annotations

from .conftest import VOUCHERS, confirma_bookings, describe, voucher_variant


def test_submit_warns_that_it_looks_like_a_voucher_posted_before_and_posts_it(sandbox, confirma_profile, ledgerdesk,
                                                                               tmp_path):
    first = ledgerdesk("submit", VOUCHERS["confirma"], "--profile", confirma_profile)
    assert first.returncode == 0, describe(first)
    assert "looks like" not in first.stdout
    again = voucher_variant(tmp_path, VOUCHERS["confirma"], "again.json", identifier="typed-again", number="1002")
    second = ledgerdesk("submit", again, "--profile", confirma_profile)
    assert second.returncode == 0, describe(second)  # a warning, not a refusal
    warning = next(line for line in second.stdout.splitlines() if "looks like" in line)
    assert warning.startswith(f"{again}: header, date: warning: This looks like voucher 1001, posted on ")
    assert warning.endswith("with the same date, total and accounts. Check that it is not entered twice.")
    assert "submission 2: accepted" in second.stdout
    assert confirma_bookings(sandbox, "typed-again") == 1
