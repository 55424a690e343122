"""Start the window: application object, translations, fonts, database, main window.

Environment switches (used by scripts and benchmarks):
- ``SOCONGDOAN_NO_DEMO=1``: an empty database stays empty (otherwise demo data fills it);
- ``SOCONGDOAN_EXIT_WHEN_SHOWN=1``: show the window, paint it, print "shown", exit 0;
- ``SOCONGDOAN_NO_FIRST_RUN=1``: skip the first-run wizard.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

TAB_SCREENSHOT_SIZE = (1440, 860)


def run(db_path: Path | None = None, screenshot_dir: Path | None = None) -> int:
    if screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app import APP_NAME
    from desktop_app.core.errors import UserError
    from desktop_app.core.storage import config as core_config
    from desktop_app.core.storage.db import open_db
    from desktop_app.core.storage.paths import default_db_path
    from desktop_app.ui import i18n

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop_app.ui import error_report

    error_report.install(app)  # unexpected errors: the log and a message, never lost on stderr
    cfg = core_config.load()
    i18n.install_translations(app, cfg.language or "vi")
    i18n.install_fonts(app)
    bench = bool(os.environ.get("SOCONGDOAN_EXIT_WHEN_SHOWN"))
    interactive = screenshot_dir is None and not bench

    if db_path is None and interactive and not os.environ.get("SOCONGDOAN_NO_FIRST_RUN"):
        from desktop_app.ui import first_run

        if first_run.needed(cfg, db_path):
            db_path = first_run.run(app, cfg)
            if db_path is None:
                return 0
            cfg = core_config.load()

    path = Path(db_path) if db_path is not None else default_db_path()
    try:
        if interactive:
            from desktop_app.ui.unlock import open_db_asking
            db = open_db_asking(path, read_only_fallback=True)
        else:
            db = open_db(path, read_only_fallback=True)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        if interactive:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), i18n.message(e))
        return 1
    if (not os.environ.get("SOCONGDOAN_NO_DEMO") and not db.read_only
            and not db.execute("SELECT count(*) FROM unions").fetchone()[0]):
        from desktop_app.core.demo.builder import build_demo
        build_demo(db, "district")
    if interactive:
        try:
            core_config.save(core_config.remember_file(cfg, path))
        except OSError:
            pass

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(db, path)
    if screenshot_dir is not None:
        window.resize(*TAB_SCREENSHOT_SIZE)
    window.show()
    if bench:
        # bench/run.py measures process start to a painted window, then wants us gone.
        app.processEvents()
        print("shown", flush=True)
        return _shutdown(app, window, db)
    if screenshot_dir is not None:
        saved = take_screenshots(window, screenshot_dir)
        print("\n".join(str(p) for p in saved))
        return _shutdown(app, window, db)
    code = app.exec()
    _shutdown(app, window, db)
    return code


def take_screenshots(window, folder: Path) -> list[Path]:
    """One PNG per tab, each with its first row selected so the details show."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import TAB_KEYS

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for key in TAB_KEYS:
        window.show_tab(key)
        if key == "overview":
            deadline = time.monotonic() + 120
            while not window.overview.ready and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.02)
        tab = window.list_tabs.get(key)
        if tab is not None:
            if tab.selected_id() is None and tab.model.rowCount():
                tab.view.selectRow(0)
            tab.model.wait_for_count(10000)
        for _ in range(3):
            QApplication.processEvents()
        path = folder / f"tab_{key}.png"
        window.grab().save(str(path))
        saved.append(path)
    return saved


def _shutdown(app, window, db) -> int:
    """Close the window and the database in order, so nothing is torn down by the
    interpreter at exit (PySide6 can abort when Qt objects outlive the application)."""
    window.close()
    window.deleteLater()
    app.processEvents()
    try:
        db.close()
    except Exception:
        pass
    return 0
