#!/usr/bin/env python3
"""Render resources/icons/facilitator.svg to PNGs (256, 128, 64, 32, 16 px) next to it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Run it after editing the SVG and commit the PNGs; nothing renders at install time.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (256, 128, 64, 32, 16)


def png_path(size: int) -> Path:
    return ICONS / f"facilitator-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it)
    renderer = QSvgRenderer(str(ICONS / "facilitator.svg"))
    if not renderer.isValid():
        sys.exit("facilitator.svg is not a valid SVG")
    for size in SIZES:
        if not render(renderer, size).save(str(png_path(size))):
            sys.exit(f"could not write {png_path(size)}")
        print(png_path(size).relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
