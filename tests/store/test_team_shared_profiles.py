"""Issue 16, shared profiles: on a team location the profiles (never the keys) are the team database's, seen by
every desktop at its next read; joining offers this desktop's own profiles to the office; leaving goes back to
them. Two desktops are two data locations (LEDGERDESK_HOME, installation id) joined to one real PostgreSQL."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from app.cli import main
from app.domain.targets import Target
from app.services import profiles as profile_service
from app.services import session, team
from app.services.profiles import NO_KEY_HERE, ProfileExists, new_profile
from app.store import paths
from app.services.first_run import install_starter_chart
from app.store.charts import ChartStore
from app.store.database import connect
from app.store.secrets import KeyStore
from app.store.settings import load_settings, save_settings
from tests.postgres_server import SUPERUSER, SUPERUSER_PASSWORD
from tests.store.keyring_fakes import MemoryKeyring, use_backend  # noqa: F401

CANARY = "canary-key-7f3a9c1e-must-never-reach-the-database"


class Desktops:
    """Data locations of one test, switched by LEDGERDESK_HOME as a bookkeeper's computer would be."""

    def __init__(self, tmp_path, monkeypatch):
        self.tmp_path, self.monkeypatch = tmp_path, monkeypatch

    def use(self, name: str) -> None:
        team.close_team_pools()  # a process keeps a pool per (database, installation): a real desktop has one
        home = self.tmp_path / name
        home.mkdir(exist_ok=True)
        self.monkeypatch.setenv("LEDGERDESK_HOME", str(home))


@pytest.fixture
def desktops(tmp_path, monkeypatch):
    yield Desktops(tmp_path, monkeypatch)
    team.close_team_pools()


@pytest.fixture
def office(postgresql_server, postgresql_template, use_backend):  # noqa: F811
    """A team database and the URL a bookkeeper joins it with (the password typed in the URL)."""
    use_backend(MemoryKeyring())
    database = postgresql_server.new_database(template=postgresql_template)
    return database, postgresql_server.url(database, password=SUPERUSER_PASSWORD)


def confirma(name: str, company: str = "0737546-2", environment: str = "staging"):
    return new_profile(name, Target.CONFIRMA, environment, company_id=company)


def dump(postgresql_server, database: str) -> str:
    """The whole database as pg_dump writes a backup of it (docs/team.md, Backups)."""
    result = postgresql_server.run(str(postgresql_server.binaries / "pg_dump"), "--host", postgresql_server.socket_dir,
                                   "--port", str(postgresql_server.port), "--username", SUPERUSER, database)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_profile_one_desktop_adds_is_seen_by_the_other_and_its_key_never_reaches_the_database(
        office, desktops, postgresql_server):
    database, url = office
    desktops.use("anna")
    team.connect_team(url, KeyStore(), name="Anna")
    profile_service.add_profile(confirma("Acme Oy"), CANARY, KeyStore())
    desktops.use("bertil")
    team.connect_team(url, KeyStore(), name="Bertil")

    seen = profile_service.load_profiles()
    assert list(seen) == ["Acme Oy"] and seen["Acme Oy"] == confirma("Acme Oy")
    status = profile_service.key_status("Acme Oy", KeyStore())
    assert (status.stored, status.summary) == (False, NO_KEY_HERE)  # Anna's key was not copied here

    backup = dump(postgresql_server, database)
    assert "Acme Oy" in backup and CANARY not in backup
    with psycopg.connect(postgresql_server.dsn(database)) as conn:
        row = conn.execute("SELECT content, updated_by FROM profiles").fetchone()
    assert row[1] == "Anna" and "key" not in json.loads(row[0])

    profile_service.replace_key("Acme Oy", "bertils-own-key", KeyStore())  # his own key, in his own keyring
    assert profile_service.key_status("Acme Oy", KeyStore()).stored
    desktops.use("anna")
    assert KeyStore().get("Acme Oy") == CANARY  # hers unchanged


def test_changes_by_one_desktop_are_seen_by_the_other_at_its_next_read(office, desktops):
    _database, url = office
    desktops.use("anna")
    team.connect_team(url, KeyStore())
    desktops.use("bertil")
    team.connect_team(url, KeyStore())
    profile_service.add_profile(confirma("Acme Oy"), "k", KeyStore())
    desktops.use("anna")
    assert profile_service.load_profiles()["Acme Oy"].environment == "staging"
    desktops.use("bertil")
    profile_service.update_profile(confirma("Acme Oy", environment="production"))
    desktops.use("anna")
    assert profile_service.load_profiles()["Acme Oy"].environment == "production"
    with pytest.raises(ProfileExists):  # the name is the office's now, in any case
        profile_service.add_profile(confirma("ACME OY"), "k2", KeyStore())
    assert profile_service.key_status("ACME OY", KeyStore()).stored is False  # the key was taken back out
    profile_service.remove_profile("Acme Oy", KeyStore())
    desktops.use("bertil")
    assert profile_service.load_profiles() == {}


def test_joining_shares_this_desktops_profiles_and_keeps_the_teams_where_names_clash(office, desktops):
    _database, url = office
    desktops.use("anna")
    settings = load_settings().with_profile(confirma("Acme Oy")).with_profile(confirma("Beta Ab", "2342215-1"))
    save_settings(settings)
    local = connect(paths.database_path())
    starter = install_starter_chart(local, settings.profiles["Acme Oy"])  # its chart and VAT table, on this computer
    local.close()
    joined = team.connect_team(url, KeyStore())
    assert joined.profiles.uploaded == ("Acme Oy", "Beta Ab")
    office_store = session.open_store()
    try:  # the chart went along with the profile; Beta Ab had none to bring
        assert len(ChartStore(office_store).accounts("Acme Oy")) == starter > 0
        assert ChartStore(office_store).vat_table("Acme Oy") is not None
        assert ChartStore(office_store).accounts("Beta Ab") == []
    finally:
        office_store.close()

    desktops.use("bertil")
    save_settings(load_settings().with_profile(confirma("Acme Oy"))  # the same as Anna's
                  .with_profile(confirma("Beta Ab", "0737546-2"))  # another company: the team's stays
                  .with_profile(confirma("Gamma")))
    joined = team.connect_team(url, KeyStore())
    assert (joined.profiles.uploaded, joined.profiles.same, joined.profiles.kept_team) == (
        ("Gamma",), ("Acme Oy",), ("Beta Ab",))
    shared = profile_service.load_profiles()
    assert sorted(shared) == ["Acme Oy", "Beta Ab", "Gamma"] and shared["Beta Ab"].company_id == "2342215-1"
    assert load_settings().profiles["Beta Ab"].company_id == "0737546-2"  # his own file is left as it was


def test_leaving_goes_back_to_this_computers_own_database_and_profiles(office, desktops):
    _database, url = office
    desktops.use("anna")
    save_settings(load_settings().with_profile(confirma("Own")))
    team.connect_team(url, KeyStore(), name="Anna")
    profile_service.add_profile(confirma("Office only"), "k", KeyStore())
    assert sorted(profile_service.load_profiles()) == ["Office only", "Own"]

    left = team.leave_team(KeyStore())
    assert left is not None and left.password_deleted and not left.problem
    assert not (paths.data_dir() / "team.json").exists()
    assert list(profile_service.load_profiles()) == ["Own"]
    assert team.store_status(KeyStore()).backend == "sqlite"
    assert team.leave_team(KeyStore()) is None


def test_a_single_bookkeepers_profiles_stay_in_the_settings_file_and_the_table_stays_empty(desktops):
    desktops.use("alone")
    profile_service.add_profile(confirma("Acme Oy"), "k", KeyStore(backend=MemoryKeyring()))
    assert list(load_settings().profiles) == ["Acme Oy"]
    conn = connect(paths.database_path())
    try:
        assert conn.execute("SELECT count(*) FROM profiles").fetchone()[0] == 0
    finally:
        conn.close()


def test_an_unreachable_team_database_is_said_in_words_when_profiles_are_read(office, desktops,
                                                                              postgresql_server):
    database, url = office
    desktops.use("anna")
    team.connect_team(url, KeyStore())
    team.close_team_pools()
    postgresql_server.sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
    try:
        with pytest.raises(profile_service.ProfilesUnavailable, match="cannot|refused|not"):
            profile_service.load_profiles()
    finally:
        postgresql_server.sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')


def test_the_cli_lists_shared_profiles_with_no_key_on_this_computer_and_reports_the_merge(
        office, desktops, monkeypatch, capsys):
    _database, url = office
    desktops.use("anna")
    save_settings(load_settings().with_profile(confirma("Acme Oy")))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["team", "connect", url, "--name", "Anna"]) == 0
    out = capsys.readouterr().out
    assert "Shared with the office: Acme Oy (the profiles only; API keys stay in this computer's keyring)." in out

    desktops.use("bertil")
    save_settings(load_settings().with_profile(confirma("Acme Oy", "2342215-1")))
    assert main(["team", "connect", url]) == 0
    out = capsys.readouterr().out
    assert "The team database already has Acme Oy with other settings: the team's are used" in out
    assert main(["profile", "list"]) == 0
    out = capsys.readouterr().out
    assert "Shared by the team database 127.0.0.1:" in out
    assert "company: 0737546-2" in out and f"key: {NO_KEY_HERE}" in out

    monkeypatch.setattr("sys.stdin", io.StringIO("bertils-key\n"))
    assert main(["profile", "set-key", "Acme Oy"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("k\n"))
    assert main(["profile", "add", "Delta", "--target", "confirma"]) == 0
    capsys.readouterr()
    desktops.use("anna")
    assert main(["profile", "list"]) == 0
    out = capsys.readouterr().out
    assert "Delta" in out and out.count(NO_KEY_HERE) == 2  # Acme Oy: Anna's key is not stored here either

    assert main(["team", "leave"]) == 0
    out = capsys.readouterr().out
    assert "Left the team database" in out
    assert main(["profile", "list"]) == 0
    assert "Delta" not in capsys.readouterr().out


def test_open_session_reads_the_shared_profile(office, desktops):
    _database, url = office
    desktops.use("anna")
    team.connect_team(url, KeyStore())
    profile_service.add_profile(confirma("Acme Oy"), "anna-key", KeyStore())
    with session.open_session("Acme Oy") as opened:
        assert opened.profile == confirma("Acme Oy")
