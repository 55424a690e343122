"""Features use the window only through ``FeatureHost``; the window names them in one
list, and one that fails to install is reported, not lost on stderr."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.ui import features
from desktop_app.ui.features.host import FeatureHost

FEATURES_DIR = Path(features.__file__).parent


def test_the_window_is_a_feature_host(window):
    assert isinstance(window, FeatureHost)


def test_every_feature_module_is_listed():
    modules = {p.stem for p in FEATURES_DIR.glob("*.py")} - {"__init__", "host"}
    assert set(features.FEATURES) == modules


def test_features_do_not_probe_the_window():
    for path in FEATURES_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(getattr|hasattr)\((self\.)?window\b", text), path.name


def test_a_feature_that_fails_is_told_to_the_user(qtbot, demo_db, demo_db_path, monkeypatch):
    from desktop_app.ui import error_report
    from desktop_app.ui.main_window import MainWindow

    told = []
    monkeypatch.setattr(error_report, "show_dialog", lambda parent, text, details: told.append((text, details)))
    broken = FEATURES_DIR / "broken_feature_for_test.py"
    monkeypatch.setattr(features, "FEATURES", ("help", "broken_feature_for_test"))
    broken.write_text("def install(host):\n    raise RuntimeError('no menu for you')\n", encoding="utf-8")
    try:
        w = MainWindow(demo_db, demo_db_path)
        qtbot.addWidget(w)
    finally:
        broken.unlink()
    assert [(f.name, str(f.error)) for f in w.feature_errors] == [("broken_feature_for_test", "no menu for you")]
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    text, details = told[-1]
    assert "broken_feature_for_test" in text and "RuntimeError: no menu for you" in details
    assert "no menu for you" in error_report.log_path().read_text(encoding="utf-8")
    assert w.findChild(type(w.action_open), "action_about") is not None  # the others are there
    w.close()
