"""Issue 4, item 6: with the real keyring, no API key reaches any file LedgerDesk writes or anything it prints."""

from __future__ import annotations

import base64

from app.store.paths import data_dir, database_path, rate_budget_path, shared_state_dir

from .conftest import VOUCHERS, describe, local_database, submissions
from app.store.audit import AuditEvent


def encodings_of(key: str) -> dict[str, bytes]:
    """The key as UTF-8, UTF-16 (both byte orders) and base64 (standard and URL-safe, at each 3-byte
    alignment inside a longer string: the part of the encoding that does not depend on its neighbours)."""
    raw = key.encode("utf-8")
    found = {"utf-8": raw, "utf-16-le": key.encode("utf-16-le"), "utf-16-be": key.encode("utf-16-be")}
    for shift in range(3):
        for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            encoded = encode(b"\0" * shift + raw)
            # Drop the characters that mix in the neighbouring bytes (the leading pad, the tail).
            start = (shift * 4 + 2) // 3
            end = (len(raw) + shift) // 3 * 4
            found[f"{name}+{shift}"] = encoded[start:end]
    return found


def hits(key: str, blobs: dict[str, bytes]) -> list[str]:
    return [f"{where}: {form}" for where, blob in blobs.items() for form, needle in encodings_of(key).items()
            if needle in blob]


def test_encodings_find_the_key_wherever_it_sits():
    key = "e2e-confirma-0123456789abcdef"
    for prefix in (b"", b"x", b"xy", b"xyz"):
        assert hits(key, {"b64": base64.b64encode(prefix + key.encode() + b"!")}) != []
        assert hits(key, {"text": prefix + key.encode("utf-16-le")}) != []
    assert hits(key, {"other": base64.b64encode(b"something else entirely, no key")}) == []


def test_no_key_in_any_file_or_output(sandbox, add_profile, api_keys, ledgerdesk):
    # Held open while the processes run, so SQLite keeps its -wal and -shm files for the search.
    with local_database() as holder:
        holder.execute("SELECT 1").fetchall()
        confirma = add_profile("confirma")
        infinity = add_profile("infinity")
        for target, profile in (("confirma", confirma), ("infinity", infinity)):
            result = ledgerdesk("submit", VOUCHERS[target], "--profile", profile)
            assert result.returncode == 0, describe(result)
        # An uncertain one too: its outcome text and the evidence rows must not carry the key either.
        sandbox.faults.add("drop_after", target="infinity")
        uncertain = ledgerdesk("submit", VOUCHERS["infinity"].with_name("infinity-supplier-bill.json"),
                               "--profile", infinity)
        assert uncertain.returncode == 3, describe(uncertain)
        for argv in (("status", "--profile", confirma), ("outbox",), ("profile", "list")):
            result = ledgerdesk(*argv)
            assert result.returncode == 0, describe(result)

        files = {str(p.relative_to(root)): p.read_bytes() for root in (data_dir(), shared_state_dir())
                 for p in sorted(root.rglob("*")) if p.is_file()}
        assert {"settings.json", database_path().name, database_path().name + "-wal",
                database_path().name + "-shm", rate_budget_path().name} <= set(files), sorted(files)
        outputs = {f"output {n}": text.encode("utf-8") for n, text in enumerate(ledgerdesk.outputs)}
        # The search does see what was written (the voucher identifier is in the database's files).
        assert hits("abc-123-def-456", files) != [] and hits("abc-123-def-456", outputs) != []
        for key in (api_keys.confirma, api_keys.infinity):
            assert hits(key, files) == []
            assert hits(key, outputs) == []

        rows = holder.execute("SELECT * FROM audit_log").fetchall()
        assert len(rows) >= 8
        assert {row["event"] for row in rows} >= {AuditEvent.SENDING, AuditEvent.HTTP, AuditEvent.STATE}
        for row in rows:
            text = " ".join(str(value) for value in tuple(row))
            assert api_keys.confirma not in text and api_keys.infinity not in text
        assert len(submissions()) == 3
