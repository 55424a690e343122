"""The window and its big dialogs on the screens officers have, offscreen.

    python scripts/screens.py --screen 1366x768 --scale 1.25 --out DIR [--db FILE]

Pretends to be a screen of that many pixels with Windows' taskbar (40 px) taken off the
bottom, at that display scaling (``QT_SCALE_FACTOR``), opens the main window the way the
program does on the district demo database, in Vietnamese, and saves a PNG of every tab
and of the member, event, import, backup and merge dialogs, a member's records and a
report's preview. Prints JSON: the available
screen, the window's and each dialog's geometry, and what does not fit.
``tests/ui/test_screen_sizes.py`` runs it for every screen; look at the PNGs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TASKBAR = 40
# A Windows title bar and frame (the offscreen platform draws none).
TITLE_BAR = 32
FRAME = 8


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--screen", default="1366x768", help="WIDTHxHEIGHT in device pixels")
    p.add_argument("--scale", type=float, default=1.0, help="display scaling, 1.25 for 125 %%")
    p.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    p.add_argument("--db", type=Path, help="database (default: a new district demo database)")
    p.add_argument("--prefix", default="", help="file name prefix of the PNGs")
    return p.parse_args(argv)


def set_up_platform(screen: str, scale: float) -> None:
    width, height = (int(x) for x in screen.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                               "height": height - TASKBAR, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)


def fits(rect, avail) -> bool:
    """Whether a window with this client rectangle fits the free area with a Windows frame.
    Only the size is checked: Windows moves a window onto the screen, the offscreen
    platform does not."""
    return rect.width() + 2 * FRAME <= avail.width() and rect.height() + TITLE_BAR + FRAME <= avail.height()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    set_up_platform(args.screen, args.scale)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QLabel

    import desktop_app.ui  # noqa: F401  (pins None/True/False: see ui/__init__)
    from desktop_app import APP_NAME
    from desktop_app.core import reports
    from desktop_app.core.demo.builder import build_demo
    from desktop_app.core.storage.db import open_db
    from desktop_app.ui import dialogs, i18n
    from desktop_app.ui.app import take_screenshots
    from desktop_app.ui.backup_dialog import BackupDialog
    from desktop_app.ui.import_wizard import ImportWizard
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.member_records import MemberRecordsDialog
    from desktop_app.ui.merge_dialog import MergeDialog
    from desktop_app.ui.report_preview import ReportPreviewDialog

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(sys.argv[:1])
    i18n.install_translations(app, "vi")
    i18n.install_fonts(app)
    db_path = args.db or Path(tempfile.mkdtemp()) / "district.sqlite3"
    db = open_db(db_path)
    if not db.execute("SELECT count(*) FROM unions").fetchone()[0]:
        build_demo(db, "district", seed=1)
    window = MainWindow(db, db_path)
    window.show()
    app.processEvents()
    avail = window.screen().availableGeometry()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    prefix = args.prefix or f"{args.screen}@{round(args.scale * 100)}-"

    def geometry(w) -> list[int]:
        g = w.geometry()
        return [g.x(), g.y(), g.width(), g.height()]

    report: dict = {"screen": args.screen, "scale": args.scale,
                    "available": [avail.x(), avail.y(), avail.width(), avail.height()],
                    "window": geometry(window), "problems": []}
    if not fits(window.geometry(), avail):
        report["problems"].append(f"window {geometry(window)} does not fit {report['available']}")
    bar = window.statusBar()
    # On the screen when the window fits; its USB-backup warning must show whole.
    status = window.findChild(QLabel, "backup_status")
    if not bar.isVisible() or bar.geometry().bottom() >= window.height() or (
            status is not None and status.text() and status.width() < status.sizeHint().width()):
        report["problems"].append("status bar or its backup warning not shown")
    shots = take_screenshots(window, out)
    for shot in shots:
        shot.rename(out / f"{prefix}{shot.name}")
    for key, tab in window.list_tabs.items():
        need = tab.minimumSizeHint().width()
        if need > window.tabs.width():
            report["problems"].append(f"tab {key} needs {need} px, has {window.tabs.width()}")

    member = window.selected_id("members")
    event = window.selected_id("events")
    big = {
        "member": lambda: dialogs.member_dialog(window, db, member),
        "event": lambda: dialogs.event_dialog(window, db, event),
        "import": lambda: ImportWizard(db, window.run_write, window),
        "backup": lambda: BackupDialog(window, status=("", False)),
        "merge": lambda: MergeDialog(db, window, runner=window.run_write),
        "member_records": lambda: MemberRecordsDialog(window, db, member),
        "preview": lambda: ReportPreviewDialog(reports.minutes_pdf(db, event, out / "minutes.pdf"), "Biên bản",
                                               window),
    }
    report["dialogs"] = {}
    for name, make in big.items():
        dialog = make()
        dialog.show()
        for _ in range(40 if name == "preview" else 3):   # the PDF's pages render in the background
            app.processEvents()
            if name == "preview":
                time.sleep(0.05)
        report["dialogs"][name] = geometry(dialog)
        if not fits(dialog.geometry(), avail):
            report["problems"].append(f"dialog {name} {geometry(dialog)} does not fit {report['available']}")
        dialog.grab().save(str(out / f"{prefix}dialog_{name}.png"))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    (out / "minutes.pdf").unlink(missing_ok=True)
    print(json.dumps(report, ensure_ascii=False))
    window.close()
    window.deleteLater()
    app.processEvents()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
