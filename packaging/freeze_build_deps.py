#!/usr/bin/env python3
"""Freeze the `package` extra of pyproject.toml into packaging/requirements-build.txt, with hashes.

Usage (with network access to PyPI; after changing the extra, or to take newer releases):
    python3 packaging/freeze_build_deps.py

Resolution happens with pip in a throwaway venv, against constraints.txt so that packages the app also
uses (packaging, setuptools) get the app's pins. pip evaluates environment markers for the machine it
runs on, even with --platform, so the Windows- and macOS-only dependencies (pefile, pywin32-ctypes,
macholib) are found by walking each wheel's Requires-Dist with that platform's markers, and every pin
carries the hashes of the wheels for Linux x86_64, Windows x64 and macOS (arm64 and x86_64): the same
file serves ./scripts/package here and the hosted CI runners.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "packaging" / "requirements-build.txt"
CONSTRAINTS = ROOT / "constraints.txt"
PYTHON_VERSION = "3.11"  # the interpreter the installers are built with, here and in CI
# PyInstaller needs setuptools: pin a current one, not whatever copy the venv was created with.
ALSO_PINNED = ["setuptools>=78"]


def build_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["optional-dependencies"]["package"], *ALSO_PINNED]


# Each target: the platform tags pip downloads for, and the marker environment its dependencies see.
TARGETS = {
    "linux-x86_64": (["manylinux2014_x86_64"],
                     {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                      "platform_machine": "x86_64"}),
    "windows-x64": (["win_amd64"],
                    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                     "platform_machine": "AMD64"}),
    "macos-arm64": (["macosx_11_0_arm64"],
                    {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                     "platform_machine": "arm64"}),
    "macos-x86_64": (["macosx_10_13_x86_64"],
                     {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                      "platform_machine": "x86_64"}),
}
COMMON_MARKERS = {"python_version": PYTHON_VERSION, "python_full_version": f"{PYTHON_VERSION}.9",
                  "implementation_name": "cpython", "platform_python_implementation": "CPython",
                  "implementation_version": f"{PYTHON_VERSION}.9", "platform_release": "",
                  "platform_version": "", "extra": ""}
# pip's own configuration may add local indexes or wheel folders; hashes must be those of PyPI's files.
PIP_ENV = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": "",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def pip(python: Path, *args: str) -> str:
    return subprocess.run([str(python), "-m", "pip", *args], env=PIP_ENV, check=True, text=True,
                          stdout=subprocess.PIPE).stdout


def outer() -> None:
    """Resolve for this machine in a throwaway venv, then walk the other platforms from inside it."""
    with tempfile.TemporaryDirectory(prefix="ledgerdesk-freeze-") as scratch:
        env_dir = Path(scratch) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        pip(python, "install", "-q", "--upgrade", "pip>=24")
        pip(python, "install", "-q", "-c", str(CONSTRAINTS), *build_requirements())
        subprocess.run([str(python), __file__, "--inner", scratch], env=PIP_ENV, check=True)


def inner(scratch: Path) -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename

    python = Path(sys.executable)
    frozen = {}
    for line in pip(python, "freeze", "--all").splitlines():
        name, _, version = line.partition("==")
        if version and canonicalize_name(name) != "pip":
            frozen[canonicalize_name(name)] = version
    top_level = [Requirement(spec) for spec in build_requirements()]

    def download(spec: str, platforms: list[str], dest: Path) -> Path:
        dest.mkdir(parents=True, exist_ok=True)
        before = set(dest.iterdir())
        tags = [f"--platform={p}" for p in platforms]
        pip(python, "download", "-q", "--no-deps", "--only-binary=:all:", *tags,
            f"--python-version={PYTHON_VERSION}", "--implementation=cp", f"--abi=cp{PYTHON_VERSION.replace('.', '')}",
            "--dest", str(dest), spec)
        new = set(dest.iterdir()) - before
        if not new:  # already downloaded for an earlier requirement
            name = canonicalize_name(Requirement(spec).name)
            new = {f for f in dest.iterdir() if canonicalize_name(parse_wheel_filename(f.name)[0]) == name}
        (wheel,) = new
        return wheel

    def requires(wheel: Path) -> list[Requirement]:
        with zipfile.ZipFile(wheel) as archive:
            meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            text = archive.read(meta).decode("utf-8")
        headers = text.split("\n\n", 1)[0]
        return [Requirement(line.split(":", 1)[1].strip()) for line in headers.splitlines()
                if line.startswith("Requires-Dist:")]

    # name -> version, the targets that need it, and the wheel files (one per distinct file).
    pins: dict[str, str] = {}
    needed_on: dict[str, set[str]] = {}
    files: dict[str, set[Path]] = {}
    for target, (platforms, markers) in TARGETS.items():
        environment = {**COMMON_MARKERS, **markers}
        pending = list(top_level)
        seen: set[str] = set()
        while pending:
            req = pending.pop()
            if req.marker is not None and not req.marker.evaluate(environment):
                continue
            name = canonicalize_name(req.name)
            if name in seen:
                continue
            seen.add(name)
            version = pins.get(name) or frozen.get(name)
            wheel = download(f"{name}=={version}" if version else str(Requirement(f"{req.name}{req.specifier}")),
                             platforms, scratch / target)
            found = str(parse_wheel_filename(wheel.name)[1])
            if version and found != version:
                sys.exit(f"{name}: {target} resolved {found}, other platforms {version}")
            if not req.specifier.contains(found, prereleases=True):
                sys.exit(f"{name} {found} does not satisfy {req} on {target}")
            pins[name] = found
            needed_on.setdefault(name, set()).add(target)
            files.setdefault(name, set()).add(wheel)
            pending.extend(requires(wheel))

    platforms_of = {"linux-x86_64": "linux", "windows-x64": "win32", "macos-arm64": "darwin",
                    "macos-x86_64": "darwin"}
    every = set(platforms_of.values())
    lines = [
        "# Pinned, hashed build dependencies of the installers (PyInstaller and what it needs), for Linux",
        "# x86_64, Windows x64 and macOS: the `package` extra of pyproject.toml, frozen by",
        "#     python3 packaging/freeze_build_deps.py",
        "# Install with:  pip install --require-hashes -r packaging/requirements-build.txt",
        "",
    ]
    for name in sorted(pins):
        systems = {platforms_of[t] for t in needed_on[name]}
        marker = "" if systems == every else " ; " + " or ".join(
            f'sys_platform == "{s}"' for s in sorted(systems))
        hashes = sorted({pip(python, "hash", "-a", "sha256", str(f)).split("--hash=")[1].strip()
                         for f in files[name]})
        lines.append(f"{name}=={pins[name]}{marker} \\")
        lines.extend(f"    --hash={h}" + (" \\" if i < len(hashes) - 1 else "") for i, h in enumerate(hashes))
    OUTPUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: " + ", ".join(f"{n}=={v}" for n, v in sorted(pins.items())))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inner":
        inner(Path(sys.argv[2]))
    else:
        outer()
