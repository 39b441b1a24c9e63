"""Render resources/icons/outreach.svg to the PNG sizes desktops ask for and to a Windows .ico.

Run from the checkout root after editing the SVG, then commit the outputs:
    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Uses only PySide6 (QSvgRenderer). The .ico container is written here by hand: small sizes as
32-bit BMP images (what every Windows tool reads), 128 and 256 px as embedded PNG (Vista and later).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "outreach.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_AS_PNG_FROM = 128  # sizes at or above this go into the .ico as PNG


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn at size x size pixels on a transparent background, straight (not premultiplied) ARGB."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a 32-bit DIB: header, BGRA rows bottom-up, then the 1-bit AND mask."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())  # ARGB32 in memory on little-endian = B, G, R, A
    rows = [raw[y * stride: y * stride + width * 4] for y in range(height)]
    if sys.byteorder != "little":
        rows = [b"".join(r[i:i + 4][::-1] for i in range(0, len(r), 4)) for r in rows]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent: masked out for old renderers
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A Windows .ico file holding one image per size (ICONDIR, ICONDIRENTRY table, image data)."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= ICO_AS_PNG_FROM else bmp_entry(images[s]) for s in sizes]
    offset = 6 + 16 * len(sizes)
    directory = [struct.pack("<HHH", 0, 1, len(sizes))]
    for size, blob in zip(sizes, blobs):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        offset += len(blob)
    return b"".join(directory) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt's GUI state alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        target = ICONS / f"outreach-{size}.png"
        target.write_bytes(png_bytes(images[size]))
        print(target.relative_to(ICONS.parent.parent))
    ico = ICONS / "outreach.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    print(ico.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
