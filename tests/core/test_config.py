from desktop_app.core.storage import config
from desktop_app.core.storage.paths import default_db_path


def test_config_round_trip_and_default_db(tmp_path):
    assert config.load() == config.Config()
    assert default_db_path().name == "socongdoan.sqlite3"
    c = config.load()
    c.db_path = str(tmp_path / "elsewhere.sqlite3")
    config.remember_file(c, tmp_path / "a.sqlite3")
    config.remember_file(c, tmp_path / "b.sqlite3")
    config.remember_file(c, tmp_path / "a.sqlite3")
    config.save(c)
    again = config.load()
    assert again.recent_files == [str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")]
    assert default_db_path() == tmp_path / "elsewhere.sqlite3"


def test_broken_config_file_gives_defaults():
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert config.load() == config.Config()
