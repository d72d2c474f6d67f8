"""Packaging smoke test: build the Linux installers with ./scripts/package and run what they install.

The .deb is unpacked with `dpkg-deb -x` into a temporary root (nothing is installed on this machine)
and the bundled program is run from there, with a bare environment and outside the checkout, so that
it can only use what the bundle carries and what the .deb's Depends promise. Takes about a minute
(the PyInstaller build). Set LEDGERDESK_SKIP_PACKAGING=1 to leave it out of a local run.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app import __version__

if os.environ.get("LEDGERDESK_SKIP_PACKAGING") == "1":
    pytest.skip("LEDGERDESK_SKIP_PACKAGING=1: the packaging smoke test is switched off for this run",
                allow_module_level=True)
if not sys.platform.startswith("linux") or os.uname().machine != "x86_64" or not shutil.which("dpkg-deb"):
    pytest.skip("the Linux installers are built on Debian-like x86_64 machines only (needs dpkg-deb)",
                allow_module_level=True)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
VERSION = __version__
DEB = ROOT / "build" / f"ledgerdesk_{VERSION}_amd64.deb"
TARBALL = ROOT / "build" / f"ledgerdesk-{VERSION}-linux-x86_64.tar.gz"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MIB = 1024 * 1024
# Measured on Debian 12 with PySide6 6.12 (packaging/README.md): .deb 52.1 MiB, installed 129.8 MiB,
# tarball 53.3 MiB. The budgets are about 20% above; growing past one needs a look, not a new number.
DEB_BUDGET = 63 * MIB
INSTALLED_BUDGET = 156 * MIB
TARBALL_BUDGET = 64 * MIB


@pytest.fixture(scope="module")
def built() -> str:
    """Run ./scripts/package once for the module; returns its output (sizes, build time)."""
    result = subprocess.run([str(ROOT / "scripts" / "package")], cwd=ROOT, capture_output=True, text=True,
                            timeout=840)
    assert result.returncode == 0, f"scripts/package failed:\n{result.stdout}\n{result.stderr}"
    print(result.stdout)
    return result.stdout


@pytest.fixture(scope="module")
def installed(built: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into a temporary root, as dpkg would lay it out."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(root)], check=True)
    return root


def run_bundled(root: Path, *args: str, home: Path, extra_env: dict[str, str] | None = None,
                stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run <root>/opt/ledgerdesk/ledgerdesk with a bare environment, from outside the checkout."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LEDGERDESK_HOME": str(home / "ledgerdesk"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):  # the test session's keyring, if any
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra_env or {})
    return subprocess.run([str(root / "opt" / "ledgerdesk" / "ledgerdesk"), *args], cwd=home, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_package_fields_name_the_version_and_the_qt_runtime_libraries(built: str) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(DEB), "Package", "Version", "Architecture", "Depends",
                             "Recommends"], capture_output=True, text=True, check=True).stdout
    assert "Package: ledgerdesk" in fields
    assert f"Version: {VERSION}" in fields
    assert "Architecture: amd64" in fields
    depends = re.search(r"^Depends: (.*)$", fields, re.M).group(1)
    for package in ("libc6", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0",
                    "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0"):
        assert re.search(rf"(^|, ){re.escape(package)}( \(|,|$)", depends), f"{package} missing from Depends"
    assert "gnome-keyring" in fields.split("Recommends:", 1)[1]


def test_usr_bin_link_points_at_the_bundled_program(installed: Path) -> None:
    link = installed / "usr" / "bin" / "ledgerdesk"
    assert link.is_symlink()
    target = os.readlink(link)
    assert target == "/opt/ledgerdesk/ledgerdesk"
    program = installed / target.lstrip("/")
    assert program.is_file() and os.access(program, os.X_OK)


def test_desktop_entry_and_icons_are_installed(installed: Path) -> None:
    entry = (installed / "usr" / "share" / "applications" / "ledgerdesk.desktop").read_text(encoding="utf-8")
    for line in ("Exec=ledgerdesk", "Icon=ledgerdesk", "Terminal=false", "Categories=Office;Finance;",
                 "GenericName=Journal entry", "StartupWMClass=LedgerDesk"):
        assert line in entry.splitlines(), line
    hicolor = installed / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / "ledgerdesk.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (hicolor / "scalable" / "apps" / "ledgerdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_bundled_program_reports_the_release_version(installed: Path, tmp_path: Path) -> None:
    result = run_bundled(installed, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LedgerDesk {VERSION}"


def test_bundled_program_validates_a_voucher_with_its_bundled_vat_tables(installed: Path, tmp_path: Path) -> None:
    voucher = tmp_path / "voucher.json"
    shutil.copyfile(ROOT / "examples" / "confirma-documented.json", voucher)
    result = run_bundled(installed, "validate", str(voucher), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid for confirma" in result.stdout


def test_bundled_program_creates_its_database_with_every_migration(installed: Path, tmp_path: Path) -> None:
    result = run_bundled(installed, "outbox", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    migrations = sorted((ROOT / "app" / "store" / "migrations").glob("*.sql"))
    databases = list((tmp_path / "ledgerdesk").rglob("*.sqlite3"))
    assert len(databases) == 1, databases
    with sqlite3.connect(databases[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations)
        if sqlite3.sqlite_version_info >= (3, 34):  # the bundle's SQLite is this interpreter's: it has trigram
            # Made by 002_review_index.py: the Python steps are in the bundle and ran, not only the SQL.
            assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_fts'").fetchone()


def test_bundled_window_opens_and_closes_offscreen(installed: Path, tmp_path: Path) -> None:
    result = run_bundled(installed, "--self-check", home=tmp_path)
    if result.returncode == 2 and "--self-check" in result.stderr:
        pytest.skip("this build of the app does not know --self-check yet (the GUI start-up check)")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check: OK" in result.stdout


def test_bundled_program_stores_an_api_key_in_the_secret_service(installed: Path, tmp_path: Path) -> None:
    if os.environ.get("LEDGERDESK_REAL_KEYRING") != "1":
        pytest.skip("no unlocked Secret Service in this session (./scripts/test runs under scripts/with-keyring)")
    added = run_bundled(installed, "profile", "add", "packaging-smoke", "--target", "confirma",
                        "--environment", "sandbox", home=tmp_path, stdin="packaging-smoke-key")
    assert added.returncode == 0, added.stdout + added.stderr
    assert "SecretService" in added.stdout
    listed = run_bundled(installed, "profile", "list", home=tmp_path)
    assert "key: stored in SecretService" in listed.stdout, listed.stdout + listed.stderr
    removed = run_bundled(installed, "profile", "remove", "packaging-smoke", home=tmp_path)
    assert removed.returncode == 0, removed.stdout + removed.stderr


def test_tarball_holds_the_same_bundle(built: str) -> None:
    with tarfile.open(TARBALL) as archive:
        names = set(archive.getnames())
    assert "ledgerdesk/ledgerdesk" in names
    assert "ledgerdesk/_internal/resources/vat/fi.json" in names
    assert any(re.fullmatch(r"ledgerdesk/_internal/app/store/migrations/\d+_.*\.sql", n) for n in names)


def test_installers_stay_within_their_size_budget(installed: Path) -> None:
    installed_bytes = sum(p.stat().st_size for p in installed.rglob("*") if p.is_file() and not p.is_symlink())
    sizes = {"deb": DEB.stat().st_size, "installed": installed_bytes, "tarball": TARBALL.stat().st_size}
    print({name: f"{size / MIB:.1f} MiB" for name, size in sizes.items()})
    assert sizes["deb"] <= DEB_BUDGET, f".deb is {sizes['deb'] / MIB:.1f} MiB, budget {DEB_BUDGET / MIB:.0f} MiB"
    assert installed_bytes <= INSTALLED_BUDGET, (
        f"installed tree is {installed_bytes / MIB:.1f} MiB, budget {INSTALLED_BUDGET / MIB:.0f} MiB")
    assert sizes["tarball"] <= TARBALL_BUDGET, (
        f"tarball is {sizes['tarball'] / MIB:.1f} MiB, budget {TARBALL_BUDGET / MIB:.0f} MiB")
