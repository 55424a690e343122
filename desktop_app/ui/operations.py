"""One way to run work off the UI thread (after Anki's ``aqt.operations``).

A piece of work is a plain Python callable ``work(db, progress)``: ``db`` is a
connection the worker opens for itself on the database file (never the window's:
one ``sqlite3.Connection`` must not serve two threads), ``progress(done, total,
text)`` reports and returns ``False`` once the user pressed Cancel (core then raises
``core.work.Cancelled``). The worker holds no Qt object: it gets the work, the file's
path and a cancel flag, and posts its progress and its result through the signals of
one ``_Mailbox`` that lives on the UI thread, so the callbacks run there. Python's
garbage collector may then run on any thread without freeing a Qt object there.

- ``run(path, work, done=..., failed=...)``: silent work for a view (a count, the
  overview's figures); ``Handle.cancel()`` also interrupts the running SQL.
- ``Operations.read(title, work, on_done)``: a cancellable progress dialog, errors
  shown to the user.
- ``Operations.write(title, work, on_done, changes=...)``: the same on a writable
  connection; ``changes`` (a ``core.work.Changes`` or a function of the result) is
  handed to the window, which refreshes only the views that show those kinds.

Tests choose the runner: ``set_runner(SyncRunner())`` runs every piece of work at once
on the calling thread (like Picard's ``FakeThreadPool``), see ``tests/ui/conftest.py``.
"""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.core.errors import UserError
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import connect, connect_read_only
from desktop_app.core.work import EVERYTHING, Cancelled, Changes
from desktop_app.ui import i18n
from desktop_app.ui.i18n import tr

Work = Callable[[Any, Callable[..., bool]], Any]




# ---------------------------------------------------------------- runners
class Runner(Protocol):
    def start(self, target: Callable[[], None], name: str) -> None: ...


class ThreadRunner:
    """A plain Python thread per piece of work (no QThread: nothing of Qt on the worker)."""

    def start(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        _workers.append(thread)   # the collector waits for it to end (see below)
        thread.start()


class SyncRunner:
    """Runs the work at once on the calling thread: tests see its effects right away."""

    def start(self, target: Callable[[], None], name: str) -> None:
        target()


_runner: Runner = ThreadRunner()


def set_runner(runner: Runner) -> Runner:
    """Use ``runner`` from now on; returns the one it replaces."""
    global _runner
    previous, _runner = _runner, runner
    return previous


def runner() -> Runner:
    return _runner


# ---------------------------------------------------------------- delivery to the UI thread
class _Mailbox(QObject):
    """Lives on the UI thread; a worker's emit is queued and delivered there."""

    progressed = Signal(int, int, int, str)   # job id, done, total, text
    # (job id, result, exception) as one tuple: a signal never carries None itself
    # (see docs/ui.md on PySide6 and Python 3.11's None).
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.jobs: dict[int, Handle] = {}
        self.progressed.connect(self._progressed)
        self.finished.connect(self._finished)

    def _progressed(self, job_id: int, done: int, total: int, text: str) -> None:
        handle = self.jobs.get(job_id)
        if handle is not None and handle.alive() and handle.on_progress is not None and not handle.cancelled:
            handle.on_progress(done, total, text)

    def _finished(self, outcome: tuple[int, Any, Any]) -> None:
        job_id, result, exc = outcome
        handle = self.jobs.pop(job_id, None)
        if handle is None:
            return
        _resume_collection()
        handle.running = False
        if not handle.alive():  # the view that asked is gone (window closed)
            return
        if handle.cancelled:
            if handle.on_cancelled is not None:
                handle.on_cancelled()
            return
        if exc is not None:
            if handle.failed is not None:
                handle.failed(exc)
                return
            raise exc  # the window's exception hook reports it
        if handle.done is not None:
            handle.done(result)


_mailbox: _Mailbox | None = None


def _the_mailbox() -> _Mailbox:
    global _mailbox
    if _mailbox is None or not shiboken6.isValid(_mailbox):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("operations need a QApplication")
        _mailbox = _Mailbox(app)  # owned by the application: outlives every window
    return _mailbox


# ---------------------------------------------------------------- the garbage collector
# Python collects cyclic garbage on whichever thread crosses its allocation threshold. A
# worker (an Excel export allocates a lot) then frees the UI thread's garbage too: a
# dialog dropped with a closure that refers to it is deleted off the UI thread, and the
# process crashes (the click-through test's export after an edit dialog did, every time).
# So automatic collection pauses from the start of a piece of work until its worker
# thread has ended (not only handed its result over: the thread still allocates while
# it winds down), and resumes on the UI thread.
_paused = 0
_was_enabled = True
_workers: list[threading.Thread] = []


def _pause_collection() -> None:
    global _paused, _was_enabled
    if _paused == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _paused += 1


def _resume_collection() -> None:
    global _paused
    _paused = max(_paused - 1, 0)
    _enable_when_idle()


def _enable_when_idle() -> None:
    if _paused or not _was_enabled:
        return
    _workers[:] = [t for t in _workers if t.is_alive()]
    if _workers:
        QTimer.singleShot(20, _enable_when_idle)
        return
    gc.enable()


# ---------------------------------------------------------------- one piece of work
_ids = itertools.count(1)


@dataclass(eq=False)
class Handle:
    """The UI thread's side of one piece of work. The worker never sees it."""

    id: int
    done: Callable[[Any], None] | None = None
    failed: Callable[[BaseException], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    owner: QObject | None = None                # callbacks are dropped once it is deleted
    running: bool = True
    _stop: threading.Event = field(default_factory=threading.Event)
    _conn: list = field(default_factory=list)   # the worker's sqlite3 connection, to interrupt

    def alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Stop: progress() answers False from now on, running SQL is interrupted, and
        the result (if any still comes) is dropped."""
        self._stop.set()
        for conn in list(self._conn):
            try:
                conn.interrupt()
            except sqlite3.Error:
                pass


def open_worker_db(path: Path | str, *, write: bool):
    """The worker's own connection, with the program's pragmas; reads cannot write (and
    work on a write-protected drive too)."""
    if not write:
        db = connect_read_only(path)
        db.execute("PRAGMA query_only = ON")
        return db
    return connect(path)


def _worker(job_id: int, work: Work, path: str | None, write: bool, stop: threading.Event,
            conns: list, post_progress, post_result) -> None:
    """Runs on the worker thread: only plain Python objects and the two bound emits."""
    def progress(done: int = 0, total: int = 0, text: str = "", *_args) -> bool:
        if stop.is_set():
            return False
        try:
            # core reports its phases as Message codes; rendered here in the window's language
            post_progress(job_id, int(done), int(total), i18n.message(text) if text else "")
        except RuntimeError:  # the application is gone
            return False
        return True

    db = None
    try:
        if path is not None:
            db = open_worker_db(path, write=write)
            conns.append(db.conn)
        result, exc = work(db, progress), None
    except BaseException as e:  # noqa: BLE001 - handed to the UI thread
        result, exc = None, e
    finally:
        conns.clear()
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass
    try:
        post_result((job_id, result, exc))
    except RuntimeError:  # the application is gone
        pass


def run(path: Path | str | None, work: Work, *, done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], None] | None = None, owner: QObject | None = None,
        write: bool = False, name: str = "work") -> Handle:
    """Run ``work(db, progress)`` on the runner with its own connection to ``path``
    (``path=None``: ``db`` is None, for work on files only). ``done(result)``,
    ``failed(exception)`` and ``progress(done, total, text)`` run on the UI thread;
    without ``failed`` an exception goes to the window's exception hook. Once ``owner``
    is deleted, the callbacks are dropped."""
    box = _the_mailbox()
    handle = Handle(next(_ids), done=done, failed=failed, on_progress=progress, on_cancelled=cancelled,
                    owner=owner)
    box.jobs[handle.id] = handle
    _pause_collection()
    target_path = str(path) if path is not None else None
    stop, conns = handle._stop, handle._conn
    post_progress, post_result = box.progressed.emit, box.finished.emit
    job_id = handle.id
    _runner.start(lambda: _worker(job_id, work, target_path, write, stop, conns, post_progress, post_result),
                  name)
    return handle


def running() -> list[Handle]:
    return list(_mailbox.jobs.values()) if _mailbox is not None and shiboken6.isValid(_mailbox) else []


# ---------------------------------------------------------------- with a progress dialog
class Operations(QObject):
    """The window's operations: a modal progress dialog with Cancel, messages for
    errors, and ``on_changes(changes)`` after a write."""

    def __init__(self, parent: QWidget, path_of: Callable[[], Path | None],
                 on_changes: Callable[[Changes], None], show_error: Callable[[str, BaseException], None]):
        super().__init__(parent)
        self._parent = parent
        self._path_of = path_of
        self._on_changes = on_changes
        self._show_error = show_error
        self.handles: list[Handle] = []

    def read(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None, *,
             use_db: bool = True) -> Handle:
        return self._start(title, work, on_done, write=False, changes=None, use_db=use_db)

    def write(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None, *,
              changes: Changes | Callable[[Any], Changes] = EVERYTHING, use_db: bool = True) -> Handle:
        """``use_db=False``: the work handles files only (a restore replaces the database
        file: no connection may be open on it), ``db`` is None."""
        return self._start(title, work, on_done, write=True, changes=changes, use_db=use_db)

    def _start(self, title: str, work: Work, on_done, *, write: bool, changes, use_db: bool) -> Handle:
        dialog = QProgressDialog(title, tr("Operations", "Cancel"), 0, 0, self._parent)
        dialog.setObjectName("operation_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        handle: Handle | None = None

        def close_dialog() -> None:
            if shiboken6.isValid(dialog):
                dialog.canceled.disconnect()  # QProgressDialog emits canceled when it closes
                dialog.close()
                # Deleted now, not with deleteLater: a deferred delete left pending until
                # some later event loop ran after the window was gone crashed in ~QDialog.
                shiboken6.delete(dialog)
            if handle in self.handles:
                self.handles.remove(handle)

        def progressed(done: int, total: int, text: str) -> None:
            if shiboken6.isValid(dialog):
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total > 0 else 0)
                if text:
                    dialog.setLabelText(text)

        def finished(result: Any) -> None:
            close_dialog()
            if write:
                made = changes(result) if callable(changes) else changes
                if made:
                    self._on_changes(made)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            close_dialog()
            if isinstance(exc, Cancelled):
                return
            # A write that meets a full disk, a read-only file or another program's lock is
            # the user's to solve; in a read it is a defect (reported with its log).
            if isinstance(exc, UserError) or (write and isinstance(exc, sqlite3.OperationalError)):
                from desktop_app.core.storage.db import explain
                from desktop_app.ui import i18n
                shown = exc if isinstance(exc, UserError) else explain(exc, self._path_of())
                QMessageBox.warning(self._parent, title, i18n.message(shown))
                return
            self._show_error(title, exc)

        handle = run(self._path_of() if use_db else None, work, done=finished, failed=failed, progress=progressed,
                     cancelled=close_dialog, owner=self, write=write, name=title)
        if handle.running:
            self.handles.append(handle)
            dialog.canceled.connect(handle.cancel)
            dialog.show()
        return handle

    def cancel_all(self) -> None:
        for handle in list(self.handles):
            handle.cancel()
