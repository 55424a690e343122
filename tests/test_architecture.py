"""The shape the program keeps: core never imports Qt, the window never imports the command
line, and no module reaches into another's private names."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [a.name for a in node.names], node.lineno))
    return found


def _sources(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def test_core_imports_no_qt():
    bad = [f"{p.relative_to(PACKAGE)}:{line} {mod}" for p in _sources("core")
           for mod, _names, line in _imports(p) if mod.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}]
    assert not bad, bad


def test_ui_does_not_import_the_command_line():
    bad = [f"{p.relative_to(PACKAGE)}:{line} {mod}" for p in _sources("ui")
           for mod, names, line in _imports(p)
           if mod.startswith("desktop_app.cli") or (mod == "desktop_app" and "cli" in names)]
    assert not bad, bad


def test_core_does_not_import_the_window_or_the_command_line():
    bad = [f"{p.relative_to(PACKAGE)}:{line} {mod}" for p in _sources("core")
           for mod, _names, line in _imports(p) if mod.startswith(("desktop_app.ui", "desktop_app.cli"))]
    assert not bad, bad


def test_no_private_names_imported_across_modules():
    bad = [f"{p.relative_to(PACKAGE)}:{line} {mod}.{name}" for p in PACKAGE.rglob("*.py")
           for mod, names, line in _imports(p) if mod.startswith("desktop_app")
           for name in names if name.startswith("_") and not name.startswith("__")]
    assert not bad, bad
