"""Issue 13: the ordinary paths that booked a voucher twice, run as a bookkeeper runs them (`ledgerdesk`),
counting bookings in the sandbox's own state."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

from .conftest import (VOUCHERS, confirma_bookings, describe, only_submission, posts, submissions,
                       voucher_variant)
from tests.conftest import EXAMPLES
from app.store.states import SubmissionState

BILL = EXAMPLES / "infinity-supplier-bill.json"
NOT_IN_INFINITYS_CHART = "6999"  # the sandbox's Swiss chart has no 6999: Infinity refuses that entry


def _bill(folder, name: str, office_account: str):
    data = json.loads(BILL.read_text(encoding="utf-8"))
    data["identifier"] = "e2e-partly-rejected"
    data["lines"][2]["account"] = office_account
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _entries_by_account(sandbox) -> Counter:
    return Counter(entry["entry"]["debitAccount"] for entry in sandbox.state()["infinity"]["entries"])


def test_partly_rejected_infinity_voucher_resent_books_each_entry_once(sandbox, infinity_profile, ledgerdesk,
                                                                        tmp_path):
    wrong = _bill(tmp_path, "bill-wrong.json", NOT_IN_INFINITYS_CHART)
    first = ledgerdesk("submit", wrong, "--profile", infinity_profile)
    assert first.returncode == 1, describe(first)
    assert "only the entries not yet booked are sent" in first.stdout
    assert _entries_by_account(sandbox) == {4200: 1}  # entry 1 booked, entry 2 refused, entry 3 never sent

    again = ledgerdesk("submit", wrong, "--profile", infinity_profile)  # the unchanged file, sent again
    assert again.returncode == 1, describe(again)
    assert _entries_by_account(sandbox) == {4200: 1}

    corrected = ledgerdesk("submit", _bill(tmp_path, "bill-right.json", "6500"), "--profile", infinity_profile)
    assert corrected.returncode == 0, describe(corrected)
    assert _entries_by_account(sandbox) == {4200: 1, 6500: 1, 4000: 1}  # each entry of the voucher once
    submission = only_submission()
    assert submission.state == SubmissionState.ACCEPTED
    assert [r["entry"]["amount"] for r in sandbox.state()["infinity"]["entries"]].count(108100) == 1

    once_more = ledgerdesk("submit", _bill(tmp_path, "bill-right.json", "6500"), "--profile", infinity_profile)
    assert once_more.returncode == 0 and "already posted" in once_more.stdout, describe(once_more)
    assert len(sandbox.state()["infinity"]["entries"]) == 3


def test_a_correction_that_changes_a_booked_entry_is_refused_before_anything_is_sent(
        sandbox, infinity_profile, ledgerdesk, tmp_path):
    wrong = _bill(tmp_path, "bill-wrong.json", NOT_IN_INFINITYS_CHART)
    assert ledgerdesk("submit", wrong, "--profile", infinity_profile).returncode == 1
    data = json.loads(wrong.read_text(encoding="utf-8"))
    data["lines"][2]["account"] = "6500"
    data["lines"][0]["debit"] = "1091.00"  # the booked entry 1 (4200) changed as well...
    data["lines"][3]["credit"] = "1836.70"
    changed = tmp_path / "bill-changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    result = ledgerdesk("submit", changed, "--profile", infinity_profile)
    assert result.returncode == 1, describe(result)
    assert "already booked in Infinity" in result.stderr + result.stdout
    assert _entries_by_account(sandbox) == {4200: 1}  # nothing more was sent


def test_a_voucher_queued_under_one_profile_is_never_sent_with_another_profiles_key(
        sandbox, api_keys, add_profile, ledgerdesk, tmp_path):
    good = add_profile("confirma")
    wrong = ledgerdesk("profile", "add", "companyA", "--target", "confirma", "--environment", "sandbox",
                       "--base-url", sandbox.confirma_url, stdin="not-the-right-key\n")
    assert wrong.returncode == 0, describe(wrong)
    try:
        voucher = VOUCHERS["confirma"]
        under_a = ledgerdesk("submit", voucher, "--profile", "companyA")
        assert under_a.returncode == 3, describe(under_a)  # the key was refused: it waits under companyA
        assert confirma_bookings(sandbox, "abc-123-def-456") == 0

        under_b = ledgerdesk("submit", voucher, "--profile", good)
        assert under_b.returncode == 0, describe(under_b)
        by_profile = {s.profile: s for s in submissions()}
        assert by_profile["companyA"].state == SubmissionState.QUEUED
        assert by_profile[good].state == SubmissionState.ACCEPTED
        assert confirma_bookings(sandbox, "abc-123-def-456") == 1
        status = ledgerdesk("status", "--profile", good)
        assert "abc-123-def-456" in status.stdout, describe(status)
        # companyA's key went nowhere near companyB's voucher, and B's only to B's server: one POST each.
        assert len(posts(sandbox, "confirma")) == 2
    finally:
        ledgerdesk("profile", "remove", "companyA")


def test_one_voucher_sent_to_a_confirma_and_an_infinity_profile_is_two_submissions_each_once(
        sandbox, add_profile, ledgerdesk, tmp_path):
    confirma, infinity = add_profile("confirma"), add_profile("infinity")
    both = voucher_variant(tmp_path, VOUCHERS["confirma"], "both.json", identifier="e2e-both-targets",
                           company_id="1234567-1", target=None, exchange_rate="target",  # EUR: Infinity converts
                           lines=[{"account": "1020", "text": "Bank", "debit": "100.00"},
                                  {"account": "3200", "text": "Sales", "credit": "100.00"}])
    for profile in (confirma, infinity, confirma, infinity):  # each twice: the second time changes nothing
        result = ledgerdesk("submit", both, "--profile", profile)
        assert result.returncode == 0, describe(result)
        assert "AttributeError" not in result.stderr
    assert sorted((s.profile, s.state) for s in submissions()) == sorted([(confirma, SubmissionState.ACCEPTED),
                                                                          (infinity, SubmissionState.ACCEPTED)])
    assert confirma_bookings(sandbox, "e2e-both-targets") == 1
    assert len(sandbox.state()["infinity"]["entries"]) == 1
    assert sandbox.state()["infinity"]["entries"][0]["entry"]["amount"] == int(Decimal("100.00") * 100)


def test_a_queued_voucher_the_target_holds_nothing_of_can_be_cancelled_and_sent_later(
        sandbox, add_profile, ledgerdesk, tmp_path):
    good = add_profile("confirma")
    assert ledgerdesk("profile", "add", "companyA", "--target", "confirma", "--environment", "sandbox",
                      "--base-url", sandbox.confirma_url, stdin="not-the-right-key\n").returncode == 0
    try:
        assert ledgerdesk("submit", VOUCHERS["confirma"], "--profile", "companyA").returncode == 3
        (queued,) = submissions()
        listing = ledgerdesk("outbox")
        assert f"ledgerdesk outbox cancel {queued.id}" in listing.stdout, describe(listing)
        cancelled = ledgerdesk("outbox", "cancel", queued.id)
        assert cancelled.returncode == 0 and "cancelled" in cancelled.stdout, describe(cancelled)
        assert only_submission().state == SubmissionState.CANCELLED
        assert ledgerdesk("outbox").stdout.startswith("The outbox is empty")

        # Posted vouchers cannot be cancelled: the target holds them.
        assert ledgerdesk("submit", VOUCHERS["confirma"], "--profile", good).returncode == 0
        posted = next(s for s in submissions() if s.profile == good)
        refused = ledgerdesk("outbox", "cancel", posted.id)
        assert refused.returncode == 1 and "only a queued or rejected" in refused.stderr, describe(refused)
        assert "Traceback" not in refused.stderr
        assert confirma_bookings(sandbox, "abc-123-def-456") == 1
    finally:
        ledgerdesk("profile", "remove", "companyA")


def test_infinity_booking_other_amounts_than_the_preview_is_reported_booked_differently_not_green(
        sandbox, infinity_profile, ledgerdesk):
    """Issue 14, item 1: what Infinity reports it booked is compared with the preview, never assumed."""
    sandbox.faults.add("book_differently", target="infinity", cents=2)
    result = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert result.returncode == 4, describe(result)  # documented: booked differently
    assert "differs" in result.stdout and "Booked differently from the preview" in result.stdout
    assert "net 111.49 CHF, VAT 9.01 CHF where the preview showed net 111.47 CHF, VAT 9.03 CHF" in result.stdout
    assert only_submission().state == SubmissionState.DIFFERS
    listed = ledgerdesk("status", "--profile", infinity_profile)
    assert "differs" in listed.stdout
    again = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert "already posted" in again.stdout and len(sandbox.state()["infinity"]["entries"]) == 1


def test_infinity_booking_as_previewed_stays_accepted(sandbox, infinity_profile, ledgerdesk):
    result = ledgerdesk("submit", VOUCHERS["infinity"], "--profile", infinity_profile)
    assert result.returncode == 0 and only_submission().state == "accepted", describe(result)


def test_a_corrected_file_without_an_identifier_books_only_the_entries_not_yet_booked(sandbox, infinity_profile,
                                                                                     ledgerdesk, tmp_path):
    """Found walking as a bookkeeper: a file without an identifier gets one from its content, so correcting
    the refused account made it a 'new' voucher, and the entry booked before the refusal was booked again."""
    def bill(name: str, office_account: str):
        data = json.loads(BILL.read_text(encoding="utf-8"))  # no identifier, as in every example file
        assert "identifier" not in data
        data["lines"][2]["account"] = office_account
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    wrong, right = bill("bill-wrong.json", NOT_IN_INFINITYS_CHART), bill("bill-right.json", "6500")
    assert ledgerdesk("submit", wrong, "--profile", infinity_profile).returncode == 1
    corrected = ledgerdesk("submit", right, "--profile", infinity_profile)
    assert corrected.returncode == 0, describe(corrected)
    assert "correction of voucher K-2025-017" in corrected.stdout
    assert _entries_by_account(sandbox) == {4200: 1, 6500: 1, 4000: 1}
    for again in (right, wrong):  # either file once more: the same voucher, already posted
        result = ledgerdesk("submit", again, "--profile", infinity_profile)
        assert "already posted" in result.stdout, describe(result)
    assert _entries_by_account(sandbox) == {4200: 1, 6500: 1, 4000: 1}
    assert len(submissions()) == 1


def test_infinity_splitting_net_and_vat_otherwise_on_its_own_rate_is_booked_differently(sandbox, infinity_profile,
                                                                                         ledgerdesk, tmp_path):
    """Found walking as a bookkeeper: on Infinity's own rate only the EUR amounts were compared, so a VAT split
    that is not the tax code's rate of the CHF gross passed as accepted."""
    eur = voucher_variant(tmp_path, VOUCHERS["infinity"], "eur.json", currency="EUR", exchange_rate="target")
    sandbox.faults.add("book_differently", target="infinity", cents=1)
    result = ledgerdesk("submit", eur, "--profile", infinity_profile)
    assert result.returncode == 4, describe(result)
    assert "not 8.1 % of the" in result.stdout


def test_the_command_line_refuses_a_voucher_number_already_booked_unless_told_it_is_another_voucher(
        sandbox, infinity_profile, ledgerdesk, tmp_path):
    """Found walking as a bookkeeper: after K-2025-017 was booked, another file of K-2025-017 (one account
    changed) was a 'new' voucher to the command line, and its first entry was booked a second time."""
    first = _bill(tmp_path, "bill.json", "6500")
    assert ledgerdesk("submit", first, "--profile", infinity_profile).returncode == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    data.pop("identifier")
    data["lines"][2]["account"] = "6570"
    again = tmp_path / "bill-again.json"
    again.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = ledgerdesk("submit", again, "--profile", infinity_profile)
    assert refused.returncode == 1, describe(refused)
    assert "Number K-2025-017 is already used by submission 1 (accepted)" in refused.stdout + refused.stderr
    assert len(sandbox.state()["infinity"]["entries"]) == 3  # nothing more was sent
    meant = ledgerdesk("submit", again, "--profile", infinity_profile, "--allow-number-reuse")
    assert meant.returncode == 0, describe(meant)
    assert len(sandbox.state()["infinity"]["entries"]) == 6
