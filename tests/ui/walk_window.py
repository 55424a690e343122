"""The click-through walk, run by ``test_click_through.py`` in a child process so that a
crash (a segfault in Qt) fails that test instead of ending the whole run.

The real main window on the district demo database, offscreen. On every tab, once with
the first row selected and once with none, it clicks every visible enabled push button
(``qtbot.mouseClick``), opens every button's menu and triggers each of its items, and
triggers every menu and toolbar action. A watcher on a timer answers or cancels every
dialog that opens. Only the platform's file dialogs are replaced (they cannot be driven
offscreen): Save gets a path in a temporary folder, Open is cancelled, a folder choice
gets a folder standing in for a USB stick.

``patient``: each background job (progress dialog) runs to its end; in each dialog the
window opens, every button other than its answers is clicked first (Print…, Save…,
Refresh, Other folder…, Add…); message boxes are answered Yes/OK, record dialogs are
accepted with what they show. ``impatient``: each
progress dialog is cancelled as soon as it shows, every other dialog is cancelled, and the
next control is clicked without waiting for anything.

The walk fails on an uncaught exception in any slot (pytest-qt), in any thread, on an
error box ("Something went wrong"), and on a control that has no visible effect.
Its counts and time go to ``$CLICK_WALK_REPORT`` (JSON).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWizard,
)

import desktop_app.ui  # noqa: E402,F401  (pins None/True/False: see ui/__init__)

# Clicked with no visible effect, on purpose: (tab, selection state, object name or text).
NO_EFFECT_EXPECTED: dict[str, str] = {}
VERBOSE = bool(os.environ.get("CLICK_WALK_VERBOSE"))


class Watcher:
    """Answers or cancels every dialog that opens; records what it saw."""

    def __init__(self, window, patient: bool):
        self.window = window
        self.patient = patient
        self.seen: list[tuple[str, str]] = []     # (class, title or text) of every window that opened
        self.errors: list[str] = []
        self.explore_dialogs = patient
        self.explored: list[str] = []    # buttons clicked inside dialogs
        self.timer = QTimer()
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def events(self) -> int:
        return len(self.seen)

    def tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):   # a button's menu: its items are triggered one by one
            self.seen.append(("QMenu", popup.title() or popup.objectName()))
            popup.close()
            return
        for w in open_dialogs(self.window):
            if shiboken6.isValid(w) and w.isVisible():   # answering one may have deleted another
                self.handle(w)

    def handle(self, dialog: QDialog) -> None:
        # Counted on the dialog itself: a Python id() is reused by the next dialog.
        ticks = dialog.property("walk_ticks") or 0
        first = ticks == 0
        dialog.setProperty("walk_ticks", ticks + 1)
        if first:
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            self.seen.append((type(dialog).__name__, text))
            if isinstance(dialog, QMessageBox) and dialog.icon() == QMessageBox.Icon.Critical:
                self.errors.append(f"error box: {dialog.windowTitle()}: {text}")
        if isinstance(dialog, QProgressDialog):
            if not self.patient and first:
                cancel = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
                if cancel:
                    cancel[0].click()
                else:
                    dialog.cancel()
            elif ticks > 4000:   # 100 s: a job that never ends
                self.errors.append(f"progress dialog never finished: {dialog.labelText()}")
                dialog.cancel()
            return
        if ticks == 0 and self.explore_dialogs and self._explorable(dialog):
            # Its own buttons first, from another timer: this one does not fire again while
            # its slot runs, and a button may open a dialog that needs answering.
            dialog.setProperty("walk_exploring", True)
            QTimer.singleShot(0, lambda d=dialog: self.explore(d))
        elif dialog.property("walk_exploring"):
            dialog.setProperty("walk_ticks", 1)   # wait for the exploration to end
        elif ticks == 0 or (ticks == 1 and dialog.property("walk_explored")):
            self.answer(dialog)
        elif ticks == 4:        # still open: the answer was refused (a field error): cancel
            dialog.reject()
        elif ticks == 40:
            self.errors.append(f"dialog does not close: {type(dialog).__name__} {dialog.windowTitle()}")
            dialog.done(0)

    def _explorable(self, dialog: QDialog) -> bool:
        return (not isinstance(dialog, (QMessageBox, QInputDialog, QFileDialog))
                and dialog.parentWidget() is self.window and not dialog.property("walk_explored"))

    def explore(self, dialog: QDialog) -> None:
        """Click every enabled button of a dialog the window opened, except its answers
        (OK, Cancel, Close…), then let the watcher answer it."""
        answers = {b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()}
        if isinstance(dialog, QWizard):
            answers |= {dialog.button(b) for b in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton,
                                                   QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)}
        name = type(dialog).__name__
        try:
            for button in dialog.findChildren(QPushButton):
                if not dialog.isVisible():
                    break
                if button in answers or not button.isVisible() or not button.isEnabled():
                    continue
                if button.text() in ("Close", "Đóng"):
                    continue
                label = f"{name} {button.objectName() or button.text()}"
                self.explored.append(label)
                if VERBOSE:
                    print(f"{time.monotonic():.2f}   in {label}", file=sys.stderr, flush=True)
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                self.wait_for_jobs()
        finally:
            if shiboken6.isValid(dialog):
                dialog.setProperty("walk_exploring", False)
                dialog.setProperty("walk_explored", True)
                dialog.setProperty("walk_ticks", 1)

    def wait_for_jobs(self) -> None:
        deadline = time.monotonic() + 60
        while busy() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        QApplication.processEvents()

    def answer(self, dialog: QDialog) -> None:
        from desktop_app.ui.dialogs import FormDialog

        if isinstance(dialog, QMessageBox):
            if self.patient:
                button = (dialog.button(QMessageBox.StandardButton.Yes) or dialog.button(QMessageBox.StandardButton.Ok)
                          or dialog.defaultButton() or dialog.escapeButton())
            else:
                button = dialog.escapeButton() or dialog.defaultButton()
            if button is not None:
                button.click()
            else:
                dialog.reject()
            return
        if self.patient and isinstance(dialog, (FormDialog, QInputDialog)):
            ok = self._ok_button(dialog)
            if ok is not None and ok.isEnabled():
                ok.click()
                return
        if isinstance(dialog, QWizard):
            dialog.button(QWizard.WizardButton.CancelButton).click()
            return
        dialog.reject()

    @staticmethod
    def _ok_button(dialog: QDialog) -> QAbstractButton | None:
        for box in dialog.findChildren(QDialogButtonBox):
            for b in box.buttons():
                if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole:
                    return b
        return None


def replace_file_dialogs(monkeypatch, folder: Path, seen: list) -> Path:
    """The platform's file dialogs, the one thing that cannot be clicked offscreen: Save
    gets a new file in ``folder``, Open is cancelled, a folder choice gets ``folder/usb``;
    opening a folder in the file manager fails (there is none)."""
    usb = folder / "usb"
    usb.mkdir(parents=True, exist_ok=True)
    counter = iter(range(10**6))

    def save_name(_parent=None, caption="", directory="", filter="", *args, **kwargs):  # noqa: A002
        seen.append(("QFileDialog.getSaveFileName", caption))
        suffix = Path(str(directory)).suffix or ".out"
        if "*." in str(filter):
            suffix = "." + str(filter).split("*.", 1)[1].split(")")[0].split()[0]
        return str(folder / f"saved-{next(counter)}{suffix}"), str(filter)

    def cancelled(kind, answer):
        def dialog(_parent=None, caption="", *args, **kwargs):
            seen.append((f"QFileDialog.{kind}", caption))
            return answer
        return staticmethod(dialog)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled("getOpenFileName", ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", cancelled("getOpenFileNames", ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", cancelled("getExistingDirectory", str(usb)))

    def open_url(url) -> bool:   # no file manager here: the program must say where the folder is
        seen.append(("QDesktopServices.openUrl", url.toString()))
        return False
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return usb


def open_dialogs(window) -> list[QDialog]:
    """The modal dialog on top and the window's own visible dialogs. Not
    ``QApplication.topLevelWidgets()``: wrapping every top-level widget, Qt's static
    dialogs' deleted ones included, crashed inside PySide now and then."""
    found: list[QDialog] = []
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        found.append(modal)
    for w in [*window.findChildren(QDialog), *getattr(window, "kept_windows", [])]:
        if isinstance(w, QDialog) and w not in found and shiboken6.isValid(w) and w.isVisible():
            found.append(w)
    return found


def busy() -> bool:
    """Work of ``ui/operations`` still running (with a progress dialog or silent)."""
    from desktop_app.ui import operations

    return bool(operations.running())


class Walk:
    def __init__(self, qtbot, window, watcher: Watcher, patient: bool):
        self.qtbot = qtbot
        self.window = window
        self.watcher = watcher
        self.patient = patient
        self.clicks = 0
        self.jobs = 0   # background jobs started (impatient: they may end before we look)
        self.no_effect: list[str] = []
        start = window.operations._start   # every job with a progress dialog goes through it

        def counted(*args, **kwargs):
            self.jobs += 1
            return start(*args, **kwargs)
        window.operations._start = counted

    # ---- state ------------------------------------------------------------------------
    def fingerprint(self) -> tuple:
        w = self.window
        focus = w.focusWidget()  # the window's own: offscreen it may never be the active one
        return (w.isVisible(), self.jobs, w.current_tab_key(), len(w.undo_stack.changes), w.overview._generation,
                tuple(t.model.property("walk_resets") for t in w.list_tabs.values()),
                w.undo_stack.last() and w.undo_stack.last().description,
                tuple(w.selected_id(k) for k in w.list_tabs), w.member_union_filter.currentIndex(),
                focus.objectName() if focus else None, w.db_path, len(w.operations.handles),
                # a dialog shown with open() (window-modal, not exec) and still up is an effect too
                tuple(id(d) for d in open_dialogs(w)))

    def settle(self) -> None:
        """Patient: wait until no background job runs and no dialog is left open."""
        if not self.patient:
            QApplication.processEvents()
            return
        self.qtbot.waitUntil(lambda: not busy() and not self._open_dialogs(), timeout=120000)
        QApplication.processEvents()

    def _open_dialogs(self) -> list:
        return open_dialogs(self.window)

    def prepare(self, key: str, selected: bool) -> None:
        w = self.window
        w.show_tab(key)
        tab = w.list_tabs.get(key)
        if tab is None:
            return
        tab.view.setFocus()
        tab.ensure_loaded()
        if self.patient and self.window.db.execute(f"SELECT count(*) FROM {key}").fetchone()[0]:
            self.qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
        if selected:
            if tab.selected_id() is None and tab.model.rowCount():
                tab.view.selectRow(0)
        else:
            tab.view.clearSelection()
            tab.view.setCurrentIndex(QModelIndex())

    # ---- one control ------------------------------------------------------------------
    def use(self, label: str, do) -> None:
        before_events, before = self.watcher.events(), self.fingerprint()
        if VERBOSE:
            print(f"{time.monotonic():.2f} {label}", file=sys.stderr, flush=True)
        do()
        self.clicks += 1
        if self.patient:
            self.settle()
        QApplication.processEvents()
        if self.watcher.events() == before_events and self.fingerprint() == before and label not in NO_EFFECT_EXPECTED:
            self.no_effect.append(label)

    def click(self, state: str, button: QPushButton) -> None:
        name = button.objectName() or button.text()
        if button.menu() is not None:
            menu = button.menu()
            if not menu.property("walk_watched"):
                menu.setProperty("walk_watched", True)
                menu.aboutToShow.connect(lambda: self.watcher.seen.append(("QMenu", name)))
            self.use(f"{state} {name} (menu)", lambda: self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
            for action in menu.actions():
                if action.isSeparator() or not action.isVisible() or not action.isEnabled():
                    continue
                self.use(f"{state} {name} → {action.objectName() or action.text()}", action.trigger)
            return
        self.use(f"{state} {name}", lambda: self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton))

    def visible_buttons(self) -> list[QPushButton]:
        return [b for b in self.window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()
                and b.window() is self.window]

    def actions(self) -> list:
        """Every action of the menu bar (submenus too, filled as when shown) and the toolbar."""
        found: list = []

        def walk(menu: QMenu) -> None:
            menu.aboutToShow.emit()
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif not action.isSeparator() and action not in found:
                    found.append(action)
        for top in self.window.menuBar().actions():
            if top.isVisible() and top.menu() is not None:
                walk(top.menu())
        for action in self.window.toolbar.actions():
            if not action.isSeparator() and action not in found:
                found.append(action)
        return [a for a in found if a is not self.window.action_quit]

    def run(self) -> None:
        from desktop_app.ui.main_window import TAB_KEYS

        for key in TAB_KEYS:
            for selected in ((True, False) if key != "overview" else (True,)):
                state = f"{key}/{'row' if selected else 'none'}"
                self.prepare(key, selected)
                for button in self.visible_buttons():
                    self.prepare(key, selected)
                    if button.isVisible() and button.isEnabled():
                        self.click(state, button)
                for action in self.actions():
                    self.prepare(key, selected)
                    if action.isEnabled() and action.isVisible():
                        self.use(f"{state} {action.objectName() or action.text()}", action.trigger)
        self.settle()


@pytest.fixture
def walk_db(request, tmp_path):
    """The district demo database, or with ``CLICK_WALK_DB=empty`` a new empty one (the
    first start without demo data)."""
    if os.environ.get("CLICK_WALK_DB") == "empty":
        from desktop_app.core.storage.db import open_db

        path = tmp_path / "empty.sqlite3"
        database = open_db(path)
        yield database, path
        database.close()
        return
    yield request.getfixturevalue("demo_db"), request.getfixturevalue("demo_db_path")


def test_walk(qtbot, walk_db, tmp_path, monkeypatch):
    from desktop_app.ui import operations
    from desktop_app.ui.main_window import MainWindow

    demo_db, demo_db_path = walk_db
    patient = os.environ.get("CLICK_WALK_MODE", "patient") == "patient"
    thread_errors: list[str] = []
    monkeypatch.setattr(threading, "excepthook",
                        lambda args: thread_errors.append(f"{args.thread and args.thread.name}: {args.exc_value!r}"))
    operations.set_runner(operations.ThreadRunner())   # as the program runs: work off the UI thread
    started = time.monotonic()
    window = MainWindow(demo_db, demo_db_path)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    watcher = Watcher(window, patient)
    replace_file_dialogs(monkeypatch, tmp_path / "files", watcher.seen)
    for tab in window.list_tabs.values():
        tab.model.setProperty("walk_resets", 0)
        tab.model.modelReset.connect(lambda m=tab.model: m.setProperty("walk_resets", m.property("walk_resets") + 1))
    window.activateWindow()
    watcher.start()
    walk = Walk(qtbot, window, watcher, patient)
    try:
        walk.run()
        # Quit last: the window closes with everything it started.
        walk.use("quit", window.action_quit.trigger)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: not busy(), timeout=120000)
    finally:
        watcher.stop()
        gc.collect()
    elapsed = time.monotonic() - started
    report = {"mode": "patient" if patient else "impatient", "clicks": walk.clicks + len(watcher.explored),
              "window_controls": walk.clicks, "dialog_buttons": len(watcher.explored), "seconds": round(elapsed, 1),
              "dialogs": len(watcher.seen), "kinds": dict(Counter(kind for kind, _text in watcher.seen)),
              "no_effect": walk.no_effect, "errors": watcher.errors + thread_errors}
    out = os.environ.get("CLICK_WALK_REPORT")
    if out:
        Path(out).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1), file=sys.stderr)
    assert not watcher.errors and not thread_errors, report["errors"]
    assert not walk.no_effect, f"controls without visible effect: {walk.no_effect}"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
