"""Keys are named per data folder; keys an older LedgerDesk stored under the bare profile name still work.

Issue 13: keys were stored under the profile name only, so two data folders with a profile "acme"
shared one entry. Now the username is "<installation id>/<profile>". Through `ledgerdesk profile`
(main()) and KeyStore, with an in-memory keyring standing in for the OS one (the real-keyring
version of the two-folder case is tests/keyring/test_real_keyring.py).
"""

from __future__ import annotations

import io
import json
import multiprocessing
import sys

import pytest

from app.cli import main
from app.store import paths
from app.store.installation import FILE_NAME, installation
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyMissing, KeyStore, KeyStoreError
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401

KEY = "cf-staging-legacy-7d1e0b9a55"


@pytest.fixture(autouse=True)
def no_plaintext_opt_in(monkeypatch):
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)


def run(monkeypatch, capsys, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["profile", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def folder_of_an_older_version(monkeypatch, capsys, backend, home):
    """A data folder with profile acme whose key sits under the bare name, as versions before ids wrote it."""
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    assert run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY + "\n")[0] == 0
    backend.items.clear()
    backend.items[("LedgerDesk", "acme")] = KEY
    (home / FILE_NAME).unlink()


def test_a_key_stored_by_an_older_version_is_still_found_after_the_update(use_backend, monkeypatch, capsys,
                                                                          tmp_path):
    backend = use_backend(MemoryKeyring())
    folder_of_an_older_version(monkeypatch, capsys, backend, tmp_path / "a")
    code, out, err = run(monkeypatch, capsys, "list")
    assert code == 0 and "key: stored in" in out, out + err
    store = KeyStore()
    assert store.get("acme") == KEY
    # Copied to this folder's own name; the shared entry stays for any other folder that used it.
    assert backend.items == {("LedgerDesk", "acme"): KEY, ("LedgerDesk", store.username("acme")): KEY}


def test_removing_a_profile_leaves_an_older_shared_key_for_other_folders(use_backend, monkeypatch, capsys,
                                                                         tmp_path):
    backend = use_backend(MemoryKeyring())
    folder_of_an_older_version(monkeypatch, capsys, backend, tmp_path / "a")
    assert KeyStore().get("acme") == KEY
    code, out, err = run(monkeypatch, capsys, "remove", "acme")
    assert code == 0, err
    assert "Removed profile acme and its API key." in out
    assert "left in the keyring because another data folder may still use it" in out
    assert backend.items == {("LedgerDesk", "acme"): KEY}


def test_a_new_data_folder_never_picks_up_another_folders_old_key(use_backend, monkeypatch, capsys, tmp_path):
    backend = use_backend(MemoryKeyring())
    folder_of_an_older_version(monkeypatch, capsys, backend, tmp_path / "a")
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "b"))
    assert installation().legacy_profiles == frozenset()  # a folder born after the update
    settings = (tmp_path / "a" / "settings.json").read_text()
    (tmp_path / "b" / "settings.json").write_text(settings)  # the same profile name, e.g. copied by hand
    with pytest.raises(KeyMissing):
        KeyStore().get("acme")
    code, out, err = run(monkeypatch, capsys, "list")
    assert "NOT stored" in out + err


def test_the_folder_id_is_written_once_and_names_no_key(use_backend, monkeypatch, capsys, tmp_path):
    use_backend(MemoryKeyring())
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "a"))
    assert run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY + "\n")[0] == 0
    first = (tmp_path / "a" / FILE_NAME).read_text()
    assert run(monkeypatch, capsys, "set-key", "acme", stdin=KEY + "-2\n")[0] == 0
    assert (tmp_path / "a" / FILE_NAME).read_text() == first and KEY not in first
    assert json.loads(first)["legacy_profiles"] == []


def test_a_damaged_folder_id_is_a_message_naming_the_file(use_backend, monkeypatch, capsys, tmp_path):
    use_backend(MemoryKeyring())
    home = tmp_path / "a"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    home.mkdir()
    (home / FILE_NAME).write_text("{not json")
    with pytest.raises(KeyStoreError, match="is damaged"):
        KeyStore().get("acme")
    code, out, err = run(monkeypatch, capsys, "set-key", "acme", stdin=KEY + "\n")
    assert code == 2 and "Traceback" not in err


def _read_id(home, barrier, results):
    barrier.wait()
    results.put(installation(home).id)


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method (POSIX)")
def test_processes_starting_at_once_agree_on_one_folder_id(tmp_path):
    context = multiprocessing.get_context("fork")
    results, barrier = context.Queue(), context.Barrier(6)
    workers = [context.Process(target=_read_id, args=(tmp_path, barrier, results)) for _ in range(6)]
    for worker in workers:
        worker.start()
    ids = {results.get(timeout=10) for _ in workers}
    for worker in workers:
        worker.join(10)
    assert len(ids) == 1 and [p.name for p in tmp_path.iterdir()] == [FILE_NAME]


class ReadOnlyKeyring(MemoryKeyring):
    """Reads work, writes are refused (a keyring that asks before each change, and was told no)."""

    def set_password(self, service, username, password):
        raise PermissionError("access denied")


def test_an_older_key_is_used_even_when_it_cannot_be_copied(use_backend, monkeypatch, capsys, tmp_path):
    backend = use_backend(MemoryKeyring())
    folder_of_an_older_version(monkeypatch, capsys, backend, tmp_path / "a")
    refusing = use_backend(ReadOnlyKeyring())
    refusing.items.update(backend.items)
    assert KeyStore().get("acme") == KEY
    assert list(refusing.items) == [("LedgerDesk", "acme")]


def test_a_folder_created_by_this_version_never_reads_old_shared_keys(use_backend, monkeypatch, capsys, tmp_path):
    backend = use_backend(MemoryKeyring())
    folder_of_an_older_version(monkeypatch, capsys, backend, tmp_path / "a")
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "new"))
    paths.data_dir()  # created here, e.g. by the first start of the window
    # A profile saved before any key was stored (the window's first-run Sandbox profile is saved so).
    (tmp_path / "new" / "settings.json").write_text((tmp_path / "a" / "settings.json").read_text())
    with pytest.raises(KeyMissing):
        KeyStore().get("acme")
