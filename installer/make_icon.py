"""Draw the program icon (installer/socongdoan.png and .ico) with Qt; run once, commit the files.

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def draw(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    bg = QPainterPath()
    bg.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.fillPath(bg, QColor("#b71c1c"))
    # an open record book
    p.setPen(QPen(QColor("#7f0000"), 4 * s))
    p.setBrush(QColor("#fffdf5"))
    p.drawRoundedRect(QRectF(40 * s, 120 * s, 84 * s, 96 * s), 6 * s, 6 * s)
    p.drawRoundedRect(QRectF(132 * s, 120 * s, 84 * s, 96 * s), 6 * s, 6 * s)
    p.setPen(QPen(QColor("#c9a227"), 5 * s))
    for y in (145, 165, 185):
        p.drawLine(int(54 * s), int(y * s), int(110 * s), int(y * s))
        p.drawLine(int(146 * s), int(y * s), int(202 * s), int(y * s))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(84 * s))
    p.setFont(font)
    p.setPen(QColor("#ffd54f"))
    p.drawText(QRectF(0, 18 * s, 256 * s, 100 * s), Qt.AlignmentFlag.AlignCenter, "CĐ")
    p.end()
    return img


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication(sys.argv)  # noqa: F841 - fonts need an application
    fonts = HERE.parent / "resources" / "fonts"
    QFontDatabase.addApplicationFont(str(fonts / "DejaVuSans-Bold.ttf"))
    draw(256).save(str(HERE / "socongdoan.png"))
    (HERE.parent / "resources" / "icons").mkdir(parents=True, exist_ok=True)
    draw(256).save(str(HERE.parent / "resources" / "icons" / "socongdoan.png"))
    ok = draw(256).save(str(HERE / "socongdoan.ico"), "ICO")
    print("icon written" if ok else "ICO writer missing")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
