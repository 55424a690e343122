"""Settings → Bảo mật, through its buttons: the state shown, encrypting the open
database (closed and reopened around it), the recovery sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QMessageBox  # noqa: E402

from desktop_app.core.storage import keys  # noqa: E402
from desktop_app.core.storage.db import open_db  # noqa: E402
from desktop_app.ui import security_page, settings_dialog  # noqa: E402

PASSPHRASE = "Cất trong tủ sắt phòng Tổ chức"


class FakeWindow(QMainWindow):
    def __init__(self, path: Path):
        super().__init__()
        self.db_path = path
        self.db = open_db(path)
        self.log: list[str] = []

    def close_database(self):
        self.log.append("close")
        self.db.close()
        self.db = None

    def open_database(self, path):
        self.log.append("open")
        self.db = open_db(path)

    def refresh_all(self):
        pass


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2])))
    return shown


def test_encrypt_from_the_settings_dialog(qtbot, demo_db_path, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(security_page.SecurityPage, "_ask_passphrase", lambda self: PASSPHRASE)
    monkeypatch.setattr(security_page.SecurityPage, "_ask_sheet_file", lambda self: str(tmp_path / "phieu.pdf"))
    window = FakeWindow(demo_db_path)
    dlg = settings_dialog.SettingsDialog(demo_db_path, window=window)
    qtbot.addWidget(dlg)
    page = dlg.security
    assert dlg.tabs.indexOf(page) >= 0
    assert "not encrypted" in page.state_label.text()
    assert page.encrypt_button.isEnabled() and not page.sheet_button.isEnabled()

    qtbot.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    assert window.log == ["close", "open"] and boxes == []
    assert keys.is_encrypted(demo_db_path)
    assert window.db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    assert dlg.db is window.db
    assert "is encrypted" in page.state_label.text() and "Recovery passphrase set" in page.state_label.text()
    assert not page.encrypt_button.isEnabled() and page.sheet_button.isEnabled()

    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "phieu.pdf").stat().st_size > 1000
    assert boxes and boxes[-1][0] == "information"
    dlg.grab().save(str(tmp_path / "security.png"))
    window.db.close()


def test_passphrase_dialog_refuses_short_and_different(qtbot):
    dlg = security_page.PassphraseDialog()
    qtbot.addWidget(dlg)
    dlg.first.setText("ngắn")
    dlg.second.setText("ngắn")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted and "8" in dlg.problem.text()
    dlg.first.setText(PASSPHRASE)
    dlg.second.setText(PASSPHRASE + "x")
    dlg.accept()
    assert "differ" in dlg.problem.text()
    dlg.second.setText(PASSPHRASE)
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.passphrase() == PASSPHRASE


def test_window_asks_for_the_recovery_passphrase_on_another_computer(qtbot, demo_db_path, tmp_path, monkeypatch):
    from desktop_app.core.errors import UserError
    from desktop_app.core.storage.encryption import encrypt_in_place
    from desktop_app.ui.unlock import open_db_asking

    encrypt_in_place(demo_db_path, PASSPHRASE)
    monkeypatch.setenv("SOCONGDOAN_CONFIG_DIR", str(tmp_path / "other-pc"))
    asked = []

    def answers(parent, path, wrong):
        asked.append(wrong)
        return "không phải mật khẩu này" if len(asked) == 1 else PASSPHRASE

    db = open_db_asking(demo_db_path, ask=answers)
    assert asked == [False, True]
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    db.close()
    keys.offer_recovery_passphrase(None)
    open_db_asking(demo_db_path, ask=lambda *a, **k: pytest.fail("asked again")).close()

    monkeypatch.setenv("SOCONGDOAN_CONFIG_DIR", str(tmp_path / "third-pc"))
    with pytest.raises(UserError):          # cancelled: the error is shown, nothing opened
        open_db_asking(demo_db_path, ask=lambda *a, **k: None)
