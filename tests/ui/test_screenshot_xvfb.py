"""What a person sees: LedgerDesk on a real X server (Xvfb), typed into with xdotool, screenshot kept.

The window runs in a child process with QT_QPA_PLATFORM=xcb so the rest of the suite stays offscreen.
The PNG is saved to artifacts/screenshots/main-window.png (artifacts/ is not committed).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_file import dump_voucher_file
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path
from tests.conftest import REPO

from .conftest import add_profile

SHOTS = REPO / "artifacts" / "screenshots"
needs_x = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                             reason="Xvfb and xdotool are not installed (scripts/test installs them)")


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server; its DISPLAY. Started and stopped by the test, no window manager."""
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        number = server.stdout.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def seed_documented_draft() -> None:
    """The documented Confirma voucher as a saved draft: the window opens on it."""
    voucher = Voucher(date=date(2025, 12, 13), number="1001", type="ML", company_id="0737546-2",
                      description="Here comes the description, max 210 chars long", lines=[
                          VoucherLine(account="1701", text="1763", debit=Decimal("2990.00"), project="PN12345",
                                      booking_date=date(2025, 12, 12), dimensions={"COST_CENTER": "1000"}),
                          VoucherLine(account="3000", text="1763", credit=Decimal("2990.00"), vat_code="S",
                                      project="PN12345", booking_date=date(2025, 12, 12))])
    conn = connect(database_path())
    try:
        DraftStore(conn).save(voucher.identifier, dump_voucher_file(voucher, Target.CONFIRMA), "Sandbox")
    finally:
        conn.close()


def image_stats(path) -> tuple[int, int, int, float]:
    """(width, height, distinct colours in a sample, variance of grey level) of a PNG."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    greys, colours = [], set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            greys.append(((rgb >> 16) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3)
    mean = sum(greys) / len(greys)
    return image.width(), image.height(), len(colours), sum((g - mean) ** 2 for g in greys) / len(greys)


@needs_x
@pytest.mark.slow
def test_the_window_on_a_real_x_server_typed_into_with_xdotool(xvfb, qapp):
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    seed_documented_draft()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stale in ("take", "state.json", "main-window.png"):
        (SHOTS / stale).unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "show", str(SHOTS)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = child.stdout.readline().strip()
        assert ready == "READY", child.stderr.read() if child.poll() is not None else ready
        window = xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "LedgerDesk").splitlines()[0]
        xdotool(xvfb, "windowfocus", "--sync", window)
        time.sleep(0.3)
        # A purchase typed on the fresh line: date, account, text, amount; Tab over credit and the proposed VAT.
        for keys in (["type", "12.12.2025"], ["key", "Tab"], ["type", "4000"], ["key", "Tab"],
                     ["type", "Office supplies"], ["key", "Tab"], ["type", "49,90"],
                     ["key", "Tab", "Tab", "Tab", "Tab", "Tab"],
                     ["key", "ctrl+d", "Tab"], ["type", "1910"], ["key", "Tab"], ["key", "ctrl+d", "Tab", "Tab"],
                     ["key", "ctrl+b"]):
            xdotool(xvfb, keys[0], "--delay", "40", *keys[1:])
        time.sleep(0.5)
        (SHOTS / "take").touch()
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        (SHOTS / "take").unlink(missing_ok=True)
    assert child.returncode == 0, child.stderr.read()
    state = json.loads((SHOTS / "state.json").read_text(encoding="utf-8"))
    assert state["platform"] == "xcb" and state["title"].startswith("LedgerDesk")
    rows = state["cells"]
    typed = [r[:5] for r in rows if r[2] == "Office supplies"]
    assert typed == [["12.12.2025", "4000 Ostot", "Office supplies", "49,90", ""],
                     ["", "1763 Arvonlisäverosaamiset", "Office supplies", "10,14", ""],  # its derived VAT row
                     ["12.12.2025", "1910 Pankkitili", "Office supplies", "", "49,90"]]
    width, height, colours, variance = image_stats(SHOTS / "main-window.png")
    assert (width, height) == (1280, 800)
    assert colours >= 8 and variance > 100, (colours, variance)
