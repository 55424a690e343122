"""The merge dialog standalone (offscreen) and its install() on a small fake window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.storage.db import open_db
from desktop_app.core.text import fold
from desktop_app.ui import merge_dialog
from desktop_app.ui.features import merge as merge_feature
from desktop_app.ui.merge_dialog import MergeDialog


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a))
    return shown


class FakeWindow(QObject):
    """What install() and the dialog use of the main window."""

    def __init__(self, db):
        super().__init__()
        self.db = db
        self.actions: dict[str, list[QAction]] = {}
        self.refreshed = 0
        self.background: list[str] = []

    def add_feature_actions(self, menu_key, *actions, toolbar=False):
        self.actions.setdefault(menu_key, []).extend(actions)

    def refresh_all(self):
        self.refreshed += 1

    def run_write(self, title, fn, on_done, *, changes=None):
        self.background.append(title)
        ticks = []
        on_done(fn(self.db, lambda done, total, text="": ticks.append((done, total)) or True))
        assert all(isinstance(d, int) and isinstance(t, int) and 0 <= d <= t for d, t in ticks)


def test_dialog_dry_run_conflicts_and_merge(qtbot, files, tmp_path, scenario):
    db = open_db(files["a"])
    try:
        merged = []
        dialog = MergeDialog(db, runner=None, on_merged=merged.append)
        qtbot.addWidget(dialog)
        assert not dialog.check_button.isEnabled() and not dialog.merge_button.isEnabled()
        dialog.add_paths([files["c"], files["c"]])
        assert dialog.files.count() == 1
        dialog.check_button.click()
        assert dialog.report is not None and dialog.report.dry_run
        assert dialog.summary.rowCount() == 6  # every kind of record c has
        rows = {dialog.summary.item(r, 1).text(): dialog.summary.item(r, 2).text()
                for r in range(dialog.summary.rowCount())}
        assert rows["Members"] == "20"
        assert dialog.conflicts.rowCount() == len(dialog.report.conflicts) >= 2
        assert dialog.merge_button.isEnabled()
        dialog.show()
        dialog.grab().save(str(tmp_path / "merge_dialog.png"))
        newest = dialog.choices()
        assert newest == {c.key: c.choice for c in dialog.report.conflicts}
        dialog.all_theirs_button.click()
        assert set(dialog.choices().values()) == {"theirs"}
        dialog.all_newest_button.click()
        assert dialog.choices() == newest
        # the user keeps this file's value for every conflict
        dialog.all_ours_button.click()
        assert set(dialog.choices().values()) == {"ours"}
        assert dialog.conflicts.item(0, 5).text() == "c.sqlite3"
        keys = list(dialog.choices())
        dialog.merge_button.click()
        assert merged and merged[0].committed
        assert all(c.choice == "ours" for c in merged[0].conflicts if c.key in keys)
        # c typed this member's name without diacritics, later: the user kept ours
        name = db.execute("SELECT full_name FROM members WHERE uid = ?", [scenario.info["c_dup_cccd"]]).fetchone()[0]
        assert name != fold(name)
    finally:
        db.close()


def test_dialog_reports_a_refused_file(qtbot, files, tmp_path, _no_message_boxes):
    db = open_db(files["a"])
    try:
        bad = tmp_path / "x.sqlite3"
        bad.write_text("not a database " * 20)
        dialog = MergeDialog(db)
        qtbot.addWidget(dialog)
        dialog.add_paths([bad])
        dialog.check_button.click()
        assert dialog.report is None and not dialog.merge_button.isEnabled()
        assert "not SQLite" in str(_no_message_boxes[-1])
    finally:
        db.close()


def test_many_conflicts_and_a_failing_merge(qtbot, files, monkeypatch, _no_message_boxes):
    db = open_db(files["a"])
    try:
        monkeypatch.setattr(merge_dialog, "MAX_CONFLICT_ROWS", 1)
        dialog = MergeDialog(db)
        qtbot.addWidget(dialog)
        dialog.add_paths([files["c"]])
        dialog.dry_run()
        assert dialog.conflicts.rowCount() == 1 < len(dialog.report.conflicts)
        assert "Only the first 1 conflicts" in dialog.notes.text()
        dialog.all_ours_button.click()
        assert dialog.choices() == {c.key: "ours" for c in dialog.report.conflicts}
        from desktop_app.core.merge import engine as core_merge

        def boom(self):
            raise RuntimeError("disk full")
        monkeypatch.setattr(core_merge._Run, "courses", boom)
        dialog.merge()
        assert "disk full" in str(_no_message_boxes[-1]) and dialog.result_report is None
    finally:
        db.close()


def test_install_adds_file_menu_action(qtbot, files, monkeypatch):
    db = open_db(files["a"])
    try:
        window = FakeWindow(db)
        merge_feature.install(window)
        (action,) = window.actions["file"]
        assert action.text() == "Merge another file…"

        def fake_exec(dialog):
            assert dialog.runner == window.run_write
            dialog.add_paths([files["c"]])
            dialog.dry_run()
            assert "1 unions use codes that other unions here already have" in dialog.notes.text()
            dialog.merge()
            return 1
        monkeypatch.setattr(merge_dialog.MergeDialog, "exec", fake_exec)
        action.trigger()
        assert window.background == ["Checking the files to merge", "Merging"]
        assert window.refreshed == 1
        assert db.execute("SELECT count(*) FROM merges").fetchone()[0] == 1
    finally:
        db.close()
