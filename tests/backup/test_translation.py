"""The Backup feature's Vietnamese translation is complete and loads."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402

from desktop_app.core.backup import drives  # noqa: E402
from desktop_app.core.storage.paths import resources_dir  # noqa: E402

TS = resources_dir() / "translations" / "backup_vi.ts"


def test_ts_is_complete_and_matches_the_code():
    text = TS.read_text(encoding="utf-8")
    assert "unfinished" not in text and 'type="obsolete"' not in text
    sources = set(re.findall(r"<source>(.*?)</source>", text, re.S))
    from pathlib import Path
    code = "".join(Path(f).read_text(encoding="utf-8") for f in
                   ("desktop_app/ui/backup_dialog.py", "desktop_app/ui/features/backup.py"))
    for literal in ("Back up to USB…", "Restore from a backup…", "Verify a backup file…", "Failed"):
        assert literal in code and literal in sources


def test_dialogs_speak_vietnamese(qtbot, tmp_path):
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        from desktop_app.ui import backup_dialog
        from desktop_app.ui.i18n import tr
        assert tr("Backup", "Back up to USB…") == "Sao lưu ra USB…"
        stick = drives.Drive(tmp_path, "KINGSTON", drives.REMOVABLE, 7_500_000_000, 16_000_000_000)
        d = backup_dialog.BackupDialog(None, removable=[stick],
                                       status=backup_dialog.removable_status(None))
        qtbot.addWidget(d)
        assert d.windowTitle() == "Sao lưu ra USB"
        assert d.places.item(0).text().startswith("USB: KINGSTON")
        assert d.status.text() == "Chưa sao lưu ra USB lần nào."
        from desktop_app.core.backup.crypto import WrongPassphrase
        from desktop_app.core.messages import render
        assert render(WrongPassphrase("backup.wrong_passphrase"), "vi").startswith("sai mật khẩu")
    finally:
        QCoreApplication.removeTranslator(translator)
