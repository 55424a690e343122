"""Start the window. The full tabbed window is built in main_window.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(db_path: Path | None = None, screenshot_dir: Path | None = None) -> int:
    if screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from ..core.db import open_db
    from ..core.demo import build_demo
    from ..core.errors import UserError

    app = QApplication.instance() or QApplication(sys.argv)
    try:
        db = open_db(db_path)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if not os.environ.get("SOCONGDOAN_NO_DEMO") and not db.execute("SELECT count(*) FROM unions").fetchone()[0]:
        build_demo(db, "district")
    window = QMainWindow()
    n = db.execute("SELECT count(*) FROM members WHERE status = 'active'").fetchone()[0]
    window.setCentralWidget(QLabel(f"{n} members"))
    window.show()
    if os.environ.get("SOCONGDOAN_EXIT_WHEN_SHOWN"):
        # bench/run.py measures process start to a painted window, then wants us gone.
        app.processEvents()
        print("shown", flush=True)
        return 0
    if screenshot_dir is not None:
        screenshot_dir.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(screenshot_dir / "main.png"))
        return 0
    return app.exec()
