"""Where LedgerDesk keeps its files: LEDGERDESK_HOME, else the platform's user data directory."""

import stat

from app.store import paths


def mode_of(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_ledgerdesk_home_holds_every_file(tmp_path, monkeypatch):
    home = tmp_path / "books" / "ledgerdesk"
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    assert paths.data_dir() == home
    assert paths.settings_path() == home / "settings.json"
    assert paths.database_path() == home / "ledgerdesk.sqlite3"
    assert paths.logs_dir() == home / "logs"


def test_directories_are_created_private_on_demand(tmp_path, monkeypatch):
    home = tmp_path / "new"
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    assert not home.exists()
    logs = paths.logs_dir()
    assert home.is_dir() and logs.is_dir()
    assert mode_of(home) == 0o700 and mode_of(logs) == 0o700


def test_asking_for_a_path_creates_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGERDESK_HOME", str(tmp_path))
    assert not paths.settings_path().exists()
    assert not paths.database_path().exists()


def test_an_existing_directory_keeps_its_mode(tmp_path, monkeypatch):
    home = tmp_path / "shared"
    home.mkdir(mode=0o750)
    home.chmod(0o750)
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    paths.data_dir()
    assert mode_of(home) == 0o750


def test_without_ledgerdesk_home_the_user_data_dir_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("LEDGERDESK_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "LedgerDesk"
    assert mode_of(tmp_path / "xdg" / "LedgerDesk") == 0o700
    assert paths.settings_path().parent == tmp_path / "xdg" / "LedgerDesk"


def test_an_empty_ledgerdesk_home_counts_as_unset(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGERDESK_HOME", "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "LedgerDesk"


def test_two_data_folders_count_one_infinity_budget(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.SHARED_STATE_ENV, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    budgets = set()
    for folder in ("a", "b"):
        monkeypatch.setenv("LEDGERDESK_HOME", str(tmp_path / folder))
        budgets.add(paths.rate_budget_path())
    [budget] = budgets
    assert tmp_path / "state" in budget.parents and mode_of(budget.parent) == 0o700
    assert paths.legacy_rate_budget_path() == tmp_path / "b" / "infinity-budget.json"
