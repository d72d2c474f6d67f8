"""Running `ledgerdesk` on hostile voucher files: in-process for speed, or as a real process."""

from __future__ import annotations

import contextlib
import io
import json
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import main
from tests.conftest import EXAMPLES

DOCUMENTED = EXAMPLES / "confirma-documented.json"


@dataclass
class Run:
    """What a bookkeeper sees: the exit code and both streams."""

    code: int
    out: str
    err: str

    @property
    def shown(self) -> str:
        return self.out + self.err


def run_in_process(*args: Any) -> Run:
    """`ledgerdesk ARGS` through app.cli.main in this process; an escaping exception fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse's own exits
            code = exit_.code if isinstance(exit_.code, int) else 2
    return Run(code, out.getvalue(), err.getvalue())


# A process that reads /dev/zero without a limit must fail here, not take the machine's memory with it.
MEMORY_CAP = 1536 * 1024 * 1024


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_process(*args: Any, timeout: float = 30, env: dict[str, str] | None = None) -> Run:
    """`python -m app ARGS` as a separate process, as a terminal runs it (memory capped at 1.5 GB)."""
    done = subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, timeout=timeout,
                          env=env, preexec_fn=_cap_memory)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def documented() -> dict[str, Any]:
    """The vendor's documented Confirma voucher, as a dict to spoil."""
    return json.loads(DOCUMENTED.read_text(encoding="utf-8"))


def with_raw(data: dict[str, Any], path: tuple[Any, ...], raw: str) -> str:
    """JSON text of `data` with the value at `path` replaced by `raw`, written as is (e.g. `1e999`)."""
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = "@@RAW@@"
    return json.dumps(data, ensure_ascii=False).replace('"@@RAW@@"', raw)


def write(tmp_path: Path, text: str, name: str = "v.json") -> Path:
    """`text` written as UTF-8 (lone surrogates only ever as JSON escapes)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
