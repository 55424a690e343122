"""``FeatureHost``: what a feature module may use of the main window. The main window
implements it; a feature's test can give a small fake of just these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop_app.core.work import Changes

MENU_KEYS = ("file", "records", "import_export", "reports", "backup", "settings", "help")


@runtime_checkable
class FeatureHost(Protocol):
    #: The window's own connection (UI thread only; work off the UI thread gets its own
    #: through run_read/run_write), None while the file is closed.
    db: Any
    db_path: Path | None

    # ---- menus and status bar
    def add_feature_actions(self, menu_key: str, *actions: QAction, toolbar: bool = False) -> None:
        """Add actions to one of ``MENU_KEYS`` (and to the toolbar)."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def installEventFilter(self, watcher: QObject) -> None: ...  # noqa: N802 - to see the window close

    def keep(self, window: QWidget) -> None:
        """Keep a non-modal window (a report preview) alive until it is closed."""

    # ---- work and refresh
    def run_read(self, title: str, work: Callable[..., Any], on_done: Callable[[Any], None] | None = None, *,
                 use_db: bool = True) -> Any: ...

    def run_write(self, title: str, work: Callable[..., Any], on_done: Callable[[Any], None] | None = None, *,
                  changes: Changes | Callable[[Any], Changes] = ..., use_db: bool = True) -> Any: ...

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the views that show these kinds of records."""

    def push_undo(self, description: str, undo: Callable[[Any], None], key: str = "",
                  record_id: int | None = None) -> None:
        """Register a change for Edit → Undo (``undo(db)`` reverts it)."""

    def refresh_all(self) -> None:
        """Everything may have changed (an import, a merge): reload, drop the undo list."""

    # ---- what the user is looking at
    def current_tab_key(self) -> str: ...

    def selected_id(self, key: str) -> int | None: ...

    def current_query(self, key: str) -> tuple[str, list[Any]]: ...

    # ---- the database file
    def close_database(self) -> None: ...

    def open_database(self, path: Path | str) -> bool: ...
