"""The main window: overview plus one tab per kind of record, menus, toolbar, and the
small API that feature modules (``ui/features/*.py``) use to plug themselves in."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
)

from desktop_app.core.errors import UserError
from desktop_app.core.listing import ListQuery
from desktop_app.core.records import officers, training, welfare
from desktop_app.core.storage import config as core_config
from desktop_app.core.storage import sqlite_driver as sqlite3  # SQLCipher: one library for every file
from desktop_app.core.storage.db import explain
from desktop_app.core.work import EVERYTHING, KINDS, Changes
from desktop_app.ui import details, dialogs, error_report, i18n, member_records, screen_fit, tabs
from desktop_app.ui.features.host import MENU_KEYS
from desktop_app.ui.list_tab import ListTab
from desktop_app.ui.operations import Operations, Work
from desktop_app.ui.overview import OverviewTab
from desktop_app.ui.undo import Change, UndoStack, restore, snapshot
from desktop_app.ui.unlock import open_db_asking

TAB_KEYS = ("overview", "unions", "members", "events", "courses")
# The kinds of records each view shows (its list and its details pane): a write that
# changed none of them leaves the view alone.
VIEW_KINDS = {
    "overview": frozenset(KINDS),
    "unions": frozenset({"unions", "members", "settings", "awards", "congresses", "dues"}),
    "members": frozenset({"members", "unions", "officers", "welfare", "courses", "awards"}),
    "events": frozenset({"events", "members", "unions"}),
    "courses": frozenset({"courses", "members"}),
}
# The record kind of each tab's dialogs.
RECORD_KINDS = {"unions": "unions", "members": "members", "events": "events", "courses": "courses"}


def window_settings() -> QSettings:
    """Window geometry, column widths and sort: an ini file beside the JSON config."""
    return QSettings(str(core_config.config_path().parent / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    databaseChanged = Signal()

    def __init__(self, db, db_path: Path | str | None, parent=None):
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db_path) if db_path else None
        self.setObjectName("main_window")
        # Never larger than the screen: on a 1366×768 laptop 1280×800 hid the status bar.
        screen_fit.fit(self, 1280, 800, minimum=(900, 600), centre=True)
        self.operations = Operations(self, lambda: self.db_path, self.apply_changes, self.show_unexpected_error)
        self._stale: set[str] = set()  # views to read again when they are next shown
        self.kept_windows: list = []   # non-modal windows of features (report previews)
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
            tab.activated.connect(partial(self._edit_activated, key))
        self.member_union_filter = self.list_tabs["members"].filter_combos["union"]
        for key, tab in self.list_tabs.items():
            # clicked sends ``checked``: in ``lambda k=key:`` it would land in k (tests/test_slots.py).
            tab.add_button(self.tr("New…"), lambda _checked=False, k=key: self.new_record(k), f"{key}_new")
            tab.add_button(self.tr("Edit…"), lambda _checked=False, k=key: self.edit_record(k), f"{key}_edit",
                           needs_selection=True)
            tab.add_button(self.tr("Delete"), lambda _checked=False, k=key: self.delete_record(k), f"{key}_delete",
                           needs_selection=True)
            tab.selectionChanged.connect(self._update_record_actions)
        members = self.list_tabs["members"]
        # Membership changes add history rows; one button with a menu keeps the bar narrow.
        change = members.add_button(self.tr("Membership change"), lambda: None, "members_change",
                                    needs_selection=True)
        menu = QMenu(change)
        for kind, text in (("transfer", self.tr("Transfer…")), ("transfer_out", self.tr("Transferred out…")),
                           ("leave", self.tr("Left the union…")), ("death", self.tr("Deceased…"))):
            action = menu.addAction(text)
            action.setObjectName(f"members_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.member_action(k))
        change.setMenu(menu)
        for text, slot, name in (
                (self.tr("Enrol in a course…"), self.enrol_member, "members_enrol"),
                (self.tr("Union role…"), lambda: self.member_extra("officer"), "members_officer"),
                (self.tr("Support…"), lambda: self.member_extra("support"), "members_support"),
                (self.tr("Roles, courses, support…"), self.member_records, "members_records")):
            members.add_button(text, slot, name, needs_selection=True)
        unions_tab = self.list_tabs["unions"]
        unions_tab.add_button(self.tr("Show members"), self.show_union_members, "unions_show_members",
                              needs_selection=True)
        unions_tab.add_button(self.tr("Yearly facts…"), self.union_year, "unions_year", needs_selection=True)
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

        self.feature_errors = features.install_all(self)
        for failure in self.feature_errors:
            self.report_feature_failure(failure)
        self._hide_empty_menus()

    def report_feature_failure(self, failure) -> None:
        """A feature that did not install: logged, and once the window is shown (without
        that feature's menu items) the user is told."""
        doing = self.tr("starting the program (part “%1”)").replace("%1", failure.name)
        error_report.report(failure.error, doing, self, later=True)

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

    def keep(self, window) -> None:
        self.kept_windows.append(window)
        window.finished.connect(lambda _result: self.kept_windows.remove(window)
                                if window in self.kept_windows else None)

    def refresh_all(self) -> None:
        """Reload every view after data changed outside the window's own dialogs (an
        import, a merge...): the undo list is dropped, its copies may no longer be the truth."""
        self.undo_stack.clear()
        self._update_undo()
        self.apply_changes(Changes.all())

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the views that show what ``changes`` names: the one on screen now,
        the others when they are next shown (the overview's figures take seconds at
        city scale; one edit of a member should not recompute them behind the user)."""
        if not changes:
            return
        if changes.touches({"unions"}):
            self._fill_union_filter()
        current = self.current_tab_key()
        for key, kinds in VIEW_KINDS.items():
            if not changes.touches(kinds):
                continue
            view = self.overview if key == "overview" else self.list_tabs[key]
            if key == current:
                self._refresh_view(key)
            elif view._loaded:  # a view never shown reads everything when first shown
                self._stale.add(key)

    def _refresh_view(self, key: str) -> None:
        self._stale.discard(key)
        if key == "overview":
            self.overview.refresh()
        else:
            self.list_tabs[key].refresh()

    def current_tab_key(self) -> str:
        return TAB_KEYS[max(self.tabs.currentIndex(), 0)]

    def selected_id(self, key: str) -> int | None:
        tab = self.list_tabs.get(key)
        return tab.selected_id() if tab else None

    def current_query(self, key: str) -> ListQuery | None:
        """What the list ``key`` shows now (search, filters, sort), or None for no such tab."""
        tab = self.list_tabs.get(key)
        return tab.model.query() if tab is not None else None

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def close_database(self) -> None:
        """Close the open file (before a restore or merge replaces it)."""
        for tab in self.list_tabs.values():
            tab.stop()
        self.overview.stop()
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
            db = open_db_asking(Path(path), self, read_only_fallback=True)
        except UserError as e:
            QMessageBox.warning(self, self.tr("Cannot open the database"), i18n.message(e))
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

    def run_read(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None, *,
                 use_db: bool = True):
        """Run ``work(db, progress)`` off the UI thread on a read-only connection of its
        own, with a cancellable progress dialog; ``on_done(result)`` on the UI thread."""
        return self.operations.read(title, work, on_done, use_db=use_db)

    def run_write(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None, *,
                  changes: Changes | Callable[[Any], Changes] = EVERYTHING, use_db: bool = True):
        """As ``run_read`` on a writable connection; then the views showing ``changes``
        (or ``changes(result)``) are refreshed. ``use_db=False``: work on files only."""
        return self.operations.write(title, work, on_done, changes=changes, use_db=use_db)

    def show_unexpected_error(self, doing: str, exc: BaseException) -> None:
        error_report.report(exc, doing, self)

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

    def _edit_activated(self, key: str, record_id: int) -> None:
        self.edit_record(key, record_id)

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
            QMessageBox.warning(self, self.tr("Cannot delete"), i18n.message(e))
            return
        except sqlite3.OperationalError as e:  # a read-only file, another program writing
            QMessageBox.warning(self, self.tr("Cannot delete"), i18n.message(explain(e, self.db_path)))
            return
        row = tab.view.currentIndex().row()
        self.apply_changes(Changes.of(RECORD_KINDS[key]))
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
        self.after_change("members", member_id, Changes.of("members", "courses"))

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
        self.after_change("members", member_id, Changes.of("members", "officers" if kind == "officer" else "welfare"))

    def member_records(self) -> None:
        """Edit or delete one of the selected member's union roles, enrolments or support
        payments; each change is registered for undo and shown in the details at once."""
        member_id = self.selected_id("members")
        if member_id is None:
            return

        def changed(description: str, undo) -> None:
            self._push(description, undo, "members", member_id)
            self.after_change("members", member_id, Changes.of("members", "officers", "courses", "welfare"))

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

    def push_undo(self, description: str, undo, key: str = "", record_id: int | None = None) -> None:
        """A change a feature made (a register's dialog): Ctrl+Z undoes it."""
        self._push(description, undo, key, record_id)

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
            QMessageBox.warning(self, self.tr("Cannot undo"), i18n.message(e))
            return
        self._update_undo()
        if change is None:
            return
        if change.record_id is not None:
            # an undo may restore related rows too (roles, enrolments, support)
            self.after_change(change.key, change.record_id, Changes.all())
        else:
            self.apply_changes(Changes.all())

    def show_union_members(self) -> None:
        union_id = self.selected_id("unions")
        if union_id is None:
            return
        self.show_tab("members")
        self.member_union_filter.select_union(union_id)

    def after_change(self, key: str, record_id: int, changes: Changes | None = None) -> None:
        """Refresh the views that show what changed (by default: records of ``key``) and
        show the changed record: when it is not among the rows loaded (a list of 600,000
        sorted by name), search for it by name."""
        self.apply_changes(changes or Changes.of(RECORD_KINDS[key]))
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
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))

    def _update_title(self) -> None:
        name = self.db_path.name if self.db_path else ""
        # A file on a write-protected drive opens read-only: say so before an edit fails.
        read_only = " " + self.tr("(read-only)") if getattr(self.db, "read_only", False) else ""
        self.setWindowTitle(self.tr("Sổ Công đoàn") + (f" — {name}" if name else "") + read_only)

    # ---- tabs and state ---------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        key = TAB_KEYS[max(index, 0)]
        if key in self._stale:
            self._refresh_view(key)
        elif key == "overview":
            self.overview.ensure_loaded()
        else:
            self.list_tabs[key].ensure_loaded()
        self._update_record_actions()

    def _update_record_actions(self, *_args) -> None:
        """Edit and Delete act on the selected row of the tab shown: disabled without one."""
        has_row = self.selected_id(self.current_tab_key()) is not None
        self.action_edit.setEnabled(has_row)
        self.action_delete.setEnabled(has_row)

    def _restore_state(self) -> None:
        s = window_settings()
        # QSettings.value() of a missing key hands Python an invalid QVariant as None,
        # which trips PySide6's refcount bug: always ask contains() first.
        if s.contains("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
            if not self.isMaximized() and not screen_fit.on_screen(self):   # saved on a larger screen
                screen_fit.fit(self, self.width(), self.height(), centre=True)
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
        self.overview.stop()
        self.operations.cancel_all()
        super().closeEvent(event)


def app_instance() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv)
