#!/usr/bin/env python3
"""The window's translations: one pipeline for every ``resources/translations/*_vi.ts``.

    python scripts/i18n.py update    # extract the window's strings into the .ts files
    python scripts/i18n.py fill F    # write Vietnamese from a JSON {context: {source: text}}
    python scripts/i18n.py release   # compile every .ts into its .qm
    python scripts/i18n.py check     # fail on anything untranslated, stale or not compiled

The ``.ts`` files are the source of the Vietnamese text (edit them with
``pyside6-linguist`` or through ``fill``); nothing else holds translations.

``update`` reads every Python file under ``desktop_app/ui`` (the generated
``ui/forms/*.py`` too) with ``ast`` and collects:

- ``tr("Context", "text", ...)``, the window's one helper (``desktop_app.ui.i18n.tr``); the
  context may be a module-level constant (``D = "Details"`` ... ``tr(D, "Code")``);
- ``QCoreApplication.translate("Context", "text"[, disambiguation[, n]])`` (the forms);
- ``QT_TRANSLATE_NOOP("Context", "text")`` (strings translated later from a variable);
- ``self.tr("text"[, disambiguation[, n]])`` in a class: the context is the class name,
  as ``pyside6-lupdate`` would record it.

Existing translations are kept; new strings are added as unfinished, and strings no
longer in the code are dropped. A context stays in the file that already holds it; new
contexts go to ``app_vi.ts``. ``qt_vi.ts`` (Qt's own buttons and dialogs, written by
hand because the wheels ship no Vietnamese) is not extracted, only compiled and checked.

Core's messages are not here: they are codes in ``desktop_app/core/messages.py``.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from desktop_app.core.listing import column_titles  # noqa: E402
from desktop_app.core.vocabulary import translations  # noqa: E402

UI = ROOT / "desktop_app" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGE = "vi"
DEFAULT_TS = f"app_{LANGUAGE}.ts"
HAND_WRITTEN = {f"qt_{LANGUAGE}.ts"}
PLACEHOLDER = re.compile(r"%n|%\d+|\{\w*\}")

Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


@dataclass
class Found:
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Entry:
    key: Key
    numerus: bool
    translation: ET.Element | None   # the <translation> element as the file has it
    locations: list[tuple[str, int]]

    @property
    def done(self) -> bool:
        t = self.translation
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            return False
        texts = [n.text for n in t.iter("numerusform")] if self.numerus else [t.text]
        return bool(texts) and all(x and x.strip() for x in texts)


# ------------------------------------------------------------------ extraction
def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Extractor(ast.NodeVisitor):
    def __init__(self, rel: str, found: dict[Key, Found], tree: ast.Module):
        self.rel = rel
        self.found = found
        self.classes: list[str] = []
        # module-level NAME = "text": a context named once per module (``tr(D, "Code")``)
        self.constants = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                          and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                          for t in node.targets if isinstance(t, ast.Name)}

    def context(self, node: ast.AST) -> str | None:
        return self.constants.get(node.id) if isinstance(node, ast.Name) else _text(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def add(self, node: ast.Call, context: str | None, source: str | None, comment: str | None = None,
            numerus: bool = False) -> None:
        if context is None or source is None:
            return
        found = self.found.setdefault((context, source, comment or ""), Found())
        found.numerus = found.numerus or numerus
        found.locations.append((self.rel, node.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        args = node.args
        if name == "translate" and len(args) >= 2:
            numerus = len(args) >= 4 and not (isinstance(args[3], ast.Constant) and args[3].value is None)
            self.add(node, _text(args[0]), _text(args[1]), _text(args[2]) if len(args) > 2 else None, numerus)
        elif name == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            self.add(node, _text(args[0]), _text(args[1]))
        elif name == "tr" and isinstance(f, ast.Name) and len(args) >= 2:
            numerus = any(k.arg == "n" for k in node.keywords)
            self.add(node, self.context(args[0]), _text(args[1]), None, numerus)
        elif name == "tr" and isinstance(f, ast.Attribute) and args and self.classes:
            numerus = len(args) >= 3
            self.add(node, self.classes[-1], _text(args[0]), _text(args[1]) if len(args) > 1 else None, numerus)
        self.generic_visit(node)


def extract(root: Path | None = None) -> dict[Key, Found]:
    """Every translatable string of the window, with where it is used."""
    found: dict[Key, Found] = {}
    for path in sorted((root or UI).rglob("*.py")):
        rel = Path(os.path.relpath(path, ROOT)).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _Extractor(rel, found, tree).visit(tree)
    # Labels of stored codes and the lists' column titles are shown by the window but
    # spelled in core (vocabulary.py, listing.py), which no tr() call names literally.
    for context, source in [*core_translations(), *(("Columns", t) for t in core_column_titles())]:
        found.setdefault((context, source, ""), Found()).locations.append(("desktop_app/core/vocabulary.py", 1))
    return found


def core_translations() -> dict[tuple[str, str], str]:
    """(context, English) -> Vietnamese of the core vocabulary: the window says what the
    printed documents say, so these entries are always taken from core."""
    return translations()


def core_column_titles() -> set[str]:
    return column_titles()


# ------------------------------------------------------------------ .ts files
def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob(f"*_{LANGUAGE}.ts"))


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = (context, m.findtext("source") or "", m.findtext("comment") or "")
            locations = [(loc.get("filename", ""), int(loc.get("line", "0") or 0)) for loc in m.iter("location")]
            entries[key] = Entry(key, m.get("numerus") == "yes", m.find("translation"), locations)
    return entries


def write_ts(path: Path, entries: dict[Key, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for e in entries.values():
        by_context.setdefault(e.key[0], []).append(e)
    for context in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for e in sorted(by_context[context], key=lambda e: (e.locations[:1], e.key[1], e.key[2])):
            m = ET.SubElement(c, "message")
            if e.numerus:
                m.set("numerus", "yes")
            for filename, line in e.locations:
                ET.SubElement(m, "location", filename=filename, line=str(line))
            ET.SubElement(m, "source").text = e.key[1]
            if e.key[2]:
                ET.SubElement(m, "comment").text = e.key[2]
            t = e.translation
            if t is None:
                t = ET.Element("translation", type="unfinished")
                if e.numerus:
                    ET.SubElement(t, "numerusform")
            t.tail = None
            m.append(t)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def _home_of_contexts() -> dict[str, Path]:
    home: dict[str, Path] = {}
    for path in ts_files():
        if path.name in HAND_WRITTEN:
            continue
        for context, _source, _comment in read_ts(path):
            home.setdefault(context, path)
    return home


def _relative_location(rel: str, line: int) -> tuple[str, int]:
    return ("../../" + rel, line)  # relative to resources/translations, as lupdate writes it


# ------------------------------------------------------------------ commands
def update() -> dict[str, tuple[int, int, int]]:
    """Bring every .ts in line with the code. Returns {file: (kept, new, dropped)}."""
    found = extract()
    vocabulary = core_translations()
    home = _home_of_contexts()
    old: dict[Path, dict[Key, Entry]] = {p: read_ts(p) for p in ts_files() if p.name not in HAND_WRITTEN}
    known = {k: e for entries in old.values() for k, e in entries.items()}
    new_files: dict[Path, dict[Key, Entry]] = {p: {} for p in old}
    for key, where in found.items():
        path = home.get(key[0], TS_DIR / DEFAULT_TS)
        previous = known.get(key)
        translation = previous.translation if previous is not None else None
        vocabulary_vi = vocabulary.get((key[0], key[1]))
        if vocabulary_vi is not None:
            translation = ET.Element("translation")
            translation.text = vocabulary_vi
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            translation.set("type", "unfinished")
        locations = [_relative_location(rel, line) for rel, line in where.locations]
        new_files.setdefault(path, {})[key] = Entry(key, where.numerus, translation, locations)
    report = {}
    for path, entries in new_files.items():
        before = old.get(path, {})
        kept = sum(k in before for k in entries)
        report[path.name] = (kept, len(entries) - kept, sum(k not in entries for k in before))
        if entries or path.exists():
            write_ts(path, entries)
    return report


def fill(data: dict[str, dict[str, str]]) -> int:
    """Write the Vietnamese of ``data`` ({context: {source: text}}) into the .ts files that
    hold those strings; returns how many were written. Unknown strings are an error."""
    wanted = {(c, s): t for c, texts in data.items() for s, t in texts.items()}
    done = set()
    for path in ts_files():
        entries = read_ts(path)
        changed = False
        for key, e in entries.items():
            text = wanted.get(key[:2])
            if text is None:
                continue
            t = ET.Element("translation")
            if e.numerus:
                ET.SubElement(t, "numerusform").text = text
            else:
                t.text = text
            e.translation = t
            changed = True
            done.add(key[:2])
        if changed:
            write_ts(path, entries)
    missing = set(wanted) - done
    if missing:
        raise SystemExit("not in any .ts (run update first?): " + "; ".join(f"{c}: {s!r}" for c, s in sorted(missing)))
    return len(done)


def _lrelease() -> str:
    """PySide6's lrelease beside this Python (a venv's bin/ or Scripts\\), else on PATH."""
    for name in ("pyside6-lrelease.exe", "pyside6-lrelease"):
        exe = Path(sys.executable).parent / name
        if exe.exists():
            return str(exe)
    return shutil.which("pyside6-lrelease") or "pyside6-lrelease"


def release(out_dir: Path | None = None) -> list[Path]:
    made = []
    for path in ts_files():
        qm = (out_dir or TS_DIR) / path.with_suffix(".qm").name
        subprocess.run([_lrelease(), "-silent", str(path), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def problems() -> list[str]:
    """Everything that keeps the Vietnamese window from being complete."""
    found = extract()
    out = []
    entries: dict[Key, tuple[Path, Entry]] = {}
    for path in ts_files():
        for key, e in read_ts(path).items():
            if key in entries:
                out.append(f"{path.name}: {key[0]}: {key[1]!r} is also in {entries[key][0].name}")
            entries[key] = (path, e)
            if path.name in HAND_WRITTEN:
                if not e.done:
                    out.append(f"{path.name}: {key[0]}: {key[1]!r} has no Vietnamese")
                continue
            if key not in found:
                out.append(f"{path.name}: {key[0]}: {key[1]!r} is no longer in the code (run update)")
    for key in found:
        if key not in entries:
            out.append(f"{key[0]}: {key[1]!r} is not in any .ts file (run update)")
            continue
        path, e = entries[key]
        if not e.done:
            out.append(f"{path.name}: {key[0]}: {key[1]!r} has no Vietnamese")
            continue
        if not e.numerus and sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(e.translation.text)):
            out.append(f"{path.name}: {key[0]}: {key[1]!r}: the Vietnamese has other placeholders")
    with tempfile.TemporaryDirectory() as tmp:
        for qm in release(Path(tmp)):
            committed = TS_DIR / qm.name
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                out.append(f"{qm.name} is not compiled from its .ts (run release)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract the window's strings into the .ts files")
    p = sub.add_parser("fill", help="write Vietnamese from a JSON file {context: {source: vietnamese}}")
    p.add_argument("json", type=Path)
    sub.add_parser("release", help="compile the .ts files into .qm")
    sub.add_parser("check", help="fail on untranslated, stale or uncompiled strings")
    args = parser.parse_args(argv)
    if args.command == "update":
        for name, (kept, new, dropped) in update().items():
            print(f"{name}: {kept} kept, {new} new (unfinished), {dropped} dropped")
        return 0
    if args.command == "fill":
        n = fill(json.loads(args.json.read_text(encoding="utf-8")))
        print(f"{n} translations written; run release")
        return 0
    if args.command == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} problems", file=sys.stderr)
        return 1
    n = sum(len(read_ts(p)) for p in ts_files())
    print(f"{n} strings, all translated and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
