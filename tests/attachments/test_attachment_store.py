"""Source documents in the store, on SQLite and on the team database: stored once per content, given back byte
for byte, listed with the voucher and with its submission (migration 010)."""

from __future__ import annotations

import hashlib

import pytest

from app.services.attachments import AttachmentError, attach_file, attachments_of, detach, viewer_copy
from app.services.queueing import queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentStore, AttachmentTooLarge
from app.store.outbox import Outbox
from app.store.review import ReviewQuery
from app.store.settings import Profile
from tests.conftest import EXAMPLES

RECEIPT = bytes(range(256)) * 40  # every byte value, NUL included: a BLOB/bytea, never text
PROFILE = Profile(name="p", target="confirma", environment="sandbox", base_url="http://127.0.0.1:9/api/v1/partner")


def stored_contents(conn) -> int:
    return conn.execute("SELECT COUNT(*) FROM attachment_contents").fetchone()[0]


def test_a_receipt_comes_back_byte_for_byte_under_its_sha256(store_conn):
    store = AttachmentStore(store_conn)
    added = store.add("v-1", "kuitti.jpg", RECEIPT, "image/jpeg", "Anna")
    assert not added.already_attached and not added.content_was_stored
    assert added.attachment.sha256 == hashlib.sha256(RECEIPT).hexdigest()
    assert added.attachment.size == len(RECEIPT) and added.attachment.added_by == "Anna"
    assert store.content(added.attachment.sha256) == RECEIPT
    assert [a.file_name for a in store.for_voucher("v-1")] == ["kuitti.jpg"]
    assert store.for_voucher("v-2") == []


def test_the_same_receipt_on_two_vouchers_and_twice_on_one_is_stored_once(store_conn):
    store = AttachmentStore(store_conn)
    store.add("v-1", "receipt.png", RECEIPT, "image/png")
    again = store.add("v-1", "receipt copy.png", RECEIPT, "image/png")
    other = store.add("v-2", "same.png", RECEIPT, "image/png")
    assert again.already_attached and again.attachment.file_name == "receipt.png"  # listed once, first name kept
    assert other.content_was_stored and not other.already_attached
    assert stored_contents(store_conn) == 1
    assert len(store.for_voucher("v-1")) == len(store.for_voucher("v-2")) == 1


def test_removing_a_document_keeps_its_bytes_while_another_voucher_has_them(store_conn):
    store = AttachmentStore(store_conn)
    sha = store.add("v-1", "a.pdf", RECEIPT, "application/pdf").attachment.sha256
    store.add("v-2", "a.pdf", RECEIPT, "application/pdf")
    assert store.remove("v-1", sha)
    assert store.content(sha) == RECEIPT and stored_contents(store_conn) == 1
    assert store.remove("v-2", sha)
    assert store.content(sha) is None and stored_contents(store_conn) == 0
    assert not store.remove("v-2", sha)


def test_a_document_over_20_mb_is_refused_before_anything_is_written(store_conn):
    with pytest.raises(AttachmentTooLarge):
        AttachmentStore(store_conn).add("v-1", "scan.pdf", b"x" * (MAX_ATTACHMENT_BYTES + 1), "application/pdf")
    assert stored_contents(store_conn) == 0


def test_the_draft_s_documents_stay_with_its_submission_and_show_in_the_review_detail(store_conn):
    voucher = read_voucher_file(EXAMPLES / "confirma-supplier-bill.json").voucher
    store = AttachmentStore(store_conn)
    store.add(voucher.identifier, "invoice.pdf", b"%PDF-1.4 the supplier's bill", "application/pdf")
    assert not store.submitted(voucher.identifier)
    queued = queue_voucher(store_conn, voucher, PROFILE)
    assert queued.submission_id is not None
    assert store.submitted(voucher.identifier)
    assert [a.file_name for a in store.for_submission(queued.submission_id)] == ["invoice.pdf"]
    # A corrected file with another identifier that became the same submission: its documents count too.
    Outbox(store_conn).add_alias("corrected-id", "p", queued.submission_id)
    store.add("corrected-id", "delivery-note.png", b"\x89PNG\r\n\x1a\nnote", "image/png")
    detail = ReviewQuery(store_conn).detail(queued.submission_id)
    assert [a.file_name for a in detail.attachments] == ["invoice.pdf", "delivery-note.png"]


def test_attaching_a_file_a_viewer_copy_and_removal_after_queueing_work_the_same_on_both_backends(store_conn, tmp_path):
    voucher = read_voucher_file(EXAMPLES / "confirma-supplier-bill.json").voucher
    (tmp_path / "lasku.pdf").write_bytes(b"%PDF-1.7\n" + RECEIPT)
    result = attach_file(store_conn, voucher.identifier, tmp_path / "lasku.pdf", target="Confirma", added_by="Anna")
    assert result.attachment.media_type == "application/pdf" and result.attachment.added_by == "Anna"
    assert viewer_copy(store_conn, result.attachment).read_bytes() == b"%PDF-1.7\n" + RECEIPT
    assert queue_voucher(store_conn, voucher, PROFILE).submission_id is not None
    with pytest.raises(AttachmentError) as refused:
        detach(store_conn, result.attachment)
    assert refused.value.args[0].code == "attachment_kept_submitted"
    assert attachments_of(store_conn, voucher.identifier) == [result.attachment]
