"""Run as a script (``python gc_stress.py DB [ROUNDS]``) by ``test_gc_safety``: the real
main window, built as an outside harness would (no start-up code of ``ui/app.py``),
builds reports and recomputes the overview on worker threads while another thread
forces ``gc.collect()`` over and over. A Qt object freed on a worker thread would
crash the process; the test sees the exit code. Prints "ok" when it got through."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str, rounds: int) -> int:
    from PySide6.QtWidgets import QApplication

    import desktop_app.ui  # noqa: F401
    from desktop_app.core.storage.db import open_db
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert gc.isenabled(), "the test is about a window with automatic collection left on"
    db = open_db(db_path)
    window = MainWindow(db, db_path)
    window.show()

    stop = threading.Event()
    collections = [0]

    def collector() -> None:  # the worker side: collections on a thread that is not the UI's
        while not stop.is_set():
            gc.collect()
            collections[0] += 1
            time.sleep(0.001)

    def wait(condition, seconds: float = 120.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the work did not finish")
            app.processEvents()
            time.sleep(0.002)


    from desktop_app.ui import operations

    class CollectingRunner(operations.ThreadRunner):
        """Every piece of work also collects on its own worker thread, before and after."""

        def start(self, target, name):
            def run():
                gc.collect()
                target()
                gc.collect()
                collections[0] += 2
            super().start(run, name)

    operations.set_runner(CollectingRunner())
    threads = [threading.Thread(target=collector, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    actions = {a.objectName(): a for a in window.findChildren(type(window.action_open)) if a.objectName()}
    try:
        for i in range(rounds):
            # Cyclic garbage holding Qt wrappers, made on the UI thread, for the
            # collector threads to find.
            for _ in range(20):
                from PySide6.QtCore import QObject

                a, b = QObject(), QObject()
                a.peer, b.peer = b, a
            window.show_tab(("unions", "members", "events", "courses")[i % 4])
            window.overview.refresh()
            previews = window.kept_windows
            before = len(previews)
            actions["action_report_unions" if i % 2 else "action_report_officers"].trigger()
            wait(lambda p=previews, n=before: len(p) > n)
            previews[-1].reject()
            window.show_tab("overview")
            wait(lambda: window.overview.ready)
            window.list_tabs["members"].search.setText("nguyen" if i % 2 else "tran van")
            window.list_tabs["members"].apply_search()
            app.processEvents()
    finally:
        stop.set()
        for t in threads:
            t.join()
    window.close()
    app.processEvents()
    db.close()
    print(f"ok {rounds} rounds, {collections[0]} collections on worker threads", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6))
