"""The journal's first page as a person sees it: LedgerDesk on a real X server (Xvfb), the review opened with
Ctrl+R, the journal asked for with Ctrl+J and its file named in the dialog with xdotool; the PDF the window
wrote is rendered to PNG with pdftoppm (Debian's poppler-utils) and kept as
artifacts/screenshots/journal-page-1.png (with review-journal-dialog.png, the window as the dialog opened)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.store.database import connect
from app.store.paths import database_path
from app.store.states import SubmissionState
from tests.conftest import REPO
from tests.review.support import submit
from tests.review.test_journal import pdf_text
from tests.ui.conftest import add_profile
from tests.ui.test_screenshot_xvfb import SHOTS, image_stats, needs_x, xdotool, xvfb  # noqa: F401 (a fixture)

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm is not installed (Debian's poppler-utils; scripts/test "
                                           "installs it)")


def seed_posted_quarter() -> None:
    """Thirty posted sales and purchases in the first quarter of 2026, two vouchers not in the books and one
    posted after the quarter."""
    conn = connect(database_path())
    try:
        for i in range(30):
            day = date(2026, 1, 2) + timedelta(days=3 * i)
            gross = Decimal("37.35") * (i + 1)
            if i % 3:
                lines = [VoucherLine(account="1910", text="Myyntitili", debit=gross),
                         VoucherLine(account="3000", text=f"Myynti asiakas {i} – Hämeenlinna", credit=gross,
                                     vat_code=["S", "S1", "S2"][i % 3])]
                description = f"Lasku {1000 + i}: Müller & Söderström Oy"
            else:
                lines = [VoucherLine(account="4000", text="Toimistotarvikkeet", debit=gross, vat_code="P"),
                         VoucherLine(account="1910", text="Pankki", credit=gross)]
                description = f"Ostolasku {i}"
            voucher = Voucher(date=day, number=str(100 + i), description=description, company_id="0737546-2",
                              lines=lines)
            submit(conn, voucher, profile="Sandbox", state=SubmissionState.SYNCED)
        submit(conn, Voucher(date=date(2026, 4, 1), number="999", description="After the quarter",
                             lines=[VoucherLine(account="4000", debit=Decimal("1.00")),
                                    VoucherLine(account="1910", credit=Decimal("1.00"))]),
               profile="Sandbox", state=SubmissionState.SYNCED)
        for state in (SubmissionState.QUEUED, SubmissionState.REJECTED):
            submit(conn, Voucher(date=date(2026, 2, 2), number=f"x-{state}", description="Not in the books",
                                 lines=[VoucherLine(account="4000", debit=Decimal("1.00")),
                                        VoucherLine(account="1910", credit=Decimal("1.00"))]),
                   profile="Sandbox", state=state)
        conn.commit()
    finally:
        conn.close()


@needs_x
@needs_pdftoppm
@pytest.mark.slow
def test_the_journals_first_page_written_from_the_window_on_a_real_x_server(xvfb, qapp, tmp_path):  # noqa: F811
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    seed_posted_quarter()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stale in ("journal-page-1.png", "review-journal-dialog.png", "quit"):
        (SHOTS / stale).unlink(missing_ok=True)
    target = tmp_path / "journal-q1.pdf"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "shots", str(SHOTS)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = child.stdout.readline().strip()
        assert ready == "READY", child.stderr.read() if child.poll() is not None else ready
        main = xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "LedgerDesk").splitlines()[0]
        xdotool(xvfb, "windowfocus", "--sync", main)
        time.sleep(0.3)
        xdotool(xvfb, "key", "ctrl+r")
        review = xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "Review what was posted").splitlines()[0]
        xdotool(xvfb, "windowfocus", "--sync", review)
        time.sleep(0.5)
        # The period in the filter's From and To fields (Alt+F, Alt+O), typed as in the grid.
        for keys in (["key", "alt+f"], ["type", "1.1.2026"], ["key", "alt+o"], ["type", "31.3.2026"]):
            xdotool(xvfb, keys[0], "--delay", "30", *keys[1:])
        time.sleep(0.5)
        xdotool(xvfb, "key", "ctrl+j")
        dialog = xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "Save the journal").splitlines()[0]
        xdotool(xvfb, "windowfocus", "--sync", dialog)
        time.sleep(0.5)
        (SHOTS / "take-review-journal-dialog").touch()
        deadline = time.monotonic() + 10
        while (SHOTS / "take-review-journal-dialog").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        # The file name field has the keyboard, its proposed name selected: the typed path replaces it.
        xdotool(xvfb, "key", "ctrl+a")
        xdotool(xvfb, "type", "--delay", "20", str(target))
        xdotool(xvfb, "key", "Return")
        deadline = time.monotonic() + 20
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        (SHOTS / "quit").touch()
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        (SHOTS / "quit").unlink(missing_ok=True)
    assert target.exists(), f"the window wrote no journal: {child.stderr.read()}"
    pages = pdf_text(target.read_bytes())
    assert len(pages) == 3 and pages[0][:3] == ["Journal", "Company: Sandbox (0737546-2)",
                                                "Period: 1.1.2026 – 31.3.2026"]
    assert "Page 1 of 3" in pages[0]
    assert not any("Not in the books" in t or "After the quarter" in t for page in pages for t in page)
    assert any(t.startswith("2.1.2026   100") for t in pages[0])  # the oldest first, the grid's date format
    shot = SHOTS / "journal-page-1.png"
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(target),
                    str(shot.with_suffix(""))], check=True, timeout=60)
    width, height, colours, variance = image_stats(shot)
    assert (width, height) == (827, 1170)  # A4 at 100 dpi
    assert colours >= 3 and variance > 100, (colours, variance)  # text in black and grey on white, not blank
