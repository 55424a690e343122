"""The one translation pipeline (scripts/i18n.py): the window's strings all have their
Vietnamese in a .ts file that is compiled, and update/fill/check behave on a small tree."""

from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("_scripts_i18n", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def i18n():
    return _load()


def test_every_window_string_is_translated_and_compiled(i18n):
    assert i18n.problems() == []


def test_the_extractor_sees_every_way_the_window_marks_a_string(i18n):
    found = i18n.extract()
    assert ("MainWindow", "Members", "") in found                      # self.tr in class MainWindow
    assert ("MemberForm", "Full name *", "") in found                  # generated form: translate("Ctx", ...)
    assert ("Details", "History", "") in found                         # tr(D, ...) with D = "Details"
    assert ("Backup", "Back up to USB…", "") in found                  # tr("Backup", ...)
    assert ("Reports", "Certificates", "") in found                    # QT_TRANSLATE_NOOP
    assert any(k[1] == "%n page(s)" and f.numerus for k, f in found.items())


def test_no_module_keeps_its_own_translate_wrapper():
    import ast

    wrappers = []  # def x(text): return QCoreApplication.translate("Context", text)
    for path in (ROOT / "desktop_app" / "ui").rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or path.name == "i18n.py":
                continue
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("translate") and \
                        len(call.args) >= 2 and isinstance(call.args[1], ast.Name) and call.args[1].id in params:
                    wrappers.append(f"{path.name}:{node.name}")
    assert wrappers == []


def test_update_fill_release_check_on_a_small_tree(i18n, tmp_path, monkeypatch):
    ui = tmp_path / "desktop_app" / "ui"
    ui.mkdir(parents=True)
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    (ui / "w.py").write_text(
        'from desktop_app.ui.i18n import tr\n'
        'class Panel:\n'
        '    def build(self):\n'
        '        return self.tr("Save"), tr("Panel", "Hello {name}", name="x")\n', encoding="utf-8")
    old = ET.Element("TS", version="2.1", language="vi_VN")
    ctx = ET.SubElement(old, "context")
    ET.SubElement(ctx, "name").text = "Panel"
    for source, text in (("Save", "Lưu"), ("Gone", "Đã bỏ")):
        m = ET.SubElement(ctx, "message")
        ET.SubElement(m, "source").text = source
        ET.SubElement(m, "translation").text = text
    ET.ElementTree(old).write(ts_dir / "app_vi.ts", encoding="utf-8")
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    monkeypatch.setattr(i18n, "UI", ui)
    monkeypatch.setattr(i18n, "TS_DIR", ts_dir)
    monkeypatch.setattr(i18n, "core_translations", dict)
    monkeypatch.setattr(i18n, "core_column_titles", set)

    assert i18n.update() == {"app_vi.ts": (1, 1, 1)}          # Save kept, Hello new, Gone dropped
    entries = i18n.read_ts(ts_dir / "app_vi.ts")
    assert entries[("Panel", "Save", "")].done
    assert entries[("Panel", "Hello {name}", "")].translation.get("type") == "unfinished"
    assert ("Panel", "Gone", "") not in entries
    i18n.release()
    assert any("Hello {name}" in p and "no Vietnamese" in p for p in i18n.problems())

    data = tmp_path / "new.json"
    data.write_text(json.dumps({"Panel": {"Hello {name}": "Xin chào {name}"}}), encoding="utf-8")
    assert i18n.fill(json.loads(data.read_text(encoding="utf-8"))) == 1
    assert any("not compiled" in p for p in i18n.problems())
    i18n.release()
    assert i18n.problems() == []
    with pytest.raises(SystemExit):
        i18n.fill({"Panel": {"Not in the code": "x"}})
