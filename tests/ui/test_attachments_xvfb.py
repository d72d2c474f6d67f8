"""Issue 17 on a real X server, driven by the keyboard (xdotool): a draft's source documents listed below its
issues with the chosen receipt previewed, and File ▸ Attach… (Ctrl+Shift+A) typed into. Screenshots in
artifacts/screenshots/attachments-*.png."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_file import dump_voucher_file
from app.services.attachments import attach_bytes, attachments_of
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path

from .conftest import add_profile
from .test_screenshot_xvfb import SHOTS, image_stats, needs_x, xdotool, xvfb  # noqa: F401 (xvfb is a fixture)
from .test_xvfb_infinity import Window

PAPER = QColor("#fff3b0")  # the receipt's yellowish paper: what the preview must show


def receipt_image(path, title: str) -> bytes:
    """A photographed till receipt: yellowish paper, black lines of text."""
    image = QImage(480, 640, QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 22))
    painter.setPen(Qt.GlobalColor.black)
    lines = [title, "Toimistotarvike Oy", "", "Paperi A4   12,90", "Kynät        7,50", "Kansiot     29,50",
             "", "Yhteensä    49,90 €", "ALV 25,5 %  10,14"]
    for number, text in enumerate(lines):
        painter.drawText(QRect(30, 40 + number * 50, 420, 44), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    assert image.save(str(path))
    return path.read_bytes()


def seed_draft_with_documents(tmp_path) -> str:
    voucher = Voucher(date=date(2025, 12, 12), number="1001", type="MU", company_id="0737546-2",
                      description="Office supplies", lines=[
                          VoucherLine(account="4000", text="Office supplies", debit=Decimal("49.90"), vat_code="P"),
                          VoucherLine(account="1910", text="Office supplies", credit=Decimal("49.90"))])
    conn = connect(database_path())
    try:
        DraftStore(conn).save(voucher.identifier, dump_voucher_file(voucher, Target.CONFIRMA), "Sandbox")
        attach_bytes(conn, voucher.identifier, "kuitti-2025-12-12.png",
                     receipt_image(tmp_path / "kuitti.png", "KUITTI 12.12.2025"), target="Confirma")
        attach_bytes(conn, voucher.identifier, "lasku 4711 (Toimistotarvike Oy).pdf",
                     b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", target="Confirma")
    finally:
        conn.close()
    return voucher.identifier


def paper_share(shot, rect: list[int]) -> float:
    """How much of the screen's `rect` (x, y, w, h) is the receipt's paper colour."""
    image = QImage(str(shot))
    x0, y0, width, height = rect
    hits = total = 0
    for y in range(y0, y0 + height, 3):
        for x in range(x0, x0 + width, 3):
            colour = QColor(image.pixel(x, y))
            total += 1
            hits += abs(colour.red() - PAPER.red()) + abs(colour.green() - PAPER.green()) + \
                abs(colour.blue() - PAPER.blue()) < 24
    return hits / total


@needs_x
@pytest.mark.slow
def test_the_attachment_list_and_the_receipt_preview_on_a_real_x_server(xvfb, qapp, tmp_path):
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    voucher_id = seed_draft_with_documents(tmp_path)
    another = tmp_path / "kuitti-taksi.png"
    receipt_image(another, "TAKSI 12.12.2025")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stale in SHOTS.glob("attachments-*"):
        stale.unlink()
    window = Window(xvfb, SHOTS)
    try:
        window.keys("ctrl+i", "Tab")  # the issues list, then the documents
        listed = window.shot("attachments-1-list")
        documents = listed["documents"]
        assert listed["platform"] == "xcb" and documents["focus"], listed
        assert documents["title"] == "Source documents (2): they stay with the firm and are not sent to Confirma."
        assert [item.split(" · ")[:2] for item in documents["items"]] == [
            ["kuitti-2025-12-12.png", "image"], ["lasku 4711 (Toimistotarvike Oy).pdf", "PDF"]]
        assert documents["current"] == 0
        # The receipt is drawn in the preview: a portrait receipt fills about half of the landscape preview with
        # its paper (a third at least, once its lines of text are taken off), where the window shows no yellow.
        assert paper_share(SHOTS / "attachments-1-list.png", documents["preview"]) > 0.3
        window.keys("Down")
        pdf = window.shot("attachments-2-pdf")
        assert pdf["documents"]["current"] == 1
        assert paper_share(SHOTS / "attachments-2-pdf.png", pdf["documents"]["preview"]) < 0.05  # its icon card
        window.keys("ctrl+shift+a")  # File ▸ Attach…: the file dialog, typed into
        dialog = window.wait_for("attachments-3-dialog", lambda s: any(d["title"] == "Attach source documents"
                                                                         for d in s["dialogs"]))
        assert any(d["title"] == "Attach source documents" for d in dialog["dialogs"]), dialog
        xdotool(xvfb, "type", "--delay", "20", str(another))
        window.keys("Return")
        attached = window.wait_for("attachments-4-attached", lambda s: len(s["documents"]["items"]) == 3)
        assert attached["outcome_kind"] == "ok" and "Attached kuitti-taksi.png to the voucher" in \
            attached["outcome_text"], attached
        assert attached["documents"]["items"][2].startswith("kuitti-taksi.png · image · ")
        assert paper_share(SHOTS / "attachments-4-attached.png", attached["documents"]["preview"]) > 0.3
    finally:
        window.close()
    conn = connect(database_path())
    try:
        assert [a.file_name for a in attachments_of(conn, voucher_id)] == [
            "kuitti-2025-12-12.png", "lasku 4711 (Toimistotarvike Oy).pdf", "kuitti-taksi.png"]
    finally:
        conn.close()
    width, height, colours, variance = image_stats(SHOTS / "attachments-1-list.png")
    assert (width, height) == (1280, 800) and colours >= 8 and variance > 100
