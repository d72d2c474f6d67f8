"""Issue 4, item 4: LedgerDesk killed with SIGKILL at each point of a submission, then started again.

After the restart (`ledgerdesk submit` again, which reconciles first) each voucher and each entry is at
the target exactly once, or the outbox shows it uncertain, with the audit log holding what was sent, and
nothing goes again until the bookkeeper decides. Confirma answers a repeated identical identifier with
200 and books nothing, so for Confirma the count that matters is its bookings.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES

from .conftest import (KILLED, VOUCHERS, audit_of, confirma_bookings, describe, http_posts_in_audit,
                       infinity_bookings, only_submission, posts, requests_of, voucher_variant, wait_until)
from app.store.states import POSTED_AS_PREVIEWED, RequestState, SubmissionState
from app.store.audit import AuditEvent

# Issue 16: on both backends, the local SQLite file and a team database on a real PostgreSQL server.
pytestmark = pytest.mark.usefixtures("data_backend")
TARGETS = ["confirma", "infinity"]
POSTED = POSTED_AS_PREVIEWED


def assert_at_the_target_once(sandbox, submission) -> None:
    """Confirma holds the voucher once; Infinity holds each of its entries once and nothing else."""
    if submission.target == "confirma":
        assert confirma_bookings(sandbox, submission.voucher_id) == 1
        return
    bodies = [r.body for r in requests_of(submission.id)]
    assert [infinity_bookings(sandbox, body) for body in bodies] == [1] * len(bodies)
    assert len(sandbox.state()["infinity"]["entries"]) == len(bodies)


def reconcile_notes(submission_id: int) -> list[str]:
    return [a.note for a in audit_of(submission_id) if a.event == "reconcile"]


def sending_evidence(submission_id: int) -> list[str]:
    """The request bodies the audit log shows LedgerDesk was about to send (written before they left)."""
    return [a.request_body for a in audit_of(submission_id) if a.event == AuditEvent.SENDING]


def assert_waits_for_the_bookkeeper(ledgerdesk, submission_id: int) -> None:
    listed = ledgerdesk("outbox")
    assert f"ledgerdesk outbox resolve {submission_id} posted" in listed.stdout, describe(listed)
    assert only_submission().state == SubmissionState.UNCERTAIN


@pytest.mark.parametrize("target", TARGETS)
def test_killed_after_queueing_the_restart_sends_it_once(target, sandbox, add_profile, ledgerdesk):
    profile = add_profile(target)
    crashed = ledgerdesk("submit", VOUCHERS[target], "--profile", profile, crash_at="after-queue")
    assert crashed.returncode == KILLED, describe(crashed)
    assert posts(sandbox, target) == []
    queued = only_submission()
    assert queued.state == SubmissionState.QUEUED and [r.state for r in requests_of(queued.id)] == [RequestState.QUEUED]

    restarted = ledgerdesk("submit", VOUCHERS[target], "--profile", profile)
    assert restarted.returncode == 0, describe(restarted)
    assert only_submission().state in POSTED
    assert len(posts(sandbox, target)) == 1
    assert_at_the_target_once(sandbox, only_submission())


@pytest.mark.parametrize("target", TARGETS)
def test_killed_with_sending_committed_but_nothing_sent(target, sandbox, add_profile, ledgerdesk):
    profile = add_profile(target)
    crashed = ledgerdesk("submit", VOUCHERS[target], "--profile", profile, crash_at="before-request")
    assert crashed.returncode == KILLED, describe(crashed)
    assert posts(sandbox, target) == []
    left = only_submission()
    (request,) = requests_of(left.id)
    assert left.state == SubmissionState.SENDING and request.state == RequestState.SENDING
    assert sending_evidence(left.id) == [request.body]  # written before anything left
    assert http_posts_in_audit(left.id) == []

    restarted = ledgerdesk("submit", VOUCHERS[target], "--profile", profile)
    if target == "confirma":
        # Confirma can be asked: it does not list the voucher, so the same identifier goes once.
        assert restarted.returncode == 0, describe(restarted)
        assert f"Earlier submission {left.id}: accepted" in restarted.stdout
        assert reconcile_notes(left.id) == ["not at Confirma: sending again"]
    else:
        # Infinity cannot be asked: nothing goes until the bookkeeper decides.
        assert restarted.returncode == 3, describe(restarted)
        assert posts(sandbox, target) == []
        assert_waits_for_the_bookkeeper(ledgerdesk, left.id)
        resent = ledgerdesk("outbox", "resolve", left.id, "resend")
        assert resent.returncode == 0, describe(resent)
    assert only_submission().state in POSTED
    assert len(posts(sandbox, target)) == 1
    assert len(http_posts_in_audit(left.id)) == 1
    assert_at_the_target_once(sandbox, only_submission())


def kill_while_in_flight(sandbox, ledgerdesk, target: str, profile: str) -> None:
    """Start a submit, let its POST reach the sandbox (held there 2 s), and SIGKILL the client meanwhile."""
    sandbox.faults.add("delay", target=target, method="POST", seconds=2)
    process = ledgerdesk.start("submit", VOUCHERS[target], "--profile", profile)
    wait_until(lambda: not sandbox.faults.pending() or process.poll() is not None,
               what="the POST to reach the sandbox")
    assert process.poll() is None, "the client finished before it could be killed"
    process.kill()
    killed = ledgerdesk.finish(process)
    assert killed.returncode == KILLED, describe(killed)


@pytest.mark.parametrize("restart", ["after-the-server-booked-it", "at-once"])
def test_confirma_killed_while_the_request_is_in_flight(restart, sandbox, confirma_profile, ledgerdesk):
    kill_while_in_flight(sandbox, ledgerdesk, "confirma", confirma_profile)
    left = only_submission()
    assert left.state == SubmissionState.SENDING and [r.state for r in requests_of(left.id)] == [RequestState.SENDING]
    if restart == "after-the-server-booked-it":
        wait_until(lambda: posts(sandbox, "confirma"), what="the held POST to be processed")

    restarted = ledgerdesk("submit", VOUCHERS["confirma"], "--profile", confirma_profile)
    assert restarted.returncode == 0, describe(restarted)
    assert only_submission().state in POSTED
    (note,) = reconcile_notes(left.id)
    if restart == "after-the-server-booked-it":
        assert note == "found at Confirma"
    # Restarted at once, the status list may not show it yet: then the same identifier goes again, and
    # Confirma answers the copy that lands second with 200 and books nothing.
    expected_posts = 2 if note == "not at Confirma: sending again" else 1
    sent = wait_until(lambda: len(p := posts(sandbox, "confirma")) == expected_posts and p,
                      what=f"{expected_posts} POST(s) at the sandbox")
    assert [p["status"] for p in sent] == [200] * expected_posts
    assert all(p["body"] == sent[0]["body"] for p in sent)
    assert_at_the_target_once(sandbox, only_submission())


def test_infinity_killed_while_the_request_is_in_flight_is_not_sent_again(sandbox, infinity_profile, ledgerdesk):
    kill_while_in_flight(sandbox, ledgerdesk, "infinity", infinity_profile)
    left = only_submission()
    (request,) = requests_of(left.id)
    assert request.state == RequestState.SENDING

    restarted = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert restarted.returncode == 3, describe(restarted)
    assert "uncertain" in restarted.stdout
    assert http_posts_in_audit(left.id) == []  # the restart did not POST it again
    wait_until(lambda: posts(sandbox, "infinity"), what="the held POST to be processed")
    assert len(posts(sandbox, "infinity")) == 1
    assert_waits_for_the_bookkeeper(ledgerdesk, left.id)
    assert sending_evidence(left.id) == [request.body]  # the evidence: what may have arrived

    posted = ledgerdesk("outbox", "resolve", left.id, "posted")
    assert posted.returncode == 0, describe(posted)
    assert only_submission().state == SubmissionState.ACCEPTED
    assert len(posts(sandbox, "infinity")) == 1
    assert_at_the_target_once(sandbox, only_submission())


@pytest.mark.parametrize("target", TARGETS)
def test_killed_after_the_server_answered_but_before_it_was_recorded(target, sandbox, add_profile, ledgerdesk):
    profile = add_profile(target)
    crashed = ledgerdesk("submit", VOUCHERS[target], "--profile", profile, crash_at="after-response")
    assert crashed.returncode == KILLED, describe(crashed)
    assert len(posts(sandbox, target)) == 1
    left = only_submission()
    (request,) = requests_of(left.id)
    assert left.state == SubmissionState.SENDING and request.state == RequestState.SENDING
    (exchange,) = http_posts_in_audit(left.id)  # the evidence: the body sent and the answer
    assert json.loads(exchange.request_body) == json.loads(request.body)
    assert exchange.response_status == (200 if target == "confirma" else 201)

    restarted = ledgerdesk("submit", VOUCHERS[target], "--profile", profile)
    if target == "confirma":
        assert restarted.returncode == 0, describe(restarted)
        assert reconcile_notes(left.id) == ["found at Confirma"]
    else:
        assert restarted.returncode == 3, describe(restarted)
        assert_waits_for_the_bookkeeper(ledgerdesk, left.id)
        posted = ledgerdesk("outbox", "resolve", left.id, "posted")
        assert posted.returncode == 0, describe(posted)
    assert only_submission().state in POSTED
    assert len(posts(sandbox, target)) == 1
    assert len(http_posts_in_audit(left.id)) == 1
    assert_at_the_target_once(sandbox, only_submission())


def test_three_entries_killed_after_the_second_answer_only_the_third_goes_after_resolving(
        sandbox, infinity_profile, ledgerdesk):
    voucher = EXAMPLES / "infinity-supplier-bill.json"
    crashed = ledgerdesk("submit", voucher, "--profile", infinity_profile, crash_at="after-response:2")
    assert crashed.returncode == KILLED, describe(crashed)
    assert "Entry 1 of 3 booked." in crashed.stderr and "Entry 2 of 3" not in crashed.stderr
    left = only_submission()
    first, second, third = requests_of(left.id)
    assert [first.state, second.state, third.state] == [RequestState.ACCEPTED, RequestState.SENDING,
                                                         RequestState.QUEUED]
    assert [p["body"] for p in posts(sandbox, "infinity")] == [json.loads(first.body), json.loads(second.body)]

    restarted = ledgerdesk("submit", voucher, "--profile", infinity_profile)
    assert restarted.returncode == 3, describe(restarted)
    assert len(posts(sandbox, "infinity")) == 2  # nothing sent on its own
    listed = ledgerdesk("outbox")
    assert all(f"entry {n}: {state}" in listed.stdout
               for n, state in ((1, "accepted"), (2, "uncertain"), (3, "queued"))), describe(listed)

    # Entry 2 is in Infinity: the bookkeeper says so, and only entry 3 goes.
    posted = ledgerdesk("outbox", "resolve", left.id, "posted")
    assert posted.returncode == 0, describe(posted)
    assert [r.state for r in requests_of(left.id)] == [RequestState.ACCEPTED] * 3
    assert only_submission().state == SubmissionState.ACCEPTED
    assert [p["body"] for p in posts(sandbox, "infinity")][2:] == [json.loads(third.body)]
    assert_at_the_target_once(sandbox, only_submission())
    assert len(http_posts_in_audit(left.id)) == 3


def test_killed_during_an_autosave_keeps_the_previous_save(ledgerdesk, tmp_path):
    # No profile or keyring needed: drafts are local.
    first = voucher_variant(tmp_path, VOUCHERS["confirma"], "first.json", description="Saved first")
    second = voucher_variant(tmp_path, VOUCHERS["confirma"], "second.json", description="Typed later")
    crashed = ledgerdesk.python("-m", "tests.e2e.workers", "save-draft", "draft-1", first, second,
                                crash_at="during-autosave:2")
    assert crashed.returncode == KILLED, describe(crashed)
    assert crashed.stdout.split("\n")[0] == "first saved" and "second saved" not in crashed.stdout

    # A fresh process opens the database as after a restart: clean, with the committed content.
    shown = ledgerdesk.python("-m", "tests.e2e.workers", "show-draft", "draft-1")
    assert shown.returncode == 0, describe(shown)
    found = json.loads(shown.stdout)
    assert found == {"integrity": ["ok"], "content": first.read_text(encoding="utf-8")}

    # And it keeps working: the next save goes through.
    saved = ledgerdesk.python("-m", "tests.e2e.workers", "save-draft", "draft-1", second, second)
    assert saved.returncode == 0, describe(saved)
    assert json.loads(ledgerdesk.python("-m", "tests.e2e.workers", "show-draft", "draft-1").stdout)["content"] \
        == second.read_text(encoding="utf-8")
