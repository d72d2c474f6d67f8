"""Against a real OS keyring (Secret Service): run under scripts/with-keyring, which sets LEDGERDESK_REAL_KEYRING=1."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from app.store import paths
from app.store.secrets import KeyMissing, KeyStore
from tests.conftest import REPO

KEY = "real-key-" + uuid.uuid4().hex


@pytest.fixture(autouse=True)
def real_keyring(monkeypatch):
    """Skip unless a real keyring was provided (LEDGERDESK_REAL_KEYRING=1)."""
    if os.environ.get("LEDGERDESK_REAL_KEYRING") != "1":
        pytest.skip("needs a real OS keyring: run `scripts/with-keyring .venv/bin/pytest tests/keyring`")
    monkeypatch.delenv("LEDGERDESK_ALLOW_PLAINTEXT_KEYRING", raising=False)
    # keyring picks its backend once per process; put it back in case a test elsewhere swapped it.
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store():
    """A KeyStore on a service name of its own, emptied afterwards."""
    keys = KeyStore(service=f"LedgerDesk-test-{uuid.uuid4().hex[:8]}")
    yield keys
    for profile in ("acme", "acme live"):
        try:
            keys.delete(profile)
        except KeyMissing:
            pass


def ledgerdesk(*argv, stdin=""):
    return subprocess.run([sys.executable, "-m", "app", *argv], input=stdin, capture_output=True, text=True,
                          cwd=REPO, timeout=60)


def files_holding(text: str, *roots: Path) -> list[Path]:
    needle = text.encode()
    return [p for root in roots if root.is_dir() for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_keyring_picks_the_secret_service_by_itself(store):
    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    assert store.backend_name() == "SecretService Keyring"
    assert not store.is_plaintext()


def test_set_get_delete_round_trip(store):
    assert not store.has("acme live")
    store.set("acme live", KEY)
    assert store.get("acme live") == KEY and store.has("acme live")
    store.set("acme live", KEY + "-renewed")
    assert store.get("acme live") == KEY + "-renewed"
    store.delete("acme live")
    assert not store.has("acme live")
    with pytest.raises(KeyMissing):
        store.get("acme live")


def test_profile_add_keeps_the_key_in_the_keyring_only():
    name = f"acme-{uuid.uuid4().hex[:6]}"
    added = ledgerdesk("profile", "add", name, "--target", "confirma", "--company", "1234567-1", stdin=KEY + "\n")
    try:
        assert added.returncode == 0, added.stderr
        assert "stored in SecretService Keyring" in added.stdout
        assert KeyStore().get(name) == KEY
        keyring_files = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local/share")) / "keyrings"
        assert files_holding(KEY, paths.data_dir(), keyring_files) == []
        listed = ledgerdesk("profile", "list")
        assert listed.returncode == 0 and "key: stored in SecretService Keyring" in listed.stdout
        assert KEY not in added.stdout + added.stderr + listed.stdout + listed.stderr
        removed = ledgerdesk("profile", "remove", name)
        assert removed.returncode == 0, removed.stderr
        assert not KeyStore().has(name)
    finally:
        try:
            KeyStore().delete(name)
        except KeyMissing:
            pass


LOCK_THEN_READ = """
import secretstorage
from app.store.secrets import KeyringLocked, KeyStore
store = KeyStore(service="LedgerDesk-locked-test")
store.set("acme", "locked-key-1")
secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
for attempt in (store.has, store.get, store.delete):
    try:
        attempt("acme")
    except KeyringLocked:
        print("locked")
    else:
        print("answered as if unlocked")
"""


def test_a_locked_keyring_is_reported_as_locked_not_as_no_key():
    # A keyring of its own (nested scripts/with-keyring), since it cannot be unlocked again without a prompt.
    result = subprocess.run([str(REPO / "scripts" / "with-keyring"), sys.executable, "-c", LOCK_THEN_READ],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.stdout.split() == ["locked"] * 3, result.stdout + result.stderr


def _in_folder(folder: Path, *argv, stdin=""):
    env = {**os.environ, "LEDGERDESK_HOME": str(folder)}
    return subprocess.run([sys.executable, "-m", "app", *argv], input=stdin, capture_output=True, text=True,
                          cwd=REPO, timeout=60, env=env)


def test_two_data_folders_with_a_profile_of_the_same_name_each_send_their_own_key(tmp_path):
    """Issue 13: folder a sent b's key to a's server, and `profile remove` in b deleted a's key."""
    from app.sandbox import SandboxServer

    key_a, key_b = "key-a-" + uuid.uuid4().hex, "key-b-" + uuid.uuid4().hex
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    with SandboxServer(confirma_key=key_a) as server_a, SandboxServer(confirma_key=key_b) as server_b:
        for folder, server, key in ((folder_a, server_a, key_a), (folder_b, server_b, key_b)):
            added = _in_folder(folder, "profile", "add", "acme", "--target", "confirma", "--environment",
                               "sandbox", "--base-url", server.confirma_url, "--company", "1234567-1",
                               stdin=key + "\n")
            assert added.returncode == 0, added.stderr
        tested = _in_folder(folder_a, "profile", "test", "acme")
        assert tested.returncode == 0, tested.stdout + tested.stderr
        removed = _in_folder(folder_b, "profile", "remove", "acme")
        assert removed.returncode == 0, removed.stderr
        tested = _in_folder(folder_a, "profile", "test", "acme")
        assert tested.returncode == 0, tested.stdout + tested.stderr
        assert _in_folder(folder_a, "profile", "remove", "acme").returncode == 0
    assert all(key_a not in (r.stdout + r.stderr) for r in [tested, removed])
