"""Terminal output: text from files and servers is shown escaped, and an unexpected error is one line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from app.services.submission import queue_voucher
from app.services.voucher_files import read_voucher_file
from app.store.database import connect
from app.store.outbox import Outbox
from app.store.paths import database_path, logs_dir
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyMissing, KeyStore
from app.store.settings import Profile
from tests.hostile.support import documented, run_in_process, run_process, write

# Retitles the terminal window (OSC 0), clears the screen (CSI 2J), moves to column 1 and turns text around.
HOSTILE = "Rent\x1b]0;owned\x07 Dec\x1b[2J\r\u202eexe.txt\u2066"
RAW_CONTROLS = ("\x1b", "\x07", "\r", "\u202e", "\u2066")
EXIT_INTERNAL = 70  # README's exit codes: LedgerDesk itself failed


def assert_shown_escaped(text: str) -> None:
    for raw in RAW_CONTROLS:
        assert raw not in text, (raw, text)
    assert "Rent\\u001b]0;owned\\u0007 Dec\\u001b[2J\\u000d\\u202eexe.txt\\u2066" in text


def hostile_file(tmp_path):
    data = documented()
    data["description"] = HOSTILE
    return write(tmp_path, json.dumps(data, ensure_ascii=False))


def stored_by_an_older_version(profile: str) -> int:
    """A submission whose description holds escapes, as an older LedgerDesk (which let them through) stored it:
    LedgerDesk now refuses such text when it is typed or read, but what is stored must still print safely."""
    voucher = documented()
    voucher["description"] = HOSTILE
    conn = connect(database_path())
    try:
        return Outbox(conn).enqueue(voucher_id="older-1", profile=profile, target="confirma",
                                    voucher=json.dumps(voucher, ensure_ascii=False),
                                    summary={"date": "2025-12-13", "number": "1001", "description": HOSTILE,
                                             "total": "2990.00"}, bodies=["{}"])
    finally:
        conn.close()


def test_hostile_text_is_refused_before_it_can_be_queued(tmp_path):
    voucher = read_voucher_file(hostile_file(tmp_path)).voucher
    profile = Profile(name="sb", target="confirma", environment="sandbox",
                      base_url="http://127.0.0.1:9/api/v1/partner", company_id="1234567-1")
    conn = connect(database_path())
    queued = queue_voucher(conn, voucher, profile)
    conn.close()
    assert queued.submission_id is None and {i.code for i in queued.issues if i.is_error} == {"text_hidden_character"}


def test_escape_sequences_in_a_description_are_shown_escaped_by_outbox(tmp_path):
    stored_by_an_older_version("sb")
    run = run_in_process("outbox")
    assert run.code == 0, run
    assert_shown_escaped(run.out)


@pytest.mark.sandbox(sync_delay=0.1)
def test_escape_sequences_in_a_description_are_shown_escaped_by_status(tmp_path, monkeypatch, sandbox):
    if os.environ.get("LEDGERDESK_REAL_KEYRING") != "1":
        pytest.skip("needs the real keyring: scripts/with-keyring")
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)
    try:
        from app.sandbox.server import DEFAULT_CONFIRMA_KEY
        monkeypatch.setattr("sys.stdin", io.StringIO(DEFAULT_CONFIRMA_KEY + "\n"))
        added = run_in_process("profile", "add", "h1-escapes", "--target", "confirma", "--environment", "sandbox",
                               "--base-url", sandbox.confirma_url, "--company", "1234567-1")
        assert added.code == 0, added
        stored_by_an_older_version("h1-escapes")
        status = run_in_process("status", "--profile", "h1-escapes")
        assert_shown_escaped(status.out)
        assert all(raw not in status.err for raw in RAW_CONTROLS)
    finally:
        try:
            KeyStore().delete("h1-escapes")
        except KeyMissing:
            pass


def test_a_bidi_override_in_a_file_name_is_shown_escaped(tmp_path):
    path = write(tmp_path, "{", name="bill\u202enosj.exe")
    run = run_in_process("validate", path)
    assert run.code == 2 and "bill\\u202enosj.exe" in run.err and "\u202e" not in run.err


def test_an_escape_sequence_given_as_an_extra_argument_is_echoed_escaped():
    run = run_in_process("validate", "v.json", "\x1b[2J\u202eextra")
    assert run.code == 2 and "unrecognized arguments: \\u001b[2J\\u202eextra" in run.err
    assert "\x1b" not in run.err and "\u202e" not in run.err


def test_payload_of_a_description_with_escapes_is_refused_naming_it_and_prints_nothing_raw(tmp_path):
    run = run_in_process("payload", hostile_file(tmp_path), "--target", "confirma")
    assert run.code == 1, run
    assert "header, description: error:" in run.err and "no ledger shows" in run.err
    assert all(raw not in run.out + run.err for raw in RAW_CONTROLS)


def test_an_unexpected_error_is_one_line_and_an_exit_code_never_a_traceback(tmp_path):
    # A command that fails in a way nobody foresaw (here: a division by zero put in its place).
    code = ("import app.cli.voucher_commands as commands\n"
            "commands.run_validate = lambda args: 1 / 0\n"
            "from app.cli import main\n"
            "raise SystemExit(main(['validate', 'voucher.json']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "LEDGERDESK_HOME": str(tmp_path / "home")})
    assert done.returncode == EXIT_INTERNAL and "Traceback" not in done.stderr + done.stdout
    (line,) = done.stderr.splitlines()
    assert line.startswith("ledgerdesk validate: unexpected error (ZeroDivisionError:")
    assert "the details are in" in line


def test_an_unexpected_error_leaves_its_traceback_in_the_log(capsys):
    from app.cli import report_unexpected

    try:
        {}["missing"]
    except KeyError as exc:
        assert report_unexpected("validate", exc) == EXIT_INTERNAL
    shown = capsys.readouterr().err
    log = logs_dir() / "cli-errors.log"
    assert shown.count("\n") == 1 and f"the details are in {log}" in shown and "Traceback" not in shown
    assert "Traceback (most recent call last)" in log.read_text() and "KeyError: 'missing'" in log.read_text()


def test_a_terminal_that_cannot_show_a_character_gets_an_escape_not_a_traceback(tmp_path):
    bill = write(tmp_path, json.dumps(documented()), name="lasku-€.json")
    run = run_process("validate", bill, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert run.code == 0 and "Traceback" not in run.shown, run
    assert "lasku-\\u20ac.json: valid for confirma" in run.out


def test_a_data_folder_that_is_a_file_is_a_setup_message_with_exit_2_not_an_unexpected_error(tmp_path):
    """LEDGERDESK_HOME pointing at a file gave 'unexpected error (FileExistsError …)', exit 70."""
    import subprocess
    import sys

    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("x", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "app", "outbox"], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "LEDGERDESK_HOME": str(not_a_folder)})
    assert done.returncode == 2, done.stderr
    assert "is a file, not a folder" in done.stderr and "Traceback" not in done.stderr
    assert "unexpected" not in done.stderr


def test_the_window_with_a_data_folder_that_is_a_file_says_so_without_a_traceback(tmp_path):
    """Found walking as a bookkeeper: `ledgerdesk` (the window) printed a traceback ending in DataLocationError."""
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("x", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "LEDGERDESK_HOME": str(not_a_folder), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2, done.stderr
    assert "is a file, not a folder" in done.stderr and "Traceback" not in done.stderr
