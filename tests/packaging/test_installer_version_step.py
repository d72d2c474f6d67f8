"""Each installer script's version step, run on Linux exactly as written, names app.__version__.

The Windows and macOS installers are built on GitHub's runners only; their version step is the one line
that decides the installer's file name and the version the smoke test expects. It broke silently once
(it read pyproject.toml's [project] version after the version became dynamic), so here each step is
taken out of its file verbatim and run with this machine's Python.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"


def _python_on_path(tmp_path: Path) -> dict[str, str]:
    """An environment where `python` and `python3` are this interpreter, as setup-python arranges on CI."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("python", "python3"):
        (bin_dir / name).symlink_to(sys.executable)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


def _workflow_version_step() -> str:
    """The `run:` line of the step with `id: version` in the Windows job."""
    text = WORKFLOW.read_text(encoding="utf-8")
    match = re.search(r"\n\s+id: version\n\s+run: (.+)\n", text)
    assert match, f"{WORKFLOW.name} has no single-line step with `id: version`"
    return match.group(1)


def _script_version_line(script: str) -> str:
    """The line of a packaging/macos script that sets `version=`."""
    lines = [line for line in (ROOT / "packaging" / "macos" / script).read_text(encoding="utf-8").splitlines()
             if line.startswith("version=")]
    assert len(lines) == 1, f"{script} should set version= on exactly one line, found {lines}"
    return lines[0]


def _bash(step: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", f"set -euo pipefail\n{step}"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=30)


def test_windows_installer_workflow_names_the_app_version(tmp_path):
    output = tmp_path / "github-output"
    output.touch()
    env = {**_python_on_path(tmp_path), "GITHUB_OUTPUT": str(output)}
    done = _bash(_workflow_version_step(), env)
    assert done.returncode == 0, done.stderr
    assert output.read_text(encoding="utf-8").splitlines() == [f"version={__version__}"]


@pytest.mark.parametrize("script", ["build-app.sh", "make-dmg.sh"])
def test_macos_installer_scripts_name_the_app_version(tmp_path, script):
    # build-app.sh runs the build venv's Python as "$python"; make-dmg.sh runs python3 from PATH.
    step = f'python={sys.executable}\n{_script_version_line(script)}\nprintf "%s" "$version"'
    done = _bash(step, _python_on_path(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == __version__


def test_make_dmg_takes_the_version_given_on_its_command_line(tmp_path):
    step = f'set -- 9.9.9\n{_script_version_line("make-dmg.sh")}\nprintf "%s" "$version"'
    done = _bash(step, _python_on_path(tmp_path))
    assert (done.returncode, done.stdout) == (0, "9.9.9"), done.stderr


def test_the_version_helper_says_what_is_wrong_without_a_traceback(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "GITHUB_OUTPUT"}
    done = subprocess.run([sys.executable, "packaging/version.py", "--github-output"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "GITHUB_OUTPUT" in done.stderr and "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "packaging/version.py", "--bogus"], cwd=ROOT, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 2 and "usage:" in done.stderr and "Traceback" not in done.stderr
    spec = importlib.util.spec_from_file_location("packaging_version", ROOT / "packaging" / "version.py")
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    init = tmp_path / "__init__.py"
    init.write_text('VERSION = "1.0"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        helper.app_version(init)
