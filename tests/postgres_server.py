"""A real PostgreSQL server for the tests: `initdb` into a temporary folder, `pg_ctl` on a Unix socket there
and a free loopback port, stopped at the end of the session (also when the tests fail).

Debian's `postgresql` package provides the binaries (./scripts/test installs it). `initdb` refuses to run as
root, so as root the server commands run as the `postgres` OS user (`runuser`) with the folder given to it.
Without the package the tests that need the server skip, saying why; nothing is mocked.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "ledgerdesk_admin"
SUPERUSER_PASSWORD = "admin-secret-for-tests"  # a throwaway server on loopback; never a real password


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries here, or the server would not start: the reason, for pytest.skip."""


def find_binaries() -> Path:
    """The newest /usr/lib/postgresql/<major>/bin with initdb and pg_ctl (or the ones on PATH)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    raise ServerUnavailable("PostgreSQL is not installed (Debian package `postgresql`; ./scripts/test installs it "
                            "as root): the tests on PostgreSQL are skipped")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One running test server; `dsn(database)` for the superuser over the socket, `url(...)` over TCP."""

    folder: Path
    port: int
    binaries: Path
    as_user: list[str] = field(default_factory=list)
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def dsn(self, database: str = "postgres") -> str:
        """A connection string for the superuser over the Unix socket (trusted: no password)."""
        return f"host={self.socket_dir} port={self.port} dbname={database} user={SUPERUSER}"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """A postgresql:// URL over loopback TCP, where a password is required."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, *command], capture_output=True, text=True, timeout=120, check=False)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (CREATE DATABASE cannot run inside a transaction)."""
        import psycopg
        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "t", template: str = "template0") -> str:
        """A new, empty (or copied from `template`) database; its name."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def stop(self) -> None:
        self.run(str(self.binaries / "pg_ctl"), "stop", "-D", str(self.folder / "data"), "-m", "immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server, keeping its data: the team database "cannot be reached" until `resume`."""
        done = self.run(str(self.binaries / "pg_ctl"), "stop", "-w", "-D", str(self.folder / "data"), "-m", "fast")
        if done.returncode != 0:
            raise ServerUnavailable(f"pg_ctl stop failed: {done.stderr.strip()[-300:]}")

    def running(self) -> bool:
        return self.run(str(self.binaries / "pg_ctl"), "status", "-D", str(self.folder / "data")).returncode == 0

    def resume(self) -> None:
        """Start the paused server again on the same port and socket."""
        if self.running():
            return
        options = _options(self.folder, self.port)
        done = self.run(str(self.binaries / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.folder / "data"),
                        "-l", str(self.folder / "server.log"), "-o", options)
        if done.returncode != 0:
            raise ServerUnavailable(f"pg_ctl start failed: {done.stderr.strip()[-300:]}")


def _options(folder: Path, port: int) -> str:
    # A throwaway server: durability off for speed (the store's own durability is SQLite's and the office's).
    return (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
            f"-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")


def start_server() -> PostgresServer:
    """initdb + pg_ctl start in a fresh temporary folder; ServerUnavailable with the reason if it cannot."""
    binaries = find_binaries()
    folder = Path(tempfile.mkdtemp(prefix="ledgerdesk-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable("running as root and there is no `postgres` OS user to run the server as") from None
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(folder, free_port(), binaries, as_user)
    password_file = folder / "pw"
    password_file.write_text(SUPERUSER_PASSWORD)
    if as_user:
        os.chown(password_file, pwd.getpwnam("postgres").pw_uid, -1)
    init = server.run(str(binaries / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, "--pwfile",
                      str(password_file), "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
    password_file.unlink()
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip()[-500:]}")
    options = _options(folder, server.port)
    start = server.run(str(binaries / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(folder / "data"),
                       "-l", str(folder / "server.log"), "-o", options)
    if start.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace")[-800:] if (folder / "server.log").exists() else ""
        server.stop()
        raise ServerUnavailable(f"pg_ctl start failed: {start.stderr.strip()[-300:]} {log}")
    return server
