"""A draft's source documents in its tab: the list, a preview of the chosen image, and the ways in (File ▸
Attach…, a file dropped on the window, an image pasted with Ctrl+V). docs/attachments.md.

The use cases are app/services/attachments.py's; this module gathers the files, shows what they said and hands
a copy to the system's viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (QDesktopServices, QImage, QImageReader, QImageWriter, QKeyEvent, QPainter, QPalette,
                           QPixmap)
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout,
                               QWidget)

from app.deferred import deferred
from app.domain.messages import Message
from app.domain.targets import Target
from app.store.attachments import Attachment, AttachmentStore
from app.store.backend import Connection
from app.ui import style
from app.ui.messages import render

if TYPE_CHECKING:
    from app.services import attachments as documents
    from app.ui.main_window import MainWindow
    from app.ui.voucher_page import VoucherPage
else:
    documents = deferred("app.services.attachments")  # reading, hashing and copying: when a document comes or goes

PREVIEW_SIZE = QSize(160, 100)
TARGET_NAMES = {Target.CONFIRMA: "Confirma", Target.INFINITY: "Infinity"}


def size_text(size: int) -> str:
    """1.2 MB, 340 kB, 12 bytes: a document's size as the list shows it."""
    if size >= 1024 * 1024:
        megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)  # 1,2 in Finnish
        return QCoreApplication.translate("Attachments", "{size} MB").format(size=megabytes)
    if size >= 1024:
        return QCoreApplication.translate("Attachments", "{size} kB").format(size=size // 1024)
    return QCoreApplication.translate("Attachments", "{size} bytes").format(size=size)


def kind_text(attachment: Attachment) -> str:
    """Image, PDF, XML or "file": what the list says a document is."""
    if attachment.is_image:
        return QCoreApplication.translate("Attachments", "image")
    if attachment.is_pdf:
        return "PDF"
    if attachment.media_type == "application/xml":
        return "XML"
    return QCoreApplication.translate("Attachments", "file")


def preview_image(content: bytes) -> QImage:
    """The image scaled into the preview; a null image when Qt cannot read it. A phone's 8000x6000 JPEG is decoded
    at the preview's size (fast), and an image whose pixels would take more than Qt's allocation limit (256 MB: a
    "decompression bomb" of a few kB) is not decoded at all."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and (size.width() > PREVIEW_SIZE.width() or size.height() > PREVIEW_SIZE.height()):
        reader.setScaledSize(size.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull() or (image.width() <= PREVIEW_SIZE.width() and image.height() <= PREVIEW_SIZE.height()):
        return image
    return image.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class AttachmentsPane(QWidget):
    """The source documents of one voucher: Enter opens the chosen one in the system's viewer, Del removes it
    (from a draft not yet submitted), moving in the list previews an image beside it."""

    said = Signal(str, str)  # kind (ok, error, warning), text: for the window's outcome bar
    attached = Signal()  # a document was attached: the draft is saved at once, so it is never left without one

    def __init__(self, conn: Connection, voucher_id: str, target: Target, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Attachments")
        self.conn, self.voucher_id, self.target = conn, voucher_id, target
        self.attachments: list[Attachment] = []
        self.title = QLabel()
        self.title.setObjectName("AttachmentsTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("AttachmentsList")
        self.list.setAccessibleName(self.tr("Source documents"))
        self.list.setIconSize(QSize(16, 16))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._preview())
        self.list.installEventFilter(self)
        self.preview = QLabel()
        self.preview.setObjectName("AttachmentPreview")
        self.preview.setAccessibleName(self.tr("Preview of the source document"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.hint = QLabel()
        self.hint.setObjectName("AttachmentsHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.list, 1)
        column.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addLayout(column, 1)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def set_target(self, target: Target) -> None:
        """The draft's profile changed: the note names its target."""
        self.target = target
        self._show_title()

    # ---- what is attached ---------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the voucher's documents again; `select` (a hash) gets the cursor, else the first keeps it."""
        shown = self.current()
        keep = select or (shown.sha256 if shown is not None else None)
        self.attachments = AttachmentStore(self.conn).for_voucher(self.voucher_id)
        self.list.clear()
        for attachment in self.attachments:
            self.list.addItem(list_item(attachment, self))
        rows = [a.sha256 for a in self.attachments]
        if rows:
            self.list.setCurrentRow(rows.index(keep) if keep in rows else 0)
        self._show_title()
        # A draft without documents shows two lines, not an empty list and preview: the grid keeps the room.
        self.list.setVisible(bool(rows))
        self.preview.setVisible(bool(rows))
        if rows:
            self.hint.setText(self.tr("Enter opens the document in its viewer; Del removes it from the draft."))
        else:
            self.hint.setText(self.tr("Drop a receipt or an invoice on the window, use File ▸ Attach… "
                                      "(Ctrl+Shift+A) or paste an image (Ctrl+V)."))
        self._preview()

    def _show_title(self) -> None:
        self.title.setText(self.tr("Source documents ({count}): they stay with the firm and are not sent to "
                                   "{target}.").format(count=len(self.attachments),
                                                       target=TARGET_NAMES.get(self.target, str(self.target))))

    def current(self) -> Attachment | None:
        """The document that has the cursor in the list."""
        row = self.list.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _preview(self) -> None:
        chosen = self.current()
        self.preview.setPixmap(QPixmap())
        if chosen is None:
            self.preview.setText(self.tr("No source document"))
            return
        image = QImage()
        if chosen.is_image:
            content = AttachmentStore(self.conn).content(chosen.sha256)
            if content is not None:
                image = preview_image(content)
        self.preview.setToolTip(chosen.file_name)
        if image.isNull():  # a PDF, an XML e-invoice, an image Qt cannot read: its icon, kind and name
            self.preview.setPixmap(self._document_card(chosen))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))

    def _document_card(self, chosen: Attachment) -> QPixmap:
        """What the preview shows of a document that is not an image: a file icon over its kind and name."""
        card = QPixmap(PREVIEW_SIZE * self.devicePixelRatioF())
        card.setDevicePixelRatio(self.devicePixelRatioF())
        card.fill(Qt.GlobalColor.transparent)
        painter = QPainter(card)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        width = PREVIEW_SIZE.width()
        icon.paint(painter, QRect((width - 40) // 2, 4, 40, 40))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = painter.fontMetrics()
        painter.drawText(QRect(4, 48, width - 8, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         kind_text(chosen))
        name = metrics.elidedText(chosen.file_name, Qt.TextElideMode.ElideMiddle, width - 8)
        painter.drawText(QRect(4, 50 + metrics.height(), width - 8, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         name)
        painter.end()
        return card

    # ---- attaching, opening, removing ---------------------------------------------------------

    def attach_paths(self, paths: list[Path]) -> int:
        """Attach each file; each refusal is said with its reason. The number attached."""
        done = 0
        for path in paths:
            done += self._attach(lambda path=path: documents.attach_file(self.conn, self.voucher_id, path,
                                                                          target=self._target_name()))
        return done

    def attach_image(self, image: QImage) -> bool:
        """Attach an image from the clipboard, as PNG."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"PNG")).write(image)
        buffer.close()
        content = bytes(data.data())
        return bool(self._attach(lambda: documents.attach_bytes(self.conn, self.voucher_id,
                                                                documents.pasted_image_name(), content,
                                                                target=self._target_name())))

    def _attach(self, attach) -> int:
        try:
            result: documents.AttachResult = attach()
        except documents.AttachmentError as exc:
            self.said.emit("error", render(exc.args[0]))
            return 0
        self.refresh(select=result.attachment.sha256)
        self.said.emit("info" if result.already_attached else "ok", render(result.message))
        if not result.already_attached:
            self.attached.emit()
        return 0 if result.already_attached else 1

    def open_current(self) -> bool:
        """Open the chosen document in the system's viewer (a copy: the viewer never changes the stored one)."""
        chosen = self.current()
        if chosen is None:
            return False
        problem = open_in_viewer(self.conn, chosen)
        if problem:
            self.said.emit("error", problem)
        return not problem

    def remove_current(self) -> bool:
        """Remove the chosen document from the draft; refused once the voucher was submitted."""
        chosen = self.current()
        if chosen is None:
            return False
        try:
            said = documents.detach(self.conn, chosen)
        except documents.AttachmentError as exc:
            self.said.emit("warning", render(exc.args[0]))
            return False
        self.refresh()
        self.said.emit("ok", render(said))
        return True

    def _target_name(self) -> str:
        return TARGET_NAMES.get(self.target, str(self.target))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)


def open_in_viewer(conn: Connection, attachment: Attachment) -> str:
    """Hand a copy of the document to the system's viewer (the draft's list, the review detail); what went wrong,
    in the window's language, or "" when it opened."""
    try:
        copy = documents.viewer_copy(conn, attachment)
    except documents.AttachmentError as exc:
        return render(exc.args[0])
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
        reason = QCoreApplication.translate("Attachments", "no program to show it was found; the copy is {path}")
        return render(Message("attachment_not_opened", file=attachment.file_name, reason=reason.format(path=copy)))
    return ""


def list_item(attachment: Attachment, icon_source: QWidget) -> QListWidgetItem:
    """A document as a list shows it: name, kind and size, its whole name and hash in the tooltip."""
    item = QListWidgetItem(f"{attachment.file_name} · {kind_text(attachment)} · {size_text(attachment.size)}")
    item.setIcon(icon_source.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    item.setToolTip(QCoreApplication.translate("Attachments", "{file}\nSHA-256: {sha256}").format(
        file=attachment.file_name, sha256=attachment.sha256))
    return item


# ---- the window's ways in -----------------------------------------------------------------------

def ask_attach(window: MainWindow) -> None:
    """File ▸ Attach… (Ctrl+Shift+A): choose one or more documents for the current draft."""
    page = window.tabs.current_page()
    if page is None:
        return
    kinds = QCoreApplication.translate("Attachments", "Receipts and invoices (*.pdf *.png *.jpg *.jpeg *.gif *.tif "
                                                      "*.tiff *.webp *.xml);;All files (*)")
    dialog = QFileDialog(window, QCoreApplication.translate("Attachments", "Attach source documents"), str(Path.home()),
                         kinds)
    dialog.setObjectName("AttachFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(lambda paths: attach_to_page(page, [Path(p) for p in paths]))
    window.file_dialog = dialog
    style.open_dialog(dialog)


def attach_to_page(page: VoucherPage, paths: list[Path]) -> int:
    """Attach files to a draft (the dialog's choice, files dropped on the window); shows its list."""
    return page.attachments.attach_paths(paths)


def paste_image(page: VoucherPage, image: QImage) -> bool:
    """Ctrl+V with an image and no text on the clipboard: the image becomes a source document of the draft."""
    return page.attachments.attach_image(image)
