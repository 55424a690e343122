"""The message catalogue: every message core shows has English and Vietnamese text, and
core raises codes from it, never sentences."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.messages import CATALOGUE, Message, render

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
# Exceptions whose first message argument (after ``field`` for the validation ones) is a code.
RAISED = {"UserError": 0, "NotFoundError": 0, "InUseError": 0, "DatabaseFileError": 0, "WrongPassphrase": 0,
          "DamagedFile": 0, "Cancelled": 0, "ReportCancelled": 0, "MergeCancelled": 0, "CheckFailed": 0,
          "ValidationError": 1, "DuplicateError": 1}


def test_every_message_has_english_and_vietnamese():
    assert len(CATALOGUE) > 250
    missing = [code for code, (en, vi) in CATALOGUE.items() if not en.strip() or not vi.strip()]
    assert missing == []
    same = [code for code, (en, vi) in CATALOGUE.items()
            if en == vi and re.search(r"[a-z]{4}", PLACEHOLDER.sub("", en))]
    assert same == [], "English text left as the Vietnamese"


def test_vietnamese_uses_only_the_arguments_the_message_has():
    wrong = [code for code, (en, vi) in CATALOGUE.items()
             if not set(PLACEHOLDER.findall(vi)) <= set(PLACEHOLDER.findall(en))]
    assert wrong == []


def _calls(paths):
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                yield path, node, name


def test_core_raises_codes_from_the_catalogue_never_sentences():
    files = [p for p in (ROOT / "desktop_app" / "core").rglob("*.py")] + \
        list((ROOT / "desktop_app" / "cli").glob("*.py"))
    offenders, checked = [], 0
    for path, node, name in _calls(files):
        if name == "Message" and node.args:
            arg = node.args[0]
        elif name in RAISED and len(node.args) > RAISED[name]:
            arg = node.args[RAISED[name]]
        else:
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            checked += 1
            if arg.value not in CATALOGUE:
                offenders.append(f"{where}: {arg.value!r} is not in the catalogue")
        elif isinstance(arg, ast.JoinedStr):
            offenders.append(f"{where}: an f-string instead of a message code")
    assert checked > 250
    assert offenders == []


def test_render_in_each_language_with_nested_messages():
    e = ValidationError("cccd", "member.cccd_taken", cccd="001090012345", name="Lê Thị Hoa", id=7)
    assert str(e) == "CCCD 001090012345 already belongs to Lê Thị Hoa (#7)"
    assert render(e, "en") == str(e)
    assert render(e, "vi") == "CCCD 001090012345 đã thuộc về Lê Thị Hoa (#7)"
    nested = UserError("backup.not_restored", error=UserError("backup.wrong_passphrase"))
    assert render(nested, "vi") == "chưa khôi phục: sai mật khẩu (hoặc phần đầu tệp đã bị sửa)"
    listed = Message("record.in_use", what=Message("record.the_union", name="CĐCS A"),
                     found=[Message("record.count_officer_roles", count=2)])
    assert render(listed, "vi") == "Không thể xóa công đoàn “CĐCS A”: còn 2 chức vụ công đoàn liên quan"
    assert render("something nobody planned for", "vi") == "something nobody planned for"


def test_a_message_survives_pickling_with_its_code():
    import pickle

    m = pickle.loads(pickle.dumps(Message("excel.same_cccd_as_row", row=4)))
    assert m.code == "excel.same_cccd_as_row" and render(m, "vi") == "trùng số CCCD với dòng 4"


def test_progress_phases_are_catalogued_codes():
    code = (ROOT / "desktop_app" / "core" / "backup" / "archive.py").read_text(encoding="utf-8")
    phases = re.findall(r'(?:report\(0, \w+, |\.phase\()Message\("([\w.]+)"\)', code)
    assert len(set(phases)) >= 8 and all(p in CATALOGUE for p in phases)


def test_command_line_speaks_vietnamese_by_default(tmp_path, capsys, monkeypatch):
    from desktop_app.cli.main import main
    from desktop_app.core import setup

    monkeypatch.delenv("SOCONGDOAN_LANGUAGE")
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database" * 10)
    assert main(["stats", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lỗi: ") and "không phải tệp dữ liệu của chương trình này" in err
    setup.set_language("en")
    assert main(["stats", "--db", str(bad)]) == 1
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_import_report_in_the_language_asked(db, tmp_path, language):
    from desktop_app.core.excel import importer as I
    from desktop_app.core.excel.export import write_report
    from desktop_app.core.excel.read import read_sheet

    problem = I.Problem("S", 3, "CCCD", "12", Message("excel.same_cccd_as_row", row=2))
    result = I.ImportResult("members", str(tmp_path / "x.xlsx"), "S", True, problems=[problem])
    rows = read_sheet(write_report(result, tmp_path / f"r_{language}.xlsx", language)).rows
    expected = {"vi": "trùng số CCCD với dòng 2", "en": "the same CCCD as row 2"}[language]
    assert rows[2][4] == expected
