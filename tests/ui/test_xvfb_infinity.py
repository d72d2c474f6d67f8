"""Issue 14 on a real X server, driven by the keyboard (xdotool): an Infinity voucher in CHF is booked as the
preview showed; the same voucher in EUR on Infinity's own rate says so in the preview; a booking that differs
from the preview is amber in the window and in the review. Screenshots in artifacts/screenshots/infinity-*.png.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_file import dump_voucher_file
from app.sandbox import SandboxServer
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path
from tests.conftest import REPO

from .conftest import add_profile
from .test_screenshot_xvfb import SHOTS, image_stats, needs_x, xdotool, xvfb  # noqa: F401 (xvfb is a fixture)


def seed(number: str, currency: str = "CHF", target_rate: bool = False) -> None:
    """The documented Infinity sale (1020 / 3200, 120.50, UN on 1.1.2025) as the draft the window opens on."""
    voucher = Voucher(date=date(2025, 1, 1), number=number, description="Verkauf", currency=currency,
                      use_target_rate=target_rate, lines=[
                          VoucherLine(account="1020", text="Einnahme", debit=Decimal("120.50")),
                          VoucherLine(account="3200", text="Einnahme", credit=Decimal("120.50"), vat_code="UN")])
    conn = connect(database_path())
    try:
        store = DraftStore(conn)
        for draft in store.open_drafts():
            store.archive(draft.id)
        store.save(voucher.identifier, dump_voucher_file(voucher, Target.INFINITY), "Swiss")
    finally:
        conn.close()


class Window:
    """LedgerDesk in a child process on the test's X server, answering screenshot requests."""

    def __init__(self, display: str, folder: Path):
        self.display, self.folder = display, folder
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "shots", str(folder)], cwd=REPO,
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ready = self.child.stdout.readline().strip()
        assert ready == "READY", self.child.stderr.read() if self.child.poll() is not None else ready
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "LedgerDesk").splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(0.3)

    def keys(self, *keys: str) -> None:
        xdotool(self.display, "key", "--delay", "60", *keys)
        time.sleep(0.4)

    def shot(self, name: str) -> dict:
        (self.folder / f"take-{name}").touch()
        deadline = time.monotonic() + 15
        while not (self.folder / f"{name}.json").exists():
            assert time.monotonic() < deadline and self.child.poll() is None, "no screenshot came"
            time.sleep(0.05)
        time.sleep(0.1)
        return json.loads((self.folder / f"{name}.json").read_text(encoding="utf-8"))

    def wait_for(self, name: str, condition, seconds: float = 20) -> dict:
        deadline = time.monotonic() + seconds
        for attempt in range(1000):
            seen = self.shot(f"{name}-{attempt}" if attempt else name)
            if condition(seen) or time.monotonic() > deadline:
                return seen
            time.sleep(0.3)
        return seen

    def close(self) -> None:
        (self.folder / "quit").touch()
        try:
            self.child.wait(20)
        finally:
            if self.child.poll() is None:
                self.child.kill()
                self.child.wait(10)
            (self.folder / "quit").unlink(missing_ok=True)


def _notice(state: dict) -> str:
    return " ".join(text for dialog in state["dialogs"] for text in dialog["texts"])


@needs_x
@pytest.mark.slow
def test_infinity_in_chf_booked_as_previewed_eur_on_infinitys_rate_said_and_a_difference_is_amber(xvfb, qapp):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stale in SHOTS.glob("infinity-*"):
        stale.unlink()
    with SandboxServer(port=0, sync_delay=0.2) as sandbox:
        add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)

        seed("101")  # CHF, as documented
        window = Window(xvfb, SHOTS)
        try:
            window.keys("ctrl+Return")
            preview = window.shot("infinity-1-chf-preview")
            assert any("Submit voucher 101 to Infinity" == d["title"] for d in preview["dialogs"]), preview
            assert "converts it to CHF at its own rate" not in _notice(preview)
            window.keys("Return")
            posted = window.wait_for("infinity-2-chf-posted", lambda s: s["outcome_kind"] in ("ok", "warning"))
            assert posted["outcome_kind"] == "ok", posted
        finally:
            window.close()
        booked = sandbox.state()["infinity"]["transactions"] if "transactions" in sandbox.state()["infinity"] else [
            t for e in sandbox.state()["infinity"]["entries"] for t in e["transactions"]]
        assert sorted(t["amount"] for t in booked) == [903, 11147]  # net 111.47 / VAT 9.03, as previewed

        seed("102", "EUR", target_rate=True)  # the same sale in EUR, converted at Infinity's own rate
        window = Window(xvfb, SHOTS)
        try:
            window.keys("ctrl+Return")
            preview = window.shot("infinity-3-eur-preview")
            assert "converts it to CHF at its own rate" in _notice(preview), preview
            window.keys("Escape")
        finally:
            window.close()

        sandbox.faults.add("book_differently", target="infinity", cents=1)
        seed("103")
        window = Window(xvfb, SHOTS)
        try:
            window.keys("ctrl+Return")
            window.shot("infinity-4-preview")
            window.keys("Return")
            differs = window.wait_for("infinity-5-booked-differently", lambda s: s["outcome_kind"] in ("ok", "warning"))
            assert differs["outcome_kind"] == "warning" and "not as the preview showed" in differs["outcome_text"]
            window.keys("ctrl+r")
            review = window.wait_for("infinity-6-review", lambda s: "booked differently" in s["review_states"])
            assert "booked differently" in review["review_states"], review
        finally:
            window.close()
    for name in ("infinity-2-chf-posted", "infinity-3-eur-preview", "infinity-5-booked-differently",
                 "infinity-6-review"):
        width, height, colours, variance = image_stats(SHOTS / f"{name}.png")
        assert (width, height) == (1280, 800) and colours >= 8 and variance > 100, name
