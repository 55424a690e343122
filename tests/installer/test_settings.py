"""Settings dialog, the settings feature module (against a fake window) and the about box."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QMessageBox  # noqa: E402

from desktop_app.core.records.bodies import own_body  # noqa: E402
from desktop_app.core.storage import config  # noqa: E402
from desktop_app.core.storage.db import open_db  # noqa: E402
from desktop_app.core.storage.paths import resources_dir  # noqa: E402
from desktop_app.ui import about, settings_dialog  # noqa: E402
from desktop_app.ui.features import settings as feature  # noqa: E402


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


class FakeWindow(QMainWindow):
    """What the main window offers features (see COMMON.md's UI contract)."""

    def __init__(self, path: Path):
        super().__init__()
        self.db_path = path
        self.db = open_db(path)
        self.actions: dict[str, list[QAction]] = {}
        self.refreshed = 0
        self.log: list[str] = []

    def add_feature_actions(self, menu_key, *actions, toolbar=False):
        self.actions.setdefault(menu_key, []).extend(actions)

    def close_database(self):
        self.log.append("close")
        self.db.close()
        self.db = None

    def open_database(self, path):
        self.log.append(f"open {Path(path).name}")
        self.db_path = Path(path)
        self.db = open_db(path)

    def refresh_all(self):
        self.refreshed += 1


def test_dialog_changes_body_and_language_persist(qtbot, typer, demo_db_path):
    config.save(config.Config(db_path=str(demo_db_path), first_run_done=True))
    dlg = settings_dialog.SettingsDialog(demo_db_path)
    qtbot.addWidget(dlg)
    form = dlg.body
    assert form.name.text() == "Công đoàn phường Từ Liêm"   # from the demo
    form.name.clear()
    typer(form.name, "Công đoàn phường Xuân Phương")
    form.kind.setCurrentIndex(form.kind.findData("ward"))
    form.place_name.clear()
    typer(form.place_name, "Xuân Phương")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    db = open_db(demo_db_path)
    body = own_body(db)
    assert (body["name"], body["kind"], body["place_name"]) == ("Công đoàn phường Xuân Phương", "ward", "Xuân Phương")
    assert body["parent_name"] == "Liên đoàn Lao động thành phố Hà Nội"
    assert db.execute("SELECT count(*) FROM audit_log WHERE action = 'settings'").fetchone()[0] == 1
    db.close()
    assert config.load().language == "en"


def test_dialog_refuses_an_empty_name(qtbot, db_path):
    dlg = settings_dialog.SettingsDialog(db_path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.accept()
    assert dlg.isVisible() and dlg.body_error.isVisible()
    dlg.reject()


def test_feature_install_and_move_through_the_window(qtbot, typer, demo_db_path, tmp_path, monkeypatch):
    window = FakeWindow(demo_db_path)
    config.save(config.Config(db_path=str(demo_db_path), first_run_done=True))
    feature.install(window)
    assert [a.objectName() for a in window.actions["settings"]] == ["action_settings"]
    assert [a.objectName() for a in window.actions["help"]] == ["action_licences"]

    opened = []

    def fake_exec(dlg):
        opened.append(dlg)
        dlg.folder.clear()
        typer(dlg.folder, str(tmp_path / "Ổ đĩa D" / "SoCongDoan"))
        assert dlg.move_data() == tmp_path / "Ổ đĩa D" / "SoCongDoan" / demo_db_path.name
        dlg.accept()
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fake_exec)
    window.actions["settings"][0].trigger()
    assert opened and window.log == ["close", f"open {demo_db_path.name}"]
    new = tmp_path / "Ổ đĩa D" / "SoCongDoan" / demo_db_path.name
    assert window.db_path == new and Path(config.load().db_path) == new
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    assert window.refreshed == 1
    window.db.close()


def test_move_to_usb_is_refused_and_database_stays_open(qtbot, db_path, quiet_boxes):
    window = FakeWindow(db_path)
    dlg = settings_dialog.SettingsDialog(db_path, window=window)
    qtbot.addWidget(dlg)
    dlg.folder.setText("/media/canbo/USB/SoCongDoan")
    assert dlg.move_data() is None
    assert window.log == [] and window.db is not None
    assert quiet_boxes and "USB" in quiet_boxes[-1][1]
    window.db.close()


def test_about_lists_version_data_folder_and_licences(qtbot):
    from desktop_app import __version__
    dlg = about.AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.browser.toPlainText()
    assert __version__ in text
    for needle in ("SIL Open Font License", "Bitstream Vera", "LGPL", "ReportLab", "openpyxl", "MIT",
                   str(config.config_path())):
        assert needle in text
    for _name, _purpose, _licence, file in about.COMPONENTS:
        if file:
            assert (resources_dir() / file).is_file()


def test_about_covers_every_runtime_dependency():
    """A new dependency must get its licence listed in the about box."""
    todo, seen = ["socongdoan"], set()
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        for req in dist.requires or []:
            if "extra ==" not in req:
                todo.append(re.split(r"[ ;<>=!\[~(]", req)[0])
    missing = seen - about.DISTRIBUTIONS
    assert not missing, f"add to about.COMPONENTS and DISTRIBUTIONS: {sorted(missing)}"


def _settle(qtbot, window) -> None:
    """Let the real window's background overview computation finish before the test
    tears the window down (its worker thread signals the widget when done)."""
    overview = getattr(window, "overview", None)
    if overview is not None and getattr(overview, "_loaded", False) and hasattr(overview, "ready"):
        qtbot.waitUntil(lambda: overview.ready, timeout=20000)


def test_real_main_window_gets_the_actions(qtbot, demo_db):
    """With the real main window (when it is there), the feature adds its two actions."""
    from desktop_app.ui.main_window import MainWindow
    window = MainWindow(demo_db, Path(demo_db.conn.execute("PRAGMA database_list").fetchone()[2]))
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"action_settings", "action_licences"} <= names
    _settle(qtbot, window)


def test_move_data_with_the_real_main_window(qtbot, demo_db_path, tmp_path):
    """Moving the data closes and reopens the real window's database (when it is there)."""
    from desktop_app.ui.main_window import MainWindow
    config.save(config.Config(db_path=str(demo_db_path), first_run_done=True))
    window = MainWindow(open_db(demo_db_path), demo_db_path)
    qtbot.addWidget(window)
    dlg = settings_dialog.SettingsDialog(window.db_path, window=window)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "D" / "SoCongDoan"))
    new = dlg.move_data()
    assert new == tmp_path / "D" / "SoCongDoan" / demo_db_path.name
    assert window.db_path == new and Path(config.load().db_path) == new.resolve()
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    dlg.accept()
    _settle(qtbot, window)
    window.close_database()
