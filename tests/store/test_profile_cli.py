"""`ledgerdesk profile ...` through main(), with stand-in keyrings and a loopback HTTP service."""

import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from keyring import errors as keyring_errors
from keyring.backends import fail

from app.cli import main
from app.sandbox import DEFAULT_INFINITY_TOKEN, SandboxServer
from app.store import paths, settings as settings_module
from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyStore
from app.store.settings import load_settings
from tests.store.keyring_fakes import FailingKeyring, MemoryKeyring, PlaintextFileKeyring, use_backend  # noqa: F401

KEY = "cf-staging-7d1e0b9a55"


@pytest.fixture(autouse=True)
def no_plaintext_opt_in(monkeypatch):
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)


def run(monkeypatch, capsys, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["profile", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def every_file_text():
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in paths.data_dir().rglob("*")
                   if p.is_file())


def test_add_stores_the_key_in_the_keyring_and_nowhere_else(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    code, out, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", "--company", "1234567-1",
                         stdin=KEY + "\n")
    assert code == 0, err
    assert backend.items == {("LedgerDesk", KeyStore().username("acme")): KEY}
    profile = load_settings().profiles["acme"]
    assert (profile.environment, profile.company_id) == ("staging", "1234567-1")
    assert KEY not in every_file_text() and KEY not in out + err
    assert "stored in keyring fakes MemoryKeyring" in out


def test_at_a_terminal_the_key_is_asked_for_without_echo(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr("getpass.getpass", lambda prompt: KEY)
    assert main(["profile", "add", "acme", "--target", "confirma"]) == 0
    assert backend.items[("LedgerDesk", KeyStore().username("acme"))] == KEY


def test_without_a_keyring_no_profile_is_saved(use_backend, monkeypatch, capsys):
    use_backend(fail.Keyring())
    code, out, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    assert code == 2
    assert "No OS keyring is available" in err and "No profile was saved." in err
    assert not paths.settings_path().exists()


def test_a_plaintext_keyring_is_refused_unless_allowed_and_then_warned_about(use_backend, monkeypatch, capsys):
    backend = use_backend(PlaintextFileKeyring())
    code, _, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    assert code == 2 and ALLOW_PLAINTEXT_ENV in err and backend.items == {}
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    code, _, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    assert code == 0 and "Warning: API keys are stored UNENCRYPTED" in err


def test_when_the_profile_cannot_be_saved_the_key_is_taken_back(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())

    def disk_full(path, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module, "write_atomically", disk_full)
    code, _, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    assert code == 2 and "No space left on device" in err
    assert backend.items == {}


@pytest.mark.parametrize(("argv", "problem"), [
    (["add", "a/b", "--target", "confirma"], "cannot be a profile name"),
    (["add", "p", "--target", "confirma", "--base-url", "http://example.com"], "uses plain http"),
    (["add", "p", "--target", "infinity"], "--environment production"),
    (["add", "p", "--target", "confirma", "--auth-header", "bearer"], "X-Api-Key"),
])
def test_bad_input_is_a_usage_problem_and_asks_for_no_key(use_backend, monkeypatch, capsys, argv, problem):
    backend = use_backend(MemoryKeyring())
    code, _, err = run(monkeypatch, capsys, *argv, stdin=KEY)
    assert code == 2 and problem in err
    assert backend.items == {} and not paths.settings_path().exists()


def test_an_empty_key_is_refused(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    code, _, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin="\n")
    assert code == 2 and "The API key is empty" in err and not paths.settings_path().exists()


def test_adding_a_name_twice_is_refused(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    assert run(monkeypatch, capsys, "add", "Acme", "--target", "confirma", stdin=KEY)[0] == 0
    code, _, err = run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin="other")
    assert code == 2 and "A profile called 'Acme' already exists" in err and "profile set-key Acme" in err
    assert backend.items == {("LedgerDesk", KeyStore().username("Acme")): KEY}


def test_list_shows_each_profile_and_where_its_key_is_never_the_key(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    run(monkeypatch, capsys, "add", "swiss", "--target", "infinity", "--environment", "production",
        "--auth-header", "bearer", stdin="inf-key-123")
    del backend.items[("LedgerDesk", KeyStore().username("swiss"))]
    code, out, err = run(monkeypatch, capsys, "list")
    assert code == 0
    assert "acme\n  target: confirma   environment: staging\n" in out
    assert "swiss  [PRODUCTION]\n" in out and "base URL: https://api.infinity.swiss/v1" in out
    assert "key: stored in keyring fakes MemoryKeyring" in out and "key: NOT stored" in out
    assert "No API key stored for profile swiss" in err
    assert KEY not in out + err


def test_list_says_plainly_when_the_keyring_cannot_be_read(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    use_backend(FailingKeyring(keyring_errors.KeyringLocked("Failed to unlock the collection!")))
    code, out, err = run(monkeypatch, capsys, "list")
    assert code == 2
    assert "key: cannot be checked: the OS keyring is locked" in out and "unlock it" in err


def test_list_with_no_profiles_says_how_to_add_one(use_backend, monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "list")
    assert code == 0 and "ledgerdesk profile add" in out


def test_a_damaged_settings_file_is_named(use_backend, monkeypatch, capsys):
    paths.settings_path().write_text("{oops", encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, "list")
    assert code == 2 and str(paths.settings_path()) in err


def test_remove_deletes_the_key_and_the_profile(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    code, out, _ = run(monkeypatch, capsys, "remove", "acme")
    assert code == 0 and "and its API key" in out
    assert backend.items == {} and load_settings().profiles == {}
    assert run(monkeypatch, capsys, "remove", "acme")[0] == 2


def test_remove_keeps_the_profile_when_the_keyring_is_locked(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    use_backend(FailingKeyring(keyring_errors.KeyringLocked("locked")))
    code, _, err = run(monkeypatch, capsys, "remove", "acme")
    assert code == 2 and "locked" in err and "The profile was kept" in err
    assert "acme" in load_settings().profiles


def test_set_key_replaces_the_key_of_an_existing_profile(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", stdin=KEY)
    assert run(monkeypatch, capsys, "set-key", "acme", stdin="renewed-key\n")[0] == 0
    assert backend.items == {("LedgerDesk", KeyStore().username("acme")): "renewed-key"}
    assert run(monkeypatch, capsys, "set-key", "nobody", stdin="x")[0] == 2


class ConfirmaValidate(BaseHTTPRequestHandler):
    """GET /api/v1/partner/validate: 200 valid for the right X-Api-Key, else 401."""

    def do_GET(self):
        good = self.path == "/api/v1/partner/validate" and self.headers.get("X-Api-Key") == KEY
        body = {"isValid": True, "message": "Token is valid"} if good else {"message": "Unauthorized"}
        data = json.dumps(body).encode()
        self.send_response(200 if good else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def confirma_service():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ConfirmaValidate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1/partner"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("key", "expected"), [(KEY, 0), ("wrong-key", 1)])
def test_profile_test_asks_confirma_whether_the_key_is_valid(use_backend, monkeypatch, capsys, confirma_service,
                                                             key, expected):
    use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "local", "--target", "confirma", "--environment", "sandbox",
        "--base-url", confirma_service, stdin=key)
    code, out, err = run(monkeypatch, capsys, "test", "local")
    assert code == expected, out + err
    assert key not in out + err


def test_profile_test_without_a_key_is_a_keyring_problem(use_backend, monkeypatch, capsys):
    backend = use_backend(MemoryKeyring())
    run(monkeypatch, capsys, "add", "acme", "--target", "confirma", "--environment", "production", stdin=KEY)
    backend.items.clear()
    code, out, err = run(monkeypatch, capsys, "test", "acme")
    assert code == 2 and "[PRODUCTION]" in out and "No API key stored for profile acme" in err


@pytest.mark.parametrize(("key", "expected", "said"), [(DEFAULT_INFINITY_TOKEN, 0, "Infinity accepts the key"),
                                                       ("wrong-token", 1, "The API key was refused")])
def test_profile_test_of_infinity_reads_one_contact_to_check_the_token(use_backend, monkeypatch, capsys, key,
                                                                       expected, said):
    use_backend(MemoryKeyring())
    with SandboxServer(port=0) as sandbox:
        run(monkeypatch, capsys, "add", "swiss", "--target", "infinity", "--environment", "sandbox",
            "--base-url", sandbox.infinity_url, stdin=key)
        code, out, err = run(monkeypatch, capsys, "test", "swiss")
        assert sandbox.state()["infinity"]["entries"] == []
    assert code == expected and said in out + err, out + err
    assert "Traceback" not in out + err


def test_profile_test_of_an_unreachable_infinity_says_it_could_not_connect(use_backend, monkeypatch, capsys):
    use_backend(MemoryKeyring())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run(monkeypatch, capsys, "add", "swiss", "--target", "infinity", "--environment", "sandbox",
        "--base-url", f"http://127.0.0.1:{port}/v1", stdin=KEY)
    code, out, err = run(monkeypatch, capsys, "test", "swiss")
    assert code == 1 and "could not connect" in err and "Traceback" not in out + err