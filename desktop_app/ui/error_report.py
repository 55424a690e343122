"""Nothing fails silently: an unexpected error is written to a log file in the data
folder and told to the user in Vietnamese (what they were doing, that their saved data
is safe, where the log is), instead of a traceback on a stderr nobody sees.

``install(app)`` (called by ``ui/app.py`` at start-up, not by the window itself, so
that pytest-qt's own hook still fails a test on any exception in a slot) sets
``sys.excepthook``, ``threading.excepthook`` and a Qt message handler (qCritical and
qFatal go to the log). ``report(exc, doing)`` is the same path for errors the program
catches itself: a feature that did not install, work that failed off the UI thread.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QTimer,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox, QWidget

from desktop_app.core.storage.paths import data_dir
from desktop_app.ui.i18n import tr

LOG_FILE = "socongdoan.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

log = logging.getLogger("desktop_app")




def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging() -> Path:
    """The program's log: ``logs/socongdoan.log`` in the data folder, 1 MB, five old
    files kept. Idempotent (one handler however often it is called)."""
    path = log_path()
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            log.removeHandler(handler)  # another data folder (settings moved it, tests)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Show the log folder in the file manager; where none opens (a locked-down PC),
    say where the folder is instead of doing nothing."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))):
        return True
    if parent is not None:
        QMessageBox.information(parent, tr("ErrorReport", "Log folder"), tr(
            "ErrorReport", "The log folder could not be opened here. The log files are in:\n%1")
            .replace("%1", str(log_dir())))
    return False


def message_text(doing: str | None) -> str:
    first = tr("ErrorReport", "Something went wrong while you used “%1”.").replace("%1", doing) if doing \
        else tr("ErrorReport", "Something went wrong.")
    return "\n\n".join([
        first,
        tr("ErrorReport", "Your saved data is safe: every change is saved whole or not at all, so nothing was lost."),
        tr("ErrorReport", "The details were written to the log file %1 (menu Help → Open log folder).")
        .replace("%1", str(log_path())),
    ])


def show_dialog(parent: QWidget | None, text: str, details: str) -> None:
    """The message box; replaced in tests that answer it."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("ErrorReport", "Sổ Công đoàn — error"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_report")
    box.setDetailedText(details)
    folder = box.addButton(tr("ErrorReport", "Open log folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is folder:
        open_log_folder(parent)


_showing = False


def report(exc: BaseException, doing: str | None = None, parent: QWidget | None = None, *,
           later: bool = False) -> None:
    """Write ``exc`` with its traceback to the log and tell the user (once at a time: an
    error inside the message box is only logged). ``later``: the message waits for the
    event loop (a window still being built)."""
    setup_logging()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error%s\n%s", f" while using {doing!r}" if doing else "", details.rstrip())
    if QApplication.instance() is None:
        return
    if later:
        QTimer.singleShot(0, parent or QApplication.instance(), lambda: _tell(parent, doing, details))
    else:
        _tell(parent, doing, details)


def _tell(parent: QWidget | None, doing: str | None, details: str) -> None:
    global _showing
    if _showing:
        return
    if parent is None:
        parent = QApplication.activeWindow()
    _showing = True
    try:
        show_dialog(parent, message_text(doing), details)
    finally:
        _showing = False


class _Reporter(QObject):
    """Remembers what the user last used (a button, a menu item) and carries errors of
    other threads to the UI thread."""

    from_thread = Signal(object)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.doing: str | None = None
        self.from_thread.connect(lambda exc: report(exc, self.doing))
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # Seen before the widget acts on it, so an error in the slot knows its control.
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyRelease):
            if isinstance(watched, QAbstractButton):
                self._did(watched.text() or watched.toolTip())
            elif isinstance(watched, QMenu) and watched.activeAction() is not None:
                self._did(watched.activeAction().text())
        elif kind == QEvent.Type.Shortcut and isinstance(watched, QAction):
            self._did(watched.text())
        return False

    def _did(self, text: str) -> None:
        text = text.replace("&", "").strip()
        if text:
            self.doing = text


_reporter: _Reporter | None = None
_previous: tuple | None = None


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report(exc, _reporter.doing if _reporter else None)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    setup_logging()
    log.error("unexpected error in thread %s", args.thread.name if args.thread else "?",
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    if _reporter is not None:
        try:
            _reporter.from_thread.emit(args.exc_value)  # queued: shown on the UI thread
        except RuntimeError:
            pass


def _qt_messages(mode, context, message: str) -> None:
    if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        log.error("Qt: %s (%s:%s)", message, context.file, context.line)
        if mode == QtMsgType.QtFatalMsg:
            for handler in log.handlers:
                handler.flush()
    elif mode == QtMsgType.QtWarningMsg:
        log.warning("Qt: %s", message)


def install(app: QApplication) -> Path:
    """Send every unexpected error of this process to the log and the user."""
    global _reporter, _previous
    path = setup_logging()
    if _reporter is None:
        _previous = (sys.excepthook, threading.excepthook)
        _reporter = _Reporter(app)
        sys.excepthook = _excepthook
        threading.excepthook = _thread_hook
        qInstallMessageHandler(_qt_messages)
    return path


def uninstall() -> None:
    global _reporter, _previous
    if _reporter is None:
        return
    sys.excepthook, threading.excepthook = _previous
    qInstallMessageHandler(None)
    _reporter.deleteLater()
    _reporter, _previous = None, None
