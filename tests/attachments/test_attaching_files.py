"""Attaching source documents as the bookkeeper does it from the command line (`ledgerdesk attach`), and what a
hostile file gets: a sentence naming it, never a traceback. Backup and the review's CSV export carry them."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile

import pytest

from app.cli import main
from app.services.attachments import (AttachmentError, attach_file, attachments_of, display_name, media_type_of,
                                      viewer_copy)
from app.services.queueing import queue_voucher
from app.services.review_actions import CSV_HEADER, export_csv
from app.services.voucher_files import read_voucher_file
from app.store import paths
from app.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentStore
from app.store.database import connect
from app.store.review import ReviewFilter
from app.store.settings import Profile
from tests.conftest import EXAMPLES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + b"\x00\xff" * 500 + b"\n%%EOF\n"
BILL = EXAMPLES / "confirma-supplier-bill.json"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and code != 70, err
    return code, out, err


@pytest.fixture
def conn():
    connection = connect(paths.database_path())
    yield connection
    connection.close()


def refusal(conn, path) -> str:
    with pytest.raises(AttachmentError) as caught:
        attach_file(conn, "v-1", path)
    return caught.value.args[0]


# ---- hostile files ----------------------------------------------------------------------------

def test_a_missing_file_is_named_and_nothing_is_attached(conn, tmp_path):
    said = refusal(conn, tmp_path / "kuitti.jpg")
    assert said.code == "attachment_missing" and said == "kuitti.jpg was not attached: there is no such file."
    assert attachments_of(conn, "v-1") == []


def test_an_empty_file_a_folder_and_a_pipe_are_each_refused_with_their_reason(conn, tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert refusal(conn, tmp_path / "empty.pdf").code == "attachment_empty"
    (tmp_path / "receipts").mkdir()
    assert refusal(conn, tmp_path / "receipts").code == "attachment_folder"
    os.mkfifo(tmp_path / "pipe.png")  # no writer: a blocking read would hang the window for ever
    assert refusal(conn, tmp_path / "pipe.png").code == "attachment_not_regular"
    assert conn.execute("SELECT COUNT(*) FROM attachment_contents").fetchone()[0] == 0


def test_a_path_that_cannot_be_read_says_why(conn, tmp_path):
    (tmp_path / "not-a-folder").write_bytes(b"x")
    said = refusal(conn, tmp_path / "not-a-folder" / "scan.pdf")
    assert said.code == "attachment_unreadable" and "scan.pdf" in said and "Not a directory" in said


def test_a_huge_file_is_refused_from_its_size_before_it_is_read(conn, tmp_path):
    huge = tmp_path / "scan.tif"
    with open(huge, "wb") as handle:  # sparse: 2 GB claimed, nothing written
        handle.truncate(2 * 1024 * 1024 * 1024)
    said = refusal(conn, huge)
    assert said.code == "attachment_too_large"
    assert said == ("scan.tif was not attached: it is 2048.00 MB; a source document may be at most 20 MB. "
                    "Scan it at a lower resolution or split it.")
    exactly = tmp_path / "at-the-limit.pdf"
    exactly.write_bytes(b"%PDF-" + b"0" * (MAX_ATTACHMENT_BYTES - 5))
    assert attach_file(conn, "v-1", exactly).attachment.size == MAX_ATTACHMENT_BYTES


@pytest.mark.parametrize(("given", "kept"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\anna\\kuitti.jpg", "kuitti.jpg"),
    ("re\u202ecipt\x07\n.png", "recipt.png"),  # a bidi override, a bell and a line break: gone
    ('a:b*c?"<>|.pdf', "a_b_c_____.pdf"),
    ("Käyttölasku – Öljy Oy €.pdf", "Käyttölasku – Öljy Oy €.pdf"),  # the bookkeeper's letters and signs kept
    ("...", "document"),
    ("x" * 300 + ".pdf", "x" * 115 + "….pdf"),  # 120 characters, the extension kept
])
def test_a_file_name_with_odd_characters_is_kept_as_a_name_that_can_be_shown_and_copied(given, kept):
    assert display_name(given) == kept
    assert len(display_name(given)) <= 120


def test_a_file_named_with_odd_characters_is_attached_and_copied_out_under_its_cleaned_name(conn, tmp_path):
    odd = tmp_path / "kuitti\u202e\n:2026*.png"
    odd.write_bytes(PNG)
    result = attach_file(conn, "v-1", odd)
    assert result.attachment.file_name == "kuitti_2026_.png"
    copy = viewer_copy(conn, result.attachment)
    assert copy.name == "kuitti_2026_.png" and copy.read_bytes() == PNG
    assert oct(copy.parent.stat().st_mode & 0o777) == "0o700"  # the copy's folder is the user's alone


def test_what_a_document_is_comes_from_its_first_bytes_not_its_name():
    assert media_type_of(PNG, "receipt.pdf") == "image/png"
    assert media_type_of(PDF, "scan") == "application/pdf"
    assert media_type_of(b"\xff\xd8\xff\xe0jfif", "IMG_0001.JPG") == "image/jpeg"
    assert media_type_of(b"not really an image", "photo.png") == "application/octet-stream"
    assert media_type_of(b"\xef\xbb\xbf<?xml version='1.0'?><Finvoice/>", "lasku.xml") == "application/xml"
    assert media_type_of(b"date;amount\n", "bank.csv") == "text/csv"


# ---- the command line ---------------------------------------------------------------------------

def test_ledgerdesk_attach_stores_each_document_once_lists_them_and_copies_them_out(capsys, tmp_path):
    (tmp_path / "bill.pdf").write_bytes(PDF)
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / "same photo.png").write_bytes(PNG)
    code, out, err = run(capsys, "attach", BILL, tmp_path / "bill.pdf", tmp_path / "photo.png",
                         tmp_path / "same photo.png")
    assert code == 0, err
    assert "Attached bill.pdf to the voucher. Source documents stay with the firm: they are not sent" in out
    assert "photo.png is already attached to this voucher." in out
    assert f"bill.pdf  application/pdf  {len(PDF)} bytes  sha256 {hashlib.sha256(PDF).hexdigest()}" in out
    assert out.count("  photo.png  image/png") == 1
    code, out, err = run(capsys, "attach", BILL, "--save-to", tmp_path / "out")
    assert code == 2 and "is not a folder: nothing was copied" in err
    (tmp_path / "out").mkdir()
    code, out, err = run(capsys, "attach", BILL, "--save-to", tmp_path / "out")
    assert code == 0, err
    assert (tmp_path / "out" / "bill.pdf").read_bytes() == PDF and (tmp_path / "out" / "photo.png").read_bytes() == PNG
    identifier = read_voucher_file(BILL).voucher.identifier
    code, out, err = run(capsys, "attach", "--id", identifier)
    assert code == 0 and "bill.pdf" in out and "photo.png" in out


def test_ledgerdesk_attach_says_which_file_was_not_attached_and_exits_2(capsys, tmp_path):
    (tmp_path / "bill.pdf").write_bytes(PDF)
    (tmp_path / "empty.jpg").write_bytes(b"")
    code, out, err = run(capsys, "attach", BILL, tmp_path / "missing.pdf", tmp_path / "empty.jpg",
                         tmp_path / "bill.pdf")
    assert code == 2
    assert err.splitlines() == ["missing.pdf was not attached: there is no such file.",
                                "empty.jpg was not attached: it is empty (0 bytes)."]
    assert "Attached bill.pdf" in out  # the good one is attached all the same
    code, out, err = run(capsys, "attach", tmp_path / "bill.pdf", tmp_path / "bill.pdf")
    assert code == 2 and "bill.pdf" in err  # a PDF is not a voucher file


# ---- backup and export --------------------------------------------------------------------------

def test_a_backup_holds_the_documents_and_a_restore_brings_them_back(capsys, conn, tmp_path):
    (tmp_path / "bill.pdf").write_bytes(PDF)
    assert run(capsys, "attach", BILL, tmp_path / "bill.pdf")[0] == 0
    code, out, err = run(capsys, "backup", tmp_path / "backup.zip")
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "backup.zip") as zipped:
        zipped.extract("ledgerdesk.sqlite3", tmp_path / "inside")
    inside = connect(tmp_path / "inside" / "ledgerdesk.sqlite3")
    assert AttachmentStore(inside).content(hashlib.sha256(PDF).hexdigest()) == PDF
    inside.close()
    identifier = read_voucher_file(BILL).voucher.identifier
    sha = attachments_of(conn, identifier)[0].sha256
    AttachmentStore(conn).remove(identifier, sha)  # lost after the backup…
    conn.close()
    code, out, err = run(capsys, "restore", tmp_path / "backup.zip")
    assert code == 0, err
    again = connect(paths.database_path())  # …and back
    try:
        [document] = attachments_of(again, identifier)
        assert document.file_name == "bill.pdf" and AttachmentStore(again).content(sha) == PDF
    finally:
        again.close()


def test_the_review_export_names_each_voucher_s_documents_and_their_hashes(conn, tmp_path):
    voucher = read_voucher_file(BILL).voucher
    (tmp_path / "bill.pdf").write_bytes(PDF)
    (tmp_path / "=cmd.png").write_bytes(PNG)  # a name a spreadsheet would take for a formula
    attach_file(conn, voucher.identifier, tmp_path / "bill.pdf")
    attach_file(conn, voucher.identifier, tmp_path / "=cmd.png")
    profile = Profile(name="p", target="confirma", environment="sandbox",
                      base_url="http://127.0.0.1:9/api/v1/partner")
    assert queue_voucher(conn, voucher, profile).submission_id is not None
    stream = io.StringIO(newline="")
    export_csv(conn, ReviewFilter(), stream)
    rows = list(csv.reader(io.StringIO(stream.getvalue().lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == list(CSV_HEADER) and rows[0][-1] == "Source documents"
    expected = f"bill.pdf ({hashlib.sha256(PDF).hexdigest()[:12]}) | =cmd.png ({hashlib.sha256(PNG).hexdigest()[:12]})"
    assert {row[-1] for row in rows[1:]} == {expected}  # on every line of the voucher


def test_the_command_line_does_not_load_qt_to_attach(tmp_path):
    (tmp_path / "bill.pdf").write_bytes(PDF)
    code = ("import sys, app.cli as c; r = c.main(['attach', sys.argv[1], sys.argv[2]]); "
            "assert 'PySide6' not in sys.modules, 'Qt loaded'; raise SystemExit(r)")
    done = subprocess.run([sys.executable, "-c", code, str(BILL), str(tmp_path / "bill.pdf")], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert done.returncode == 0, done.stderr
