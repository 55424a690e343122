"""core.setup without Qt: first run, moving the database, the removable-drive check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import setup
from desktop_app.core.errors import ValidationError
from desktop_app.core.records.bodies import header_lines, own_body
from desktop_app.core.storage import config
from desktop_app.core.storage.db import open_db
from desktop_app.core.storage.paths import data_dir


def answers(**kw) -> setup.FirstRunAnswers:
    values = dict(body_name="Công đoàn phường Tây Mỗ", body_kind="ward", short_name="CĐ phường Tây Mỗ",
                  parent_name="Liên đoàn Lao động thành phố Hà Nội", parent_kind="city",
                  parent_short_name="LĐLĐ TP Hà Nội", place_name="Tây Mỗ", start="empty")
    values.update(kw)
    return setup.FirstRunAnswers(**values)


def test_empty_start_in_default_folder_stores_body_and_config():
    path = setup.apply_first_run(answers())
    assert path == data_dir() / "socongdoan.sqlite3"
    cfg = config.load()
    assert cfg.first_run_done is True
    assert Path(cfg.db_path) == path
    assert cfg.recent_files == [str(path.resolve())]
    db = open_db(path)
    body = own_body(db)
    assert body["name"] == "Công đoàn phường Tây Mỗ"
    assert body["kind"] == "ward"
    assert body["place_name"] == "Tây Mỗ"
    assert body["parent_name"] == "Liên đoàn Lao động thành phố Hà Nội"
    assert header_lines(db) == ("LĐLĐ TP HÀ NỘI", "CĐ PHƯỜNG TÂY MỖ")
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] == 0
    db.close()


def test_demo_start_fills_data_but_keeps_the_users_body(tmp_path):
    path = setup.apply_first_run(answers(start="demo", data_folder=tmp_path / "Dữ liệu", language="en"))
    assert path.parent == tmp_path / "Dữ liệu"
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] > 100
    assert own_body(db)["name"] == "Công đoàn phường Tây Mỗ"
    assert db.execute("SELECT count(*) FROM bodies WHERE is_own = 1").fetchone()[0] == 1
    db.close()
    assert config.load().language == "en"


def test_refuses_missing_name_and_leaves_config_alone(tmp_path):
    with pytest.raises(ValidationError) as e:
        setup.apply_first_run(answers(body_name="  ", data_folder=tmp_path))
    assert e.value.field == "body_name"
    assert not config.config_path().exists()
    assert not (tmp_path / "socongdoan.sqlite3").exists()


def test_refuses_to_overwrite_a_database_with_data(tmp_path, demo_db_path):
    target = tmp_path / "there"
    target.mkdir()
    (target / "socongdoan.sqlite3").write_bytes(demo_db_path.read_bytes())
    with pytest.raises(ValidationError) as e:
        setup.apply_first_run(answers(data_folder=target, start="demo"))
    assert e.value.field == "data_folder"
    # ...but "use the existing data" takes it, and sets the body answered
    path = setup.apply_first_run(answers(data_folder=target, start="existing"))
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM unions").fetchone()[0] > 100
    assert own_body(db)["place_name"] == "Tây Mỗ"
    db.close()


def test_restore_is_offered_only_when_backup_can_restore(tmp_path):
    from desktop_app.core.backup import archive as backup
    assert setup.restore_available() == callable(getattr(backup, "restore_backup", None))
    if not setup.restore_available():
        with pytest.raises(ValidationError):
            setup.apply_first_run(answers(data_folder=tmp_path, start="restore", backup_file=__file__))


def test_removable_paths_are_refused(tmp_path):
    assert setup.removable_reason(tmp_path) is None
    for p in ("/media/user/USB DISK/data", "/run/media/lan/KINGSTON"):
        assert "removable" in setup.removable_reason(p)
    with pytest.raises(ValidationError) as e:
        setup.check_data_folder("/media/user/USB/SoCongDoan")
    assert "USB" in str(e.value)
    with pytest.raises(ValidationError):
        setup.check_data_folder("   ")


def test_removable_flag_of_block_device_is_read(monkeypatch, tmp_path):
    """The /sys removable flag of the disk holding the folder (faked here)."""
    calls = []

    def fake(path):
        calls.append(path)
        return True

    monkeypatch.setattr(setup, "_linux_removable_flag", fake)
    monkeypatch.setattr(setup.sys, "platform", "linux")
    assert "removable" in setup.removable_reason(tmp_path / "not" / "yet")
    assert calls == [tmp_path]


def test_move_database_copies_verifies_and_repoints_config(tmp_path, demo_db_path):
    cfg = config.Config(db_path=str(demo_db_path), first_run_done=True)
    config.save(cfg)
    db = open_db(demo_db_path)
    db.execute("INSERT INTO settings(key, value) VALUES ('probe', 'còn nguyên')")
    db.conn.commit()
    before = db.execute("SELECT count(*) FROM members").fetchone()[0]
    db.close()
    new = setup.move_database(demo_db_path, tmp_path / "Ổ D" / "SoCongDoan")
    assert new == tmp_path / "Ổ D" / "SoCongDoan" / demo_db_path.name
    assert Path(config.load().db_path) == new
    assert config.load().recent_files[0] == str(new.resolve())
    conn = sqlite3.connect(new)
    assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == before
    assert conn.execute("SELECT value FROM settings WHERE key='probe'").fetchone()[0] == "còn nguyên"
    conn.close()
    assert not demo_db_path.exists()
    kept = list(demo_db_path.parent.glob("district.moved-*.sqlite3"))
    assert len(kept) == 1
    with pytest.raises(ValidationError):
        setup.move_database(new, new.parent)


def test_body_settings_round_trip(db):
    assert setup.body_settings(db)["name"] == ""
    setup.save_body_settings(db, {"name": "LĐLĐ quận Ba Đình", "kind": "district", "place_name": "Ba Đình",
                                  "parent_name": "LĐLĐ thành phố Hà Nội", "parent_kind": "city"})
    values = setup.body_settings(db)
    assert values["name"] == "LĐLĐ quận Ba Đình"
    assert values["place_name"] == "Ba Đình"
    assert values["parent_kind"] == "city"
    with pytest.raises(ValidationError):
        setup.save_body_settings(db, {"name": "", "kind": "district"})


def test_set_language():
    assert setup.set_language("en").language == "en"
    assert config.load().language == "en"
    with pytest.raises(ValidationError):
        setup.set_language("fr")


@pytest.mark.parametrize(("drive_type", "expected"), [(3, None), (2, "removable"), (4, "network"), (5, "CD/DVD")])
def test_windows_drive_types(monkeypatch, drive_type, expected):
    """GetDriveTypeW answers (faked): fixed disk fine; USB, network and CD refused."""
    import ctypes

    asked = []

    class Kernel32:
        @staticmethod
        def GetDriveTypeW(root):
            asked.append(root.value)
            return drive_type

    class WinDLL:
        kernel32 = Kernel32()

    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    monkeypatch.setattr(setup.sys, "platform", "win32")
    reason = setup.removable_reason(Path("/work/data"))
    assert (reason is None) if expected is None else (expected in reason)
    assert asked == [Path("/work/data").absolute().anchor]


def test_windows_unc_path_is_a_network_share(monkeypatch):
    monkeypatch.setattr(setup.sys, "platform", "win32")
    monkeypatch.setattr(setup, "Path", __import__("pathlib").PureWindowsPath)
    assert setup._windows_drive_reason(setup.Path(r"\\server\share\data")).code == "setup.drive_network_share"


def test_restore_through_backup_module(monkeypatch, tmp_path, demo_db_path):
    """The wizard's "restore a backup" path, with core.backup's restore_backup stood in."""
    import shutil

    from desktop_app.core.backup import archive as backup
    calls = []

    def restore_backup(backup_file, live_db_path, *, passphrase=None, progress=None, level="full"):
        calls.append((Path(backup_file), Path(live_db_path), passphrase))
        shutil.copy(backup_file, live_db_path)

    monkeypatch.setattr(backup, "restore_backup", restore_backup, raising=False)
    assert setup.restore_available()
    path = setup.apply_first_run(answers(start="restore", backup_file=demo_db_path, passphrase="bí mật",
                                         data_folder=tmp_path / "restored"))
    assert calls == [(demo_db_path, path, "bí mật")]
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    assert own_body(db)["name"] == "Công đoàn phường Tây Mỗ"
    db.close()
    with pytest.raises(ValidationError) as e:   # never over a database that holds data
        setup.apply_first_run(answers(start="restore", backup_file=demo_db_path, data_folder=tmp_path / "restored"))
    assert e.value.field == "data_folder"


def test_restore_a_real_backup(tmp_path, demo_db_path):
    from desktop_app.cli.main import main
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "create", str(usb), "--db", str(demo_db_path)]) == 0
    made = [p for p in usb.rglob("*") if p.is_file()]
    assert made
    path = setup.apply_first_run(answers(start="restore", backup_file=max(made, key=lambda p: p.stat().st_size),
                                         data_folder=tmp_path / "new pc"))
    db = open_db(path)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] > 10000
    db.close()
