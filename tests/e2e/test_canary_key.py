"""Issue 17: a canary API key, run through every command with the log at its most talkative, appears in no log,
no output and no file under the data folder (the keyring is the real Secret Service: scripts/with-keyring)."""

from __future__ import annotations

import io
import zipfile

from app.store.paths import data_dir, shared_state_dir

from .conftest import VOUCHERS, describe
from .test_no_key_on_disk import hits


def unpacked(path, data: bytes) -> dict[str, bytes]:
    """A zip's members as well as its bytes: a deflated key would not show in the file itself."""
    found = {str(path): data}
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            found |= {f"{path}!{name}": zipped.read(name) for name in zipped.namelist()}
    return found


def test_a_canary_key_appears_in_no_log_output_or_file(sandbox, add_profile, api_keys, ledgerdesk, monkeypatch,
                                                      tmp_path):
    monkeypatch.setenv("LEDGERDESK_LOG", "debug")  # every record of every library, into ledgerdesk.log
    confirma, infinity = add_profile("confirma"), add_profile("infinity")
    wrong = "canary-wrong-" + api_keys.confirma[-12:][::-1]
    backup = data_dir() / "backups" / "office.zip"
    backup.parent.mkdir()
    receipt = tmp_path / "kuitti.pdf"
    receipt.write_bytes(b"%PDF-1.4\n%%EOF\n")
    runs = [
        (("validate", VOUCHERS["confirma"]), "", 0),
        (("payload", VOUCHERS["infinity"], "--target", "infinity"), "", 0),
        (("submit", VOUCHERS["confirma"], "--profile", confirma), "", 0),
        (("submit", VOUCHERS["infinity"], "--profile", infinity), "", 0),
        (("status", "--profile", confirma), "", 0),
        (("outbox",), "", 0),
        (("profile", "list"), "", 0),
        (("profile", "test", confirma), "", 0),
        (("profile", "set-key", confirma), wrong + "\n", 0),
        (("profile", "test", confirma), "", None),  # refused by the sandbox: said without the key
        (("submit", VOUCHERS["confirma"].with_name("confirma-supplier-bill.json"), "--profile", confirma), "", None),
        (("profile", "set-key", confirma), api_keys.confirma + "\n", 0),
        (("team", "status"), "", 0),
        (("attach", VOUCHERS["confirma"], receipt), "", 0),
        (("template", "save", "Rent", VOUCHERS["confirma"], "--profile", confirma, "--repeat", "monthly"), "", 0),
        (("template", "list"), "", 0),
        (("recurring", "due", "--make-drafts"), "", 0),
        (("template", "delete", "Rent"), "", 0),
        (("backup", backup), "", 0),
        (("restore", backup), "", 0),
    ]
    for argv, stdin, expected in runs:
        result = ledgerdesk(*argv, stdin=stdin)
        assert "Traceback" not in result.stderr and result.returncode != 70, describe(result)
        if expected is not None:
            assert result.returncode == expected, (argv, describe(result))

    log = data_dir() / "ledgerdesk.log"
    assert log.is_file() and len(log.read_text(encoding="utf-8").splitlines()) > 10  # the search has material
    files: dict[str, bytes] = {}
    for root in (data_dir(), shared_state_dir()):
        for path in sorted(root.rglob("*")):
            if path.is_file():
                files |= unpacked(path.relative_to(root), path.read_bytes())
    assert any("!ledgerdesk.sqlite3" in name for name in files)
    outputs = {f"output {n}": text.encode("utf-8") for n, text in enumerate(ledgerdesk.outputs)}
    for key in (api_keys.confirma, api_keys.infinity, wrong):
        assert hits(key, files) == [], hits(key, files)
        assert hits(key, outputs) == [], hits(key, outputs)
