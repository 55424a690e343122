"""The first-run wizard driven like a user would, then the settings it stored."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from desktop_app.core import setup
from desktop_app.core.records.bodies import own_body  # noqa: E402
from desktop_app.core.storage import config  # noqa: E402
from desktop_app.core.storage.db import open_db  # noqa: E402
from desktop_app.core.storage.paths import data_dir  # noqa: E402
from desktop_app.ui import first_run  # noqa: E402


def fill_body(wizard, typer):
    form = wizard.body.form
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # the name is required
    typer(form.name, "Liên đoàn Lao động quận Nam Từ Liêm")
    assert form.short_name.text() == "LĐLĐ quận Nam Từ Liêm"  # proposed from the name
    form.kind.setCurrentIndex(form.kind.findData("ward"))
    assert form.symbol.text() == "CĐP"  # proposed from the kind
    form.kind.setCurrentIndex(form.kind.findData("district"))
    assert form.symbol.text() == "LĐLĐ"
    typer(form.parent_name, "Liên đoàn Lao động thành phố Hà Nội")
    typer(form.parent_short_name, "LĐLĐ TP Hà Nội")
    form.parent_kind.setCurrentIndex(form.parent_kind.findData("city"))
    typer(form.place_name, "Nam Từ Liêm")
    assert "LĐLĐ QUẬN NAM TỪ LIÊM" in form.preview.text()
    assert "Nam Từ Liêm, ngày" in form.preview.text() and "/BC-LĐLĐ" in form.preview.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def set_folder(wizard, folder: Path, typer):
    wizard.data.folder.clear()
    typer(wizard.data.folder, str(folder))


@pytest.fixture
def asked(monkeypatch):
    """Answers to "Stop setting up?" (Yes unless a test says otherwise)."""
    from PySide6.QtWidgets import QMessageBox
    answers = {"reply": QMessageBox.StandardButton.Yes, "count": 0}

    def question(*_args, **_kw):
        answers["count"] += 1
        return answers["reply"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


@pytest.fixture
def wizard(qtbot, asked):
    w = first_run.FirstRunWizard(config.Config())
    qtbot.addWidget(w)
    w.show()
    return w


def test_wizard_empty_start_in_chosen_folder(wizard, typer, tmp_path):
    assert wizard.currentId() == wizard.WELCOME
    wizard.next()
    assert wizard.currentId() == wizard.DATA
    assert wizard.data.folder.text() == str(data_dir())
    folder = tmp_path / "Dữ liệu Công đoàn"
    set_folder(wizard, folder, typer)
    wizard.next()
    assert wizard.currentId() == wizard.START
    assert wizard.start.empty.isChecked()
    assert not wizard.start.existing.isVisible()
    wizard.next()
    assert wizard.currentId() == wizard.BODY
    fill_body(wizard, typer)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    path = folder / "socongdoan.sqlite3"
    assert wizard.result_path == path
    cfg = config.load()
    assert cfg.first_run_done and Path(cfg.db_path) == path and cfg.language == "vi"
    db = open_db(path)
    body = own_body(db)
    assert (body["name"], body["short_name"], body["kind"], body["place_name"]) == (
        "Liên đoàn Lao động quận Nam Từ Liêm", "LĐLĐ quận Nam Từ Liêm", "district", "Nam Từ Liêm")
    assert (body["parent_name"], body["parent_short_name"]) == ("Liên đoàn Lao động thành phố Hà Nội",
                                                                "LĐLĐ TP Hà Nội")
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] == 0
    db.close()
    assert not first_run.needed(cfg, path)


def test_wizard_demo_start_in_default_folder(wizard, typer):
    wizard.next()
    wizard.next()
    wizard.start.demo.setChecked(True)
    wizard.next()
    fill_body(wizard, typer)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    path = data_dir() / "socongdoan.sqlite3"
    assert wizard.result_path == path
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] > 100
    assert own_body(db)["name"] == "Liên đoàn Lao động quận Nam Từ Liêm"
    db.close()


def test_wizard_refuses_usb_stick(wizard, typer):
    wizard.next()
    set_folder(wizard, Path("/media/canbo/KINGSTON/SoCongDoan"), typer)
    wizard.next()
    assert wizard.currentId() == wizard.DATA
    assert wizard.data.error.isVisible()
    assert "USB" in wizard.data.error.text()


@pytest.fixture
def folder_with_data(tmp_path, demo_db_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "socongdoan.sqlite3").write_bytes(demo_db_path.read_bytes())
    return folder


def test_wizard_uses_the_database_already_in_the_folder(wizard, typer, folder_with_data):
    wizard.next()
    set_folder(wizard, folder_with_data, typer)
    assert "already holds" in wizard.data.note.text()
    wizard.next()
    assert wizard.start.existing.isVisible() and wizard.start.existing.isChecked()
    wizard.next()
    form = wizard.body.form   # shows what the file says
    assert form.name.text() == "Công đoàn phường Từ Liêm"
    assert form.place_name.text() == "Từ Liêm" and form.symbol.text() == "CĐP"
    form.place_name.clear()
    typer(form.place_name, "Mỹ Đình")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result_path == folder_with_data / "socongdoan.sqlite3"
    db = open_db(wizard.result_path)
    assert own_body(db)["place_name"] == "Mỹ Đình"
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    db.close()


def test_wizard_never_overwrites_data(wizard, typer, folder_with_data):
    wizard.next()
    set_folder(wizard, folder_with_data, typer)
    wizard.next()
    wizard.start.demo.setChecked(True)
    wizard.next()
    fill_body(wizard, typer)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == wizard.BODY
    assert wizard.body.error.isVisible() and "already holds data" in wizard.body.error.text()
    assert not config.config_path().exists()


def test_wizard_restore_finishes_on_the_start_page(qtbot, asked, monkeypatch, tmp_path, demo_db_path, typer):
    import shutil

    from desktop_app.core.backup import archive as backup
    calls = []

    def restore_backup(backup_file, live_db_path, *, passphrase=None):
        calls.append(passphrase)
        shutil.copy(backup_file, live_db_path)

    monkeypatch.setattr(backup, "restore_backup", restore_backup, raising=False)
    wizard = first_run.FirstRunWizard(config.Config())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    set_folder(wizard, tmp_path / "máy mới", typer)
    wizard.next()
    assert wizard.start.restore.isVisible()
    wizard.start.restore.setChecked(True)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # no file yet
    typer(wizard.start.backup_file, str(demo_db_path))
    typer(wizard.start.passphrase, "mật khẩu")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    finish.click()
    assert calls == ["mật khẩu"]
    assert wizard.result_path == tmp_path / "máy mới" / "socongdoan.sqlite3"
    db = open_db(wizard.result_path)
    assert own_body(db)["name"] == "Công đoàn phường Từ Liêm"  # the backup's own
    db.close()


def test_cancel_after_the_welcome_page_asks_first(wizard, asked):
    from PySide6.QtWidgets import QMessageBox
    wizard.next()
    asked["reply"] = QMessageBox.StandardButton.No
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked["count"] == 1 and wizard.isVisible()
    asked["reply"] = QMessageBox.StandardButton.Yes
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked["count"] == 2 and not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not config.config_path().exists()


def test_restore_option_follows_backup_module(wizard):
    assert wizard.start.restore.isVisibleTo(wizard.start) == setup.restore_available()


def test_needed(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert first_run.needed(config.Config(), tmp_path / "missing.sqlite3")
    assert first_run.needed(config.Config(), empty)
    assert first_run.needed(config.Config(), None)
    open_db(data_dir() / "socongdoan.sqlite3").close()  # data already in the default place
    assert not first_run.needed(config.Config(), None)
    assert first_run.needed(config.Config(db_path=str(tmp_path / "elsewhere.sqlite3")), None)
    assert not first_run.needed(config.Config(first_run_done=True), tmp_path / "missing.sqlite3")
    full = tmp_path / "full.sqlite3"
    open_db(full).close()
    assert not first_run.needed(config.Config(), full)


def test_run_returns_path_or_none(qtbot, typer, tmp_path, asked):
    def drive(finish: bool):
        w = QApplication.activeModalWidget()
        assert isinstance(w, first_run.FirstRunWizard)
        if not finish:
            w.reject()  # cancel on the welcome page: no question asked
            return
        w.next()
        set_folder(w, tmp_path / "d", typer)
        w.next()
        w.next()
        typer(w.body.form.name, "Công đoàn ngành Giáo dục")
        w.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(50, lambda: drive(False))
    assert first_run.run(QApplication.instance(), config.Config()) is None
    assert not config.config_path().exists()
    QTimer.singleShot(50, lambda: drive(True))
    path = first_run.run(QApplication.instance(), config.Config())
    assert path == tmp_path / "d" / "socongdoan.sqlite3"
    assert config.load().first_run_done


def test_core_messages_shown_in_vietnamese(qtbot, typer, folder_with_data, asked):
    """With the Vietnamese translation loaded, core.setup's refusals read in Vietnamese."""
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.messages import render
    from desktop_app.ui import i18n

    i18n.install_translations(QApplication.instance(), "vi")
    try:
        refusal = ValidationError("body_name", "setup.body_name_required")
        assert render(refusal, "vi") == "Chưa nhập tên đơn vị quản lý."
        wizard = first_run.FirstRunWizard(config.Config())
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Tiếp >"
        wizard.next()
        set_folder(wizard, folder_with_data, typer)
        wizard.next()
        wizard.start.empty.setChecked(True)
        wizard.next()
        typer(wizard.body.form.name, "Công đoàn phường Mỹ Đình 1")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        expected = (f"{folder_with_data / 'socongdoan.sqlite3'} đã có dữ liệu: hãy chọn "
                    "\"Dùng cơ sở dữ liệu có sẵn trong thư mục đã chọn\" hoặc một thư mục khác.")
        assert wizard.body.error.text() == expected
    finally:
        i18n.install_translations(QApplication.instance(), "en")
