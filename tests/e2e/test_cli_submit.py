"""`ledgerdesk submit`, `status` and `outbox` as a bookkeeper runs them: real processes, real loopback HTTP."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import GOLDEN, load_json

from .conftest import (VOUCHERS, confirma_bookings, describe, http_posts_in_audit, infinity_bookings,
                       only_submission, posts, requests_of, submissions, voucher_variant)
from app.store.states import RequestState, SubmissionState


def status_of(output: str, identifier: str) -> str:
    """The state column of the `ledgerdesk status` line for this voucher identifier."""
    line = next(line for line in output.splitlines() if line.rstrip().endswith(identifier))
    return line.split()[1]


@pytest.mark.sandbox(sync_delay=60)  # pending at the first look however slow the machine; then the clock moves
def test_confirma_submit_sends_the_documented_body_once_and_status_follows_the_sync(
        sandbox, sandbox_clock, confirma_profile, ledgerdesk):
    submitted = ledgerdesk("submit", VOUCHERS["confirma"], "--profile", confirma_profile)
    assert submitted.returncode == 0, describe(submitted)
    assert "submission 1: accepted" in submitted.stdout

    (post,) = posts(sandbox, "confirma")
    assert post["status"] == 200
    assert post["body"] == load_json(GOLDEN / "confirma-documented-body.json")

    # Queued at the sandbox until its clock moves on: the first look sees it pending, a later one synced.
    status = ledgerdesk("status", "--profile", confirma_profile)
    assert status.returncode == 0, describe(status)
    assert status_of(status.stdout, "abc-123-def-456") == "pending"
    sandbox_clock.advance(60)
    assert sandbox.state()["confirma"]["ledgers"][0]["documentStatus"] == "Approved"
    synced = ledgerdesk("status", "--profile", confirma_profile)
    assert synced.returncode == 0, describe(synced)
    assert status_of(synced.stdout, "abc-123-def-456") == "synced" and "[Approved]" in synced.stdout

    again = ledgerdesk("submit", VOUCHERS["confirma"], "--profile", confirma_profile)
    assert again.returncode == 0, describe(again)
    assert "it is not sent twice" in again.stdout
    assert len(posts(sandbox, "confirma")) == 1
    assert confirma_bookings(sandbox, "abc-123-def-456") == 1
    assert [s.state for s in submissions()] == [SubmissionState.SYNCED]


def test_infinity_submit_prints_net_and_vat_and_books_one_entry(sandbox, infinity_profile, ledgerdesk):
    submitted = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert submitted.returncode == 0, describe(submitted)
    assert "net 111.47" in submitted.stdout and "VAT 9.03" in submitted.stdout
    (post,) = posts(sandbox, "infinity")
    assert post["status"] == 201 and post["body"] == load_json(GOLDEN / "infinity-documented-body.json")
    assert len(sandbox.state()["infinity"]["entries"]) == 1

    again = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert again.returncode == 0, describe(again)
    assert "it is not sent twice" in again.stdout
    assert len(sandbox.state()["infinity"]["entries"]) == 1


def test_an_invalid_voucher_exits_1_and_nothing_is_sent(sandbox, confirma_profile, ledgerdesk, tmp_path):
    data = json.loads(VOUCHERS["confirma"].read_text(encoding="utf-8"))
    data["identifier"] = "e2e-invalid-1"
    data["lines"][1]["credit"] = "2900.00"  # no longer balances
    path = tmp_path / "unbalanced.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    result = ledgerdesk("submit", path, "--profile", confirma_profile)
    assert result.returncode == 1, describe(result)
    assert "error" in result.stdout and "nothing was queued" in result.stdout
    assert sandbox.received("confirma") == []
    assert submissions() == []


def test_a_missing_profile_exits_2(ledgerdesk):
    # No keyring needed: the profile is looked up before any key is read.
    result = ledgerdesk("submit", VOUCHERS["confirma"], "--profile", "nope")
    assert result.returncode == 2, describe(result)
    assert "There is no profile 'nope'" in result.stderr
    assert "ledgerdesk profile add" in result.stderr


def test_uncertain_vouchers_wait_for_the_bookkeeper_posted_or_resend(sandbox, infinity_profile, ledgerdesk,
                                                                     tmp_path):
    # The answer is lost after Infinity booked the entry: LedgerDesk cannot know, so it asks (exit 3).
    sandbox.faults.add("drop_after", target="infinity")
    first = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert first.returncode == 3, describe(first)
    assert "uncertain" in first.stdout
    first_id = only_submission().id
    assert len(posts(sandbox, "infinity")) == 1

    listed = ledgerdesk("outbox")
    assert listed.returncode == 0, describe(listed)
    assert re.search(rf"^\s*{first_id}\s+{infinity_profile}\s+infinity\s+uncertain", listed.stdout, re.M)
    assert "entry 1: uncertain" in listed.stdout
    assert (f"decide: ledgerdesk outbox resolve {first_id} posted   or   "
            f"ledgerdesk outbox resolve {first_id} resend") in listed.stdout

    # The bookkeeper looked in Infinity and found it: accepted, nothing re-sent.
    posted = ledgerdesk("outbox", "resolve", first_id, "posted")
    assert posted.returncode == 0, describe(posted)
    assert f"Submission {first_id}: accepted." in posted.stdout
    assert len(posts(sandbox, "infinity")) == 1
    assert [r.state for r in requests_of(first_id)] == [RequestState.ACCEPTED]
    assert "The outbox is empty" in ledgerdesk("outbox").stdout

    # A second voucher, also left uncertain; this time the bookkeeper says "send it again", and it is.
    second_file = voucher_variant(tmp_path, VOUCHERS["infinity"], "second.json", description="Einnahme zwei")
    sandbox.faults.add("drop_after", target="infinity")
    second = ledgerdesk("submit", second_file, "--profile", infinity_profile)
    assert second.returncode == 3, describe(second)
    second_id = max(s.id for s in submissions())
    (second_body,) = [r.body for r in requests_of(second_id)]
    assert infinity_bookings(sandbox, second_body) == 1

    resent = ledgerdesk("outbox", "resolve", second_id, "resend")
    assert resent.returncode == 0, describe(resent)
    assert "accepted" in resent.stdout
    assert infinity_bookings(sandbox, second_body) == 2  # what the bookkeeper asked for
    assert len(http_posts_in_audit(second_id)) == 2
    (first_body,) = [r.body for r in requests_of(first_id)]
    assert infinity_bookings(sandbox, first_body) == 1

    # Neither file is posted again by a later submit.
    for path in (VOUCHERS["infinity"], second_file):
        again = ledgerdesk("submit", path, "--profile", infinity_profile)
        assert again.returncode == 0 and "it is not sent twice" in again.stdout, describe(again)
    assert len(posts(sandbox, "infinity")) == 3
