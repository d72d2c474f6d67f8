#!/usr/bin/env python3
"""Render the app icon (resources/icons/ledgerdesk.svg) to the PNG sizes and installer icon files.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make-icons.py

Writes resources/icons/ledgerdesk-{16..512}.png (the hicolor theme sizes, used by the .deb and by the
app's window icon), packaging/windows/ledgerdesk.ico (16-64 and 256; BMP entries below 256 px for old Windows
tools, PNG at 256) and packaging/macos/ledgerdesk.icns (PNG entries 16-1024). Sizes of 32 px and below
come from ledgerdesk-small.svg, the same motif with fewer, thicker strokes so it stays legible. The
outputs are committed; run this again after editing either SVG. Needs only PySide6 (no Pillow).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FULL_SVG = ICONS / "ledgerdesk.svg"
SMALL_SVG = ICONS / "ledgerdesk-small.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# icns element types holding PNG data, by pixel size (several types share a size: 1x and 2x slots).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024))
SMALL_MAX = 32


def render(size: int) -> QImage:
    """The icon at `size` x `size` pixels, antialiased, on a transparent background."""
    renderer = QSvgRenderer(str(SMALL_SVG if size <= SMALL_MAX else FULL_SVG))
    if not renderer.isValid():
        sys.exit(f"cannot read the icon SVG for {size} px")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 0)  # quality 0 = strongest zlib compression
    buffer.close()
    return bytes(data)


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB as an .ico entry wants it: rows bottom-up, height doubled, empty AND mask."""
    size = image.width()
    straight = image.convertToFormat(QImage.Format.Format_ARGB32).flipped(Qt.Orientation.Vertical)
    pixels = bytes(straight.constBits())[: size * size * 4]  # little-endian ARGB32 is B, G, R, A
    mask = bytes(((size + 31) // 32 * 4) * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    entries = [(size, png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])) for size in ICO_SIZES]
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(struct.pack("<HHH", 0, 1, len(entries)) + directory + blobs)


def write_icns(path: Path, images: dict[int, QImage]) -> None:
    pngs = {size: png_bytes(images[size]) for _, size in ICNS_TYPES}
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render(size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        target = ICONS / f"ledgerdesk-{size}.png"
        target.write_bytes(png_bytes(images[size]))
        written.append(target)
    ico = ROOT / "packaging" / "windows" / "ledgerdesk.ico"
    write_ico(ico, images)
    icns = ROOT / "packaging" / "macos" / "ledgerdesk.icns"
    write_icns(icns, images)
    written += [ico, icns]
    for target in written:
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size:,} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
