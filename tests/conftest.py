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
