"""The main window: overview plus one tab per kind of record, menus, toolbar, and the
small API that feature modules (``ui/features/*.py``) use to plug themselves in."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QToolBar,
)

from desktop_app.core.errors import UserError
from desktop_app.core.records import officers, training, welfare
from desktop_app.core.storage import config as core_config
from desktop_app.core.storage.db import explain, open_db
from desktop_app.ui import details, dialogs, member_records, tabs
from desktop_app.ui.list_tab import ListTab
from desktop_app.ui.messages import localise
from desktop_app.ui.overview import OverviewTab
from desktop_app.ui.undo import Change, UndoStack, restore, snapshot

TAB_KEYS = ("overview", "unions", "members", "events", "courses")
MENU_KEYS = ("file", "records", "import_export", "reports", "backup", "settings", "help")


def window_settings() -> QSettings:
    """Window geometry, column widths and sort: an ini file beside the JSON config."""
    return QSettings(str(core_config.config_path().parent / "window.ini"), QSettings.Format.IniFormat)


class Cancelled(UserError):
    """The user pressed Cancel in a progress dialog."""


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, exception

    def __init__(self, fn: Callable[[Callable[..., bool]], Any]):
        super().__init__()
        self.fn = fn
        self.cancelled = False

    def progress(self, done: int, total: int, text: str = "") -> bool:
        if self.cancelled:
            return False
        self.progressed.emit(int(done), int(total), str(text))
        return True

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # reported on the UI thread
            self.finished.emit(None, exc)
            return
        self.finished.emit(result, None)


class _Relay(QObject):
    """Lives on the UI thread so that the worker's signals are delivered there."""

    def __init__(self, on_progress, on_finished, parent: QObject):
        super().__init__(parent)
        self._on_progress = on_progress
        self._on_finished = on_finished

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        self._on_progress(done, total, text)

    @Slot(object, object)
    def finished(self, result: Any, exc: Any) -> None:
        self._on_finished(result, exc)


class MainWindow(QMainWindow):
    databaseChanged = Signal()

    def __init__(self, db, db_path: Path | str | None, parent=None):
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db_path) if db_path else None
        self.setObjectName("main_window")
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        self._threads: list[tuple[QThread, _Worker]] = []
        self.undo_stack = UndoStack()
        self.menus: dict[str, Any] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self._build_tabs()
        self._build_menus()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._update_title()
        self._restore_state()
        self._install_features()
        self._tab_changed(self.tabs.currentIndex())

    # ---- construction -----------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.overview = OverviewTab(self.db, self)
        self.list_tabs: dict[str, ListTab] = {}
        builders = {"unions": details.union_html, "members": details.member_html,
                    "events": details.event_html, "courses": details.course_html}
        titles = {"overview": self.tr("Overview"), "unions": self.tr("Grassroots unions"),
                  "members": self.tr("Members"), "events": self.tr("Events"), "courses": self.tr("Training")}
        self.tabs.addTab(self.overview, titles["overview"])
        for key in TAB_KEYS[1:]:
            builder = builders[key]
            tab = tabs.make_list_tab(self.db, key, lambda i, b=builder: b(self.db, i), self)
            self.list_tabs[key] = tab
            self.tabs.addTab(tab, titles[key])
            tab.activated.connect(lambda record_id, k=key: self.edit_record(k, record_id))
        self.member_union_filter = self.list_tabs["members"].filter_combos["union"]
        for key, tab in self.list_tabs.items():
            tab.add_button(self.tr("New…"), lambda k=key: self.new_record(k), f"{key}_new")
            tab.add_button(self.tr("Edit…"), lambda k=key: self.edit_record(k), f"{key}_edit")
            tab.add_button(self.tr("Delete"), lambda k=key: self.delete_record(k), f"{key}_delete")
        members = self.list_tabs["members"]
        # Membership changes add history rows; one button with a menu keeps the bar narrow.
        change = members.add_button(self.tr("Membership change"), lambda: None, "members_change")
        menu = QMenu(change)
        for kind, text in (("transfer", self.tr("Transfer…")), ("transfer_out", self.tr("Transferred out…")),
                           ("leave", self.tr("Left the union…")), ("death", self.tr("Deceased…"))):
            action = menu.addAction(text)
            action.setObjectName(f"members_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.member_action(k))
        change.setMenu(menu)
        members.add_button(self.tr("Enrol in a course…"), self.enrol_member, "members_enrol")
        members.add_button(self.tr("Union role…"), lambda: self.member_extra("officer"), "members_officer")
        members.add_button(self.tr("Support…"), lambda: self.member_extra("support"), "members_support")
        members.add_button(self.tr("Roles, courses, support…"), self.member_records, "members_records")
        self.list_tabs["unions"].add_button(self.tr("Show members"), self.show_union_members, "unions_show_members")
        self.list_tabs["unions"].add_button(self.tr("Yearly facts…"), self.union_year, "unions_year")
        for tab in self.list_tabs.values():
            tab.finish_buttons()

    def _fill_union_filter(self) -> None:
        if self.member_union_filter.filled:
            tabs.fill_union_filter(self.db, self.member_union_filter)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {"file": self.tr("&File"), "records": self.tr("&Records"),
                  "import_export": self.tr("&Import/Export"), "reports": self.tr("Re&ports"),
                  "backup": self.tr("&Backup"), "settings": self.tr("&Settings"), "help": self.tr("&Help")}
        for key in MENU_KEYS:
            menu = bar.addMenu(titles[key])
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
        f = self.menus["file"]
        self.action_open = QAction(self.tr("&Open database…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.choose_database)
        f.addAction(self.action_open)
        self.recent_menu = f.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self._file_tail = f.addSeparator()
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.action_quit.triggered.connect(self.close)
        f.addAction(self.action_quit)

        r = self.menus["records"]
        self.action_new = QAction(self.tr("&New record…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(lambda: self.new_record(self.current_tab_key()))
        self.action_edit = QAction(self.tr("&Edit record…"), self)
        self.action_edit.triggered.connect(lambda: self.edit_record(self.current_tab_key()))
        self.action_delete = QAction(self.tr("&Delete record"), self)
        self.action_delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.action_delete.triggered.connect(lambda: self.delete_record(self.current_tab_key()))
        self.action_find = QAction(self.tr("&Find"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.focus_search)
        self.action_refresh = QAction(self.tr("Re&fresh"), self)
        self.action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.action_refresh.triggered.connect(self.refresh_all)
        self.action_undo = QAction(self.tr("&Undo"), self)
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.triggered.connect(self.undo_last)
        self.action_undo.setEnabled(False)
        r.addAction(self.action_undo)
        r.addSeparator()
        for a in (self.action_new, self.action_edit, self.action_delete, self.action_find, self.action_refresh):
            r.addAction(a)
        self.toolbar.addAction(self.action_open)
        self.toolbar.addSeparator()
        for a in (self.action_new, self.action_edit, self.action_delete, self.action_find):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()

    def _install_features(self) -> None:
        from desktop_app.ui import features

        for info in sorted(pkgutil.iter_modules(features.__path__), key=lambda m: m.name):
            name = f"{features.__name__}.{info.name}"
            try:
                module = importlib.import_module(name)
                install = getattr(module, "install", None)
                if install is not None:
                    install(self)
            except Exception:
                print(f"feature {name} failed to install:", file=sys.stderr)
                traceback.print_exc()
        self._hide_empty_menus()

    def _hide_empty_menus(self) -> None:
        """A menu no feature has filled yet (reports before that feature exists) is hidden."""
        for menu in self.menus.values():
            menu.menuAction().setVisible(any(not a.isSeparator() for a in menu.actions()))

    # ---- the contract for feature modules ---------------------------------------------
    def add_feature_actions(self, menu_key: str, *actions: QAction, toolbar: bool = False) -> None:
        if menu_key not in self.menus:
            raise ValueError(f"unknown menu {menu_key!r}; one of {', '.join(MENU_KEYS)}")
        menu = self.menus[menu_key]
        for action in actions:
            if action.parent() is None:
                action.setParent(self)
            if menu_key == "file":
                menu.insertAction(self._file_tail, action)
            else:
                menu.addAction(action)
            if toolbar:
                self.toolbar.addAction(action)
        self.menus[menu_key].menuAction().setVisible(True)

    def refresh_all(self) -> None:
        """Reload every tab after data changed outside the window's own dialogs (an import,
        a merge...): the undo list is dropped, its copies may no longer be the truth."""
        self.undo_stack.clear()
        self._update_undo()
        self._reload_views()

    def _reload_views(self) -> None:
        self._fill_union_filter()
        if self.overview._loaded or self.current_tab_key() == "overview":
            self.overview.refresh()
        for key, tab in self.list_tabs.items():
            if tab._loaded or key == self.current_tab_key():
                tab.refresh()

    def current_tab_key(self) -> str:
        return TAB_KEYS[max(self.tabs.currentIndex(), 0)]

    def selected_id(self, key: str) -> int | None:
        tab = self.list_tabs.get(key)
        return tab.selected_id() if tab else None

    def current_query(self, key: str) -> tuple[str, list[Any]]:
        tab = self.list_tabs.get(key)
        if tab is None:
            return "1", []
        return tab.model.where()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def close_database(self) -> None:
        """Close the open file (before a restore or merge replaces it)."""
        for tab in self.list_tabs.values():
            tab.stop()
        if self.db is not None:
            try:
                self.db.close()
            except Exception:  # already closed
                pass
        self.db = None

    def open_database(self, path: Path | str) -> bool:
        """Open another database file; on failure the message is shown and the old file
        stays open. Returns whether it worked."""
        try:
            db = open_db(Path(path), read_only_fallback=True)
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot open the database"), localise(str(e)))
            return False
        self.close_database()
        self.db = db
        self.db_path = Path(path)
        for tab in self.list_tabs.values():
            tab.model.db = db
            tab.model._path = str(Path(path).resolve())
        self.overview.db = db
        self.member_union_filter.db = db
        self.member_union_filter.filled = False
        self.member_union_filter.blockSignals(True)
        self.member_union_filter.setCurrentIndex(0)  # a union of the other file
        self.member_union_filter.blockSignals(False)
        self.list_tabs["members"].model.set_filter("union", None, reload=False)
        cfg = core_config.remember_file(core_config.load(), path)
        cfg.db_path = str(Path(path).resolve())
        try:
            core_config.save(cfg)
        except OSError:
            pass
        self._update_title()
        self.refresh_all()
        self.databaseChanged.emit()
        return True

    def run_in_background(self, title: str, fn: Callable[[Callable[..., bool]], Any],
                          on_done: Callable[[Any], None] | None = None) -> None:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        worker = _Worker(fn)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))

        def progressed(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)

        def finished(result: Any, exc: BaseException | None) -> None:
            cancelled = worker.cancelled
            dialog.canceled.disconnect()  # QProgressDialog emits canceled when it closes
            dialog.close()
            # Deleted now, not with deleteLater: a deferred delete left pending until some
            # later event loop ran after the window was gone crashed in ~QDialog.
            shiboken6.delete(dialog)
            thread.quit()
            thread.wait()
            self._threads = [(t, w) for t, w in self._threads if t is not thread]
            worker._relay.deleteLater()
            if exc is not None:
                if cancelled or isinstance(exc, Cancelled):
                    return
                if isinstance(exc, UserError):
                    QMessageBox.warning(self, title, localise(str(exc)))
                elif isinstance(exc, sqlite3.OperationalError):   # disk full, read-only, locked
                    QMessageBox.warning(self, title, localise(explain(exc, self.db_path)))
                else:
                    traceback.print_exception(exc)
                    QMessageBox.critical(self, title, self.tr("Something went wrong: %1").replace("%1", str(exc)))
                return
            if cancelled:
                return
            if on_done is not None:
                on_done(result)

        relay = _Relay(progressed, finished, self)
        worker.progressed.connect(relay.progressed)
        worker.finished.connect(relay.finished)
        worker._relay = relay
        self._threads.append((thread, worker))
        thread.start()
        dialog.show()

    # ---- records ----------------------------------------------------------------------
    def focus_search(self) -> None:
        tab = self.list_tabs.get(self.current_tab_key())
        if tab is None:
            self.show_tab("members")
            tab = self.list_tabs["members"]
        tab.search.setFocus()
        tab.search.selectAll()

    def new_record(self, key: str) -> None:
        if key == "overview":
            key = "members"
            self.show_tab(key)
        record_id = dialogs.new_record(self, key, default_union=self._default_union())
        if record_id is not None:
            self._push(self.tr("adding a record"), lambda db: dialogs.delete_record(db, key, record_id), key, None)
            self.after_change(key, record_id)

    def _default_union(self) -> int | None:
        return self.member_union_filter.currentData() or self.selected_id("unions") or None

    def edit_record(self, key: str, record_id: int | None = None) -> None:
        record_id = record_id if record_id is not None else self.selected_id(key)
        if record_id is None:
            return
        saved = snapshot(self.db, key, record_id)
        if dialogs.edit_record(self, key, record_id):
            self._push(self.tr("editing a record"), lambda db: restore(db, key, record_id, saved), key, record_id)
            self.after_change(key, record_id)

    def delete_record(self, key: str) -> None:
        record_id = self.selected_id(key)
        if record_id is None:
            return
        tab = self.list_tabs[key]
        column = {"members": "full_name", "unions": "name", "events": "title", "courses": "title"}[key]
        name = tab.model.value(tab.view.currentIndex().row(), column)
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete “%1”? (Ctrl+Z undoes it.)").replace("%1", str(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        saved = snapshot(self.db, key, record_id)
        try:
            dialogs.delete_record(self.db, key, record_id)
            self._push(self.tr("deleting a record"), lambda db: restore(db, key, record_id, saved), key, record_id)
        except UserError as e:  # InUseError: it would orphan other records
            QMessageBox.warning(self, self.tr("Cannot delete"), localise(str(e)))
            return
        except sqlite3.OperationalError as e:  # a read-only file, another program writing
            QMessageBox.warning(self, self.tr("Cannot delete"), localise(explain(e, self.db_path)))
            return
        row = tab.view.currentIndex().row()
        self._reload_views()
        if tab.model.rowCount():
            tab.view.selectRow(min(row, tab.model.rowCount() - 1))

    def member_action(self, kind: str) -> None:
        record_id = self.selected_id("members")
        if record_id is None:
            return
        saved = snapshot(self.db, "members", record_id)
        if dialogs.member_history(self, record_id, kind):
            self._push(self.tr("a membership change"), lambda db: restore(db, "members", record_id, saved),
                       "members", record_id)
            self.after_change("members", record_id)

    def enrol_member(self) -> None:
        member_id = self.selected_id("members")
        if member_id is None:
            return
        enrolment_id = dialogs.enrol(self, member_id)
        if enrolment_id is None:
            return
        self._push(self.tr("an enrolment"), lambda db: training.unenrol(db, enrolment_id), "members", member_id)
        self.after_change("members", member_id)

    def member_extra(self, kind: str) -> None:
        """A union role or a support payment for the selected member (undo deletes it)."""
        member_id = self.selected_id("members")
        if member_id is None:
            return
        make, remove, what = {
            "officer": (dialogs.officer_dialog, officers.delete_officer, self.tr("a union role")),
            "support": (dialogs.support_dialog, welfare.delete_support, self.tr("a support payment")),
        }[kind]
        new_id = dialogs.run_dialog(make(self, self.db, member_id))
        if new_id is None:
            return
        self._push(what, lambda db: remove(db, new_id), "members", member_id)
        self.after_change("members", member_id)

    def member_records(self) -> None:
        """Edit or delete one of the selected member's union roles, enrolments or support
        payments; each change is registered for undo and shown in the details at once."""
        member_id = self.selected_id("members")
        if member_id is None:
            return

        def changed(description: str, undo) -> None:
            self._push(description, undo, "members", member_id)
            self.after_change("members", member_id)

        member_records.manage(self, self.db, member_id, changed)

    def union_year(self) -> None:
        union_id = self.selected_id("unions")
        if union_id is None:
            return
        saved = snapshot(self.db, "unions", union_id)
        year = dt.date.today().year
        if dialogs.run_dialog(dialogs.union_year_dialog(self, self.db, union_id, year)) is None:
            return
        self._push(self.tr("yearly facts"), lambda db: restore(db, "unions", union_id, saved), "unions", union_id)
        self.after_change("unions", union_id)

    def _push(self, description: str, undo, key: str, record_id: int | None) -> None:
        self.undo_stack.push(Change(description, undo, key, record_id))
        self._update_undo()

    def _update_undo(self) -> None:
        last = self.undo_stack.last()
        self.action_undo.setEnabled(last is not None)
        self.action_undo.setText(self.tr("&Undo %1").replace("%1", last.description) if last else self.tr("&Undo"))

    def undo_last(self) -> None:
        try:
            change = self.undo_stack.undo(self.db)
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot undo"), localise(str(e)))
            return
        self._update_undo()
        if change is None:
            return
        if change.record_id is not None:
            self.after_change(change.key, change.record_id)
        else:
            self._reload_views()

    def show_union_members(self) -> None:
        union_id = self.selected_id("unions")
        if union_id is None:
            return
        self.show_tab("members")
        self.member_union_filter.select_union(union_id)

    def after_change(self, key: str, record_id: int) -> None:
        """Reload after a change and show the changed record: when it is not among the
        rows loaded (a list of 600,000 sorted by name), search for it by name."""
        self._reload_views()
        tab = self.list_tabs.get(key)
        if tab is None:
            return
        self.show_tab(key)
        tab.ensure_loaded()
        if not tab.select_id(record_id):
            column = {"members": "full_name", "unions": "name", "events": "title", "courses": "title"}[key]
            name = self.db.execute(f"SELECT {column} FROM {key} WHERE id = ?", [record_id]).fetchone()
            tab.search.blockSignals(True)
            tab.search.setText(name[0] if name else "")
            tab.search.blockSignals(False)
            tab.apply_search()
            if not tab.select_id(record_id):
                for combo in tab.filter_combos.values():  # filtered out (another status, year...)
                    combo.setCurrentIndex(0)
                tab.select_id(record_id)
        tab.show_details(record_id)

    # ---- file menu --------------------------------------------------------------------
    def choose_database(self) -> None:
        start = str(self.db_path.parent) if self.db_path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), start,
                                              self.tr("Databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.open_database(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = core_config.load().recent_files
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for i, path in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1} {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_database(p))

    def _update_title(self) -> None:
        name = self.db_path.name if self.db_path else ""
        # A file on a write-protected drive opens read-only: say so before an edit fails.
        read_only = " " + self.tr("(read-only)") if getattr(self.db, "read_only", False) else ""
        self.setWindowTitle(self.tr("Sổ Công đoàn") + (f" — {name}" if name else "") + read_only)

    # ---- tabs and state ---------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        key = TAB_KEYS[max(index, 0)]
        if key == "overview":
            self.overview.ensure_loaded()
        else:
            self.list_tabs[key].ensure_loaded()

    def _restore_state(self) -> None:
        s = window_settings()
        # QSettings.value() of a missing key hands Python an invalid QVariant as None,
        # which trips PySide6's refcount bug: always ask contains() first.
        if s.contains("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        if s.contains("window/state"):
            self.restoreState(s.value("window/state"))
        for tab in self.list_tabs.values():
            tab.restore_state(s)
        if s.contains("window/tab"):
            try:
                self.tabs.setCurrentIndex(int(s.value("window/tab")))
            except (TypeError, ValueError):
                pass

    def save_state(self) -> None:
        s = window_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.list_tabs.values():
            tab.save_state(s)

    def closeEvent(self, event) -> None:
        self.save_state()
        for tab in self.list_tabs.values():
            tab.stop()
        for thread, worker in list(self._threads):
            worker.cancelled = True
            thread.quit()
            thread.wait(2000)
        super().closeEvent(event)


def app_instance() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv)
