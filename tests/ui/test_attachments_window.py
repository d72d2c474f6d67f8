"""Issue 17, source documents in the window: File ▸ Attach… (Ctrl+Shift+A), a file dropped on the window, an
image pasted with Ctrl+V; the list beside the issues with an image preview; Enter opens the document in the system's
viewer, Del removes it from a draft; after sending, the documents stay with the submission and show in the review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QGuiApplication, QImage, QImageWriter
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services.attachments import AttachmentError, attachments_of, detach
from app.store.attachments import AttachmentStore
from app.store.drafts import DraftStore
from app.ui.attachments import preview_image
from tests.conftest import EXAMPLES

from .keys import CTRL, SHIFT, K
from .review.support import open_review
from .test_submit import open_preview_and_send
from .test_typing_confirma import type_documented_voucher

PDF = b"%PDF-1.4\n" + b"\x00" * 300 + b"\n%%EOF\n"


def receipt_png(path, colour: str = "#c03030"):
    """A real image (a red 640x480 'photo' of a receipt), as a phone would send it."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def drop(window, *paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


class Viewer(QObject):
    """Stands in for the desktop's viewer through Qt's own hook (QDesktopServices.setUrlHandler): the URLs it
    was asked to show."""

    def __init__(self):
        super().__init__()
        self.shown: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.shown.append(url)


def test_ctrl_shift_a_attaches_the_chosen_files_and_lists_them_with_the_draft(gui, page, keys, qtbot, tmp_path):
    receipt_png(tmp_path / "kuitti.png")
    (tmp_path / "lasku.pdf").write_bytes(PDF)
    page.view.setFocus()
    keys.press(K.Key_A, CTRL | SHIFT)
    dialog = gui.window.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.objectName() == "AttachFileDialog"
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFiles
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile('"kuitti.png" "lasku.pdf"')
    dialog.accept()
    pane = page.attachments
    assert [a.file_name for a in pane.attachments] == ["kuitti.png", "lasku.pdf"]
    assert pane.list.count() == 2 and pane.list.item(0).text().startswith("kuitti.png · image · ")
    assert pane.title.text() == ("Source documents (2): they stay with the firm and are not sent to Confirma.")
    assert gui.window.outcome.kind == "ok" and "not sent to Confirma" in gui.window.outcome.text.text()
    # Stored with the draft's voucher identifier: what the outbox will use when it is sent.
    assert [a.file_name for a in attachments_of(gui.conn, page.draft_id)] == ["kuitti.png", "lasku.pdf"]


def test_the_chosen_image_is_previewed_and_a_pdf_shows_its_name_and_icon(gui, page, tmp_path):
    drop(gui.window, receipt_png(tmp_path / "kuitti.png"))
    (tmp_path / "lasku.pdf").write_bytes(PDF)
    drop(gui.window, tmp_path / "lasku.pdf")
    pane = page.attachments
    pane.list.setCurrentRow(0)
    shown = pane.preview.pixmap().toImage()
    assert (shown.width(), shown.height()) == (133, 100)  # 640x480 scaled into the 160x100 preview, its shape kept
    assert QColor(shown.pixel(66, 50)).name() == "#c03030"
    pane.list.setCurrentRow(1)
    card = pane.preview.pixmap().toImage()
    assert (card.width(), card.height()) == (160, 100) and QColor(card.pixel(80, 50)).name() != "#c03030"
    assert pane.preview.toolTip() == "lasku.pdf"


def test_a_file_dropped_on_the_window_is_attached_and_a_dropped_voucher_file_still_opens(gui, tmp_path):
    window = gui.window
    before = window.tabs.count()
    receipt_png(tmp_path / "kuitti.png")
    drop(window, EXAMPLES / "confirma-documented.json", tmp_path / "kuitti.png")
    assert window.tabs.count() == before + 1  # the voucher file opened as a draft…
    page = window.tabs.current_page()
    assert page.editor.header_text("number") == "1001"
    assert [a.file_name for a in page.attachments.attachments] == ["kuitti.png"]  # …and got the receipt


def test_ctrl_v_with_an_image_and_no_text_attaches_the_image(gui, page, keys, qtbot):
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2050a0"))
    QGuiApplication.clipboard().setImage(image)
    page.view.setFocus()
    keys.ctrl(K.Key_V)
    assert page.paste_dialog is None  # not the rows preview
    [pasted] = page.attachments.attachments
    assert pasted.file_name.startswith("pasted-") and pasted.file_name.endswith(".png")
    assert pasted.media_type == "image/png"
    assert QImage.fromData(AttachmentStore(gui.conn).content(pasted.sha256)).size() == image.size()


def test_ctrl_v_with_files_copied_in_a_file_manager_attaches_them_and_text_still_pastes_rows(gui, page, keys,
                                                                                               tmp_path):
    (tmp_path / "lasku.pdf").write_bytes(PDF)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "lasku.pdf"))])
    mime.setText(str(tmp_path / "lasku.pdf"))  # file managers put the path as text too
    QGuiApplication.clipboard().setMimeData(mime)
    page.view.setFocus()
    keys.ctrl(K.Key_V)
    assert [a.file_name for a in page.attachments.attachments] == ["lasku.pdf"] and page.paste_dialog is None
    QGuiApplication.clipboard().setText("1910\trows\t10,00\n")
    keys.ctrl(K.Key_V)
    assert page.paste_dialog is not None  # rows from a spreadsheet: the paste preview, as before
    page.paste_dialog.reject()


def test_hostile_files_dropped_are_refused_in_the_outcome_bar_with_their_names(gui, page, tmp_path, capfd):
    (tmp_path / "empty.jpg").write_bytes(b"")
    with open(tmp_path / "huge.tif", "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    drop(gui.window, tmp_path / "empty.jpg")
    assert gui.window.outcome.kind == "error"
    assert gui.window.outcome.text.text() == "empty.jpg was not attached: it is empty (0 bytes)."
    drop(gui.window, tmp_path / "huge.tif")
    assert "huge.tif was not attached: it is 200.00 MB; a source document may be at most 20 MB." in \
        gui.window.outcome.text.text()
    drop(gui.window, tmp_path / "gone\u202e.png")
    assert gui.window.outcome.text.text() == "gone.png was not attached: there is no such file."
    assert page.attachments.attachments == [] and page.attachments.list.count() == 0
    assert "Traceback" not in capfd.readouterr().err


def test_enter_in_the_list_opens_a_copy_in_the_viewer_and_del_removes_it(gui, page, keys, qtbot, tmp_path):
    receipt = receipt_png(tmp_path / "kuitti.png")
    drop(gui.window, receipt)
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        page.view.setFocus()
        keys.ctrl(K.Key_I)  # the issues list, then Tab: the documents
        keys.tab()
        assert QApplication.focusWidget() is page.attachments.list
        keys.enter()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = viewer.shown
    copy = url.toLocalFile()
    assert copy.endswith("/kuitti.png") and copy != str(receipt)
    assert open(copy, "rb").read() == receipt.read_bytes()
    keys.press(K.Key_Delete)
    assert page.attachments.attachments == [] and attachments_of(gui.conn, page.draft_id) == []
    assert gui.window.outcome.text.text() == "Removed kuitti.png from the voucher."


def test_documents_stay_with_the_submission_and_show_in_the_review_detail(gui, page, keys, qtbot, tmp_path):
    type_documented_voucher(page, keys)
    (tmp_path / "lasku.pdf").write_bytes(PDF)
    drop(gui.window, tmp_path / "lasku.pdf")
    draft_id = page.draft_id
    page.view.setFocus()
    open_preview_and_send(page, keys, qtbot)
    qtbot.waitUntil(lambda: gui.conn.execute("SELECT state FROM submissions WHERE voucher_id = ?",
                                             (draft_id,)).fetchone() is not None
                    and page.state.state.name not in ("SENDING", "PREVIEWING"), timeout=15_000)
    [sent] = attachments_of(gui.conn, draft_id)
    with pytest.raises(AttachmentError, match="stays with the voucher: it has been submitted"):
        detach(gui.conn, sent)  # the document stays with what was posted
    review = open_review(gui, qtbot)
    review.table.setCurrentIndex(review.model.index(0, 0))
    detail = review.detail
    tab = detail.tabs.indexOf(detail.documents)
    assert detail.tabs.isTabVisible(tab) and detail.tabs.tabText(tab) == "Source documents"
    assert detail.documents.item(0).text().startswith("lasku.pdf · PDF · ")
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        detail.tabs.setCurrentIndex(tab)
        detail.documents.setCurrentRow(0)
        detail.documents.setFocus()
        keys.enter()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [open(u.toLocalFile(), "rb").read() for u in viewer.shown] == [PDF]


def test_a_receipt_dropped_on_a_new_untyped_draft_keeps_the_draft(gui, page, qtbot, tmp_path):
    drop(gui.window, receipt_png(tmp_path / "kuitti.png"))
    gui.workspace.autosave.flush()
    assert DraftStore(gui.conn).get(page.draft_id) is not None  # saved at once, though no line was typed
    gui.window.tabs.close_draft(page)
    assert gui.window.tabs.confirm_box is not None  # not closed as blank: it holds a source document
    gui.window.tabs.confirm_box.reject()


def png_bomb(width: int, height: int) -> bytes:
    """A valid PNG of width x height black RGB pixels: a few hundred kB that inflate to width*height*3 bytes."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + width * 3)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_not_decoded_and_a_large_photo_is_previewed_at_the_preview_s_size(qapp):
    import time

    bomb = png_bomb(9_000, 9_000)  # 324 MB of pixels as Qt holds them, in a file of well under a megabyte
    assert len(bomb) < 1024 * 1024
    started = time.perf_counter()
    shown = preview_image(bomb)
    assert shown.isNull() or (shown.width() <= 160 and shown.height() <= 100)
    photo = QImage(6000, 4000, QImage.Format.Format_RGB32)
    photo.fill(QColor("#208040"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"JPEG")).write(photo)
    buffer.close()
    scaled = preview_image(bytes(data.data()))
    assert (scaled.width(), scaled.height()) == (150, 100)
    assert QColor(scaled.pixel(75, 50)).green() > 100
    assert time.perf_counter() - started < 10  # both together, on a loaded machine
