"""The layers of shared/STYLE.md, enforced: nothing outside app.ui imports PySide6."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint, "--config", str(REPO / "pyproject.toml")], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_module_outside_ui_names_pyside6():
    # import-linter only sees modules it can import; this also covers files nobody imports yet.
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py")
                 if "ui" not in p.relative_to(REPO / "app").parts[:1] and "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
