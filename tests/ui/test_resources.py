"""Translations complete, generated forms in sync, the start-up paths of the app."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translation_file_is_complete(ts):
    root = ET.parse(ts).getroot()
    bad = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            t = msg.find("translation")
            if t is not None and t.get("type") in ("obsolete", "vanished"):
                continue
            # plain text, or one <numerusform> per plural form (messages with %n)
            forms = [f.text or "" for f in t.findall("numerusform")] if t is not None else []
            texts = forms if forms else [t.text or "" if t is not None else ""]
            if t is None or t.get("type") == "unfinished" or not all(x.strip() for x in texts):
                bad.append(f"{ctx.findtext('name')}: {msg.findtext('source')!r}")
    assert not bad, f"{ts.name} has untranslated strings: {bad[:10]}"
    assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled (pyside6-lrelease)"


def test_app_translation_covers_the_code():
    """Every string of the window is in a .ts file with its Vietnamese, and compiled
    (``scripts/i18n.py check``; tests/test_translations.py runs the check itself)."""
    sources = {(ctx.findtext("name"), m.findtext("source"))
               for ctx in ET.parse(TRANSLATIONS / "app_vi.ts").getroot().iter("context") for m in ctx.iter("message")}
    assert ("MainWindow", "Members") in sources and ("Columns", "Full name") in sources
    assert ("Values", "Yes") in sources and ("Details", "History") in sources


def test_vietnamese_is_loaded(qapp):
    from desktop_app.ui import i18n

    try:
        loaded = i18n.install_translations(qapp, "vi")
        assert {"qt_vi.qm", "app_vi.qm"} <= set(loaded)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("QDialogButtonBox", "OK") == "Đồng ý"
        assert QCoreApplication.translate("MainWindow", "Members") == "Đoàn viên"
    finally:
        i18n.install_translations(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"


def test_bundled_font_is_the_app_font(qapp):
    from desktop_app.ui import i18n

    family = i18n.install_fonts(qapp)
    assert family == "DejaVu Sans" and qapp.font().family() == "DejaVu Sans"


def test_compiled_forms_are_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_forms.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_compile_forms_check_notices_a_stale_module(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compile_forms
    finally:
        sys.path.pop(0)
    import shutil

    out = tmp_path / "forms"
    out.mkdir()
    sources = tmp_path / "ui-sources"
    sources.mkdir()
    shutil.copy(ROOT / "forms" / "member_history.ui", sources)
    monkeypatch.setattr(compile_forms, "FORMS", sources)
    monkeypatch.setattr(compile_forms, "OUT", out)
    monkeypatch.setattr(compile_forms, "ROOT", tmp_path.parent)
    assert compile_forms.main(["--check"]) == 1
    assert compile_forms.main([]) == 0
    assert compile_forms.main(["--check"]) == 0
    (out / "ui_member_history.py").write_text("# edited by hand\n")
    assert compile_forms.main(["--check"]) == 1
    compile_forms.main([])
    (out / "ui_gone.py").write_text("# its .ui was deleted\n")
    assert compile_forms.main(["--check"]) == 1


def run_app(args, tmp_path, **env):
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCONGDOAN_DATA_DIR": str(tmp_path / "data"),
            "SOCONGDOAN_CONFIG_DIR": str(tmp_path / "config"), **env}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_mode_saves_every_tab_and_exits_cleanly(tmp_path, demo_db_path):
    shots = tmp_path / "shots"
    proc = run_app(["--db", str(demo_db_path), "--screenshot", str(shots)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == sorted(f"tab_{k}.png" for k in ("overview", "unions", "members", "events", "courses"))
    assert all((shots / n).stat().st_size > 10_000 for n in names)
    assert "Traceback" not in proc.stderr and "dealloc" not in proc.stderr


def test_exit_when_shown_and_no_demo(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    proc = run_app(["--db", str(empty)], tmp_path, SOCONGDOAN_EXIT_WHEN_SHOWN="1", SOCONGDOAN_NO_DEMO="1")
    assert proc.returncode == 0, proc.stderr
    assert "shown" in proc.stdout
    import sqlite3
    assert sqlite3.connect(empty).execute("SELECT count(*) FROM unions").fetchone()[0] == 0


def test_bad_database_is_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 200)
    proc = run_app(["--db", str(bad)], tmp_path, SOCONGDOAN_EXIT_WHEN_SHOWN="1")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error:") and "Traceback" not in proc.stderr


def test_first_run_hook(qapp, monkeypatch):
    """A start without --db asks the first-run module whether it is needed, then runs it."""
    import types

    from desktop_app.ui import app

    calls = []
    fake = types.ModuleType("desktop_app.ui.first_run")
    fake.needed = lambda config, db_path: calls.append(("needed", db_path)) or True
    fake.run = lambda application, config: calls.append(("run", application is qapp)) or None
    monkeypatch.setitem(sys.modules, "desktop_app.ui.first_run", fake)
    import desktop_app.ui as ui_package
    monkeypatch.setattr(ui_package, "first_run", fake, raising=False)
    monkeypatch.delenv("SOCONGDOAN_NO_FIRST_RUN", raising=False)
    monkeypatch.delenv("SOCONGDOAN_EXIT_WHEN_SHOWN", raising=False)
    from desktop_app.ui import i18n
    try:
        assert app.run(db_path=None) == 0  # the wizard was cancelled: no window
    finally:
        i18n.install_translations(qapp, "en")
    assert calls == [("needed", None), ("run", True)]


def test_no_tr_inside_f_strings():
    """lupdate does not look inside f-strings: such a string would stay English."""
    import re

    pattern = re.compile(r"\{(self\.)?tr\(|\{val\(")
    offenders = [f"{p.name}:{i}" for p in (ROOT / "desktop_app" / "ui").rglob("*.py") if "forms" not in p.parts
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not offenders


def test_core_messages_in_vietnamese(qapp, demo_db):
    from desktop_app.core.errors import UserError
    from desktop_app.core.records import members, unions
    from desktop_app.ui import i18n

    union_id = demo_db.execute("SELECT union_id FROM members WHERE union_id IS NOT NULL LIMIT 1").fetchone()[0]
    errors = []
    for call in (lambda: members.add_member(demo_db, full_name="A B", cccd="12345"),
                 lambda: members.add_member(demo_db, full_name="A B", birth_date="31/02/1990"),
                 lambda: unions.delete_union(demo_db, union_id)):
        with pytest.raises(UserError) as info:
            call()
        errors.append(info.value)
    i18n.install_translations(qapp, "en")
    assert [i18n.message(e) for e in errors] == [str(e) for e in errors], "English interface: English"
    try:
        i18n.install_translations(qapp, "vi")
        vi = [i18n.message(e) for e in errors]
    finally:
        i18n.install_translations(qapp, "en")
    assert vi[0] == "CCCD phải gồm đúng 12 chữ số (đã nhập '12345')"
    assert vi[1] == "ngày không có thật: '31/02/1990'"
    assert vi[2].startswith("Không thể xóa công đoàn ") and "dòng quá trình sinh hoạt" in vi[2]


def test_ui_probe_prints_one_json_line(tmp_path, demo_db_path):
    import json

    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "ui_probe.py"), str(demo_db_path), "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {"members_first_page_ms", "search_p95_ms", "rss_mb"} <= set(result)
    assert all(isinstance(result[k], float) and result[k] > 0 for k in ("members_first_page_ms", "search_p95_ms"))


def test_window_shows_the_vocabulary_vietnamese(qapp):
    """A stored code reads the same in the window as on paper."""
    from desktop_app.core import vocabulary as V
    from desktop_app.ui import i18n, lists

    try:
        i18n.install_translations(qapp, "vi")
        for v in (V.MEMBER_STATUS, V.UNION_STATUS, V.EVENT_KIND, V.OFFICER_ROLE, V.WELFARE_KIND, V.HISTORY_KIND):
            assert [lists.value_label(v, t.code) for t in v] == [t.vi for t in v], v.name
        from desktop_app.ui.body_form import kind_label
        assert [kind_label(t.code) for t in V.BODY_KIND] == [t.vi for t in V.BODY_KIND]
    finally:
        i18n.install_translations(qapp, "en")
