"""Shared fixtures: a fresh database per test, and a district demo built once."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

# SQLCipher's connection has no iterdump; the standard library's dump works over any DB-API connection
from sqlite3.dump import _iterdump

import pytest

from desktop_app.core.demo.builder import build_demo
from desktop_app.core.storage import keys
from desktop_app.core.storage.db import open_db

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user data folder."""
    monkeypatch.setenv("SOCONGDOAN_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("SOCONGDOAN_CONFIG_DIR", str(tmp_path / "userconfig"))
    # The command line speaks the config's language (Vietnamese by default); the CLI tests
    # read its English. tests/core/test_messages.py checks the Vietnamese default.
    monkeypatch.setenv("SOCONGDOAN_LANGUAGE", "en")
    # Keys of encrypted test databases go to a file in the test's config folder, never
    # to the desktop keyring of the machine; scrypt at test cost.
    monkeypatch.setenv("SOCONGDOAN_KEY_STORE", "file")
    monkeypatch.setattr(keys, "SCRYPT_LOG2N", 10)
    keys.offer_recovery_passphrase(None)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _district_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "district.sqlite3"
    database = open_db(path)
    build_demo(database, "district", seed=1)
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db_path(_district_template, tmp_path) -> Path:
    """A private copy of the district demo database (149 unions, 10,391 members)."""
    path = tmp_path / "district.sqlite3"
    src = sqlite3.connect(_district_template)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


@pytest.fixture
def demo_db(demo_db_path):
    database = open_db(demo_db_path)
    yield database
    database.close()


@pytest.fixture
def schema_v1_copy(tmp_path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "schema_v1.sqlite3", path)
    return path


def dump(database) -> list[str]:
    """Every row of every table, to compare a database before and after a change."""
    return list(_iterdump(database.conn))


@pytest.fixture
def sync_operations():
    """Work of ``ui/operations`` runs at once on the test's thread (like Picard's
    FakeThreadPool): its result is there when the call returns."""
    from desktop_app.ui import operations

    previous = operations.set_runner(operations.SyncRunner())
    yield
    operations.set_runner(previous)


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_the_main_thread():
    """Collect a test's dropped Qt wrappers here, between tests: a dialog a test left
    behind is then deleted while its window still exists, not in a later test's event
    loop (hygiene between tests; the window itself is safe with collections on any
    thread, see tests/ui/test_gc_safety.py)."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        import gc

        from PySide6.QtCore import QCoreApplication, QEvent

        gc.collect()
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
