"""Run as a script (``python dropped_dialog_gc.py DB``) by ``test_dropped_dialog_gc``: a
form dialog of the program (its save() closure refers to it: a reference cycle) is
dropped while a piece of work runs on a worker thread that allocates a lot, as a dialog
closed during an Excel export is. Python's collector, left on, collected the cycle on the
worker and deleted the dialog there: a segmentation fault. Prints the thread it was
deleted on."""

from __future__ import annotations

import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str) -> int:
    import gc

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    import desktop_app.ui  # noqa: F401
    from desktop_app.core.storage.db import open_db
    from desktop_app.ui import dialogs, operations

    app = QApplication.instance() or QApplication(sys.argv)
    assert gc.isenabled()
    db = open_db(db_path)
    deleted_on: list[str] = []
    dialog = dialogs.event_dialog(None, db, 1)
    dialog.destroyed.connect(lambda *_: deleted_on.append(threading.current_thread().name),
                             Qt.ConnectionType.DirectConnection)
    done: list = []

    def work(_db, _progress):
        time.sleep(0.3)
        return len([[i] for i in range(300000)])   # allocations enough for collections

    operations.run(db_path, work, done=done.append)
    del dialog          # closed and dropped while the worker runs
    time.sleep(1.5)     # the UI thread idles: only the worker allocates
    deadline = time.monotonic() + 30
    while (not done or operations.running()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.03)
    gc.collect()
    print("deleted on", ",".join(deleted_on), "work", done, flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
