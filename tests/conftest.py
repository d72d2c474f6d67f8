"""Shared test set-up: Qt offscreen, and every test's data under its own LEDGERDESK_HOME."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = REPO.parent / "shared" / "seeds"  # the vendors' pages, beside the checkout in CI


# Figures a test run prints in pytest's terminal summary, whether or not output is captured:
# `config.stash[FIGURES]` maps a section title to its lines (the hostile corpus, the preview = booked run).
FIGURES = pytest.StashKey[dict[str, list[str]]]()


def report_figures(config: pytest.Config, section: str, lines: list[str]) -> None:
    """Print `lines` under `section` at the end of the run."""
    config.stash.setdefault(FIGURES, {}).setdefault(section, []).extend(lines)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001 (pytest's signature)
    for section, lines in config.stash.get(FIGURES, {}).items():
        terminalreporter.section(section)
        for line in lines:
            terminalreporter.write_line(line)


def load_json(path: Path):
    """JSON with numbers read exactly, as the wire format intends."""
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.fixture(autouse=True)
def ledgerdesk_home(tmp_path_factory, monkeypatch) -> Path:
    """Keep every test's settings and data out of the real user's folders."""
    home = tmp_path_factory.mktemp("ledgerdesk-home")
    monkeypatch.setenv("LEDGERDESK_HOME", str(home))
    # State shared by all data folders (the Infinity budget) lives outside LEDGERDESK_HOME: keep it per test too.
    monkeypatch.setenv("LEDGERDESK_SHARED_STATE", str(tmp_path_factory.mktemp("ledgerdesk-shared")))
    return home
