"""Reading returned 01-HĐCĐ workbooks: one or many at once, checked first, then written
together in one transaction.

Each workbook names its union (name and code, found the way the Excel import finds a
union) and its date. A workbook is taken whole or not at all: one that is not a
01-HĐCĐ, names no known union, is for another date, has text or a negative number where
a figure goes, or whose figures contradict each other is reported and left out. A blank
cell never clears a figure already stored. Figures the program also computes (members,
officers...) are not stored from the workbook but compared with the records; where
they differ the report says so, so the officer can find out who is right. Importing the
same workbooks again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.core.backup.check import sha256_file
from desktop_app.core.errors import UserError, ValidationError
from desktop_app.core.excel import legacy as legacy_fonts
from desktop_app.core.excel import normalise as N
from desktop_app.core.excel.importer import UnionMatcher
from desktop_app.core.excel.read import read_sheet
from desktop_app.core.statistics import figures as F
from desktop_app.core.statistics.compute import Form02, compute, union_values
from desktop_app.core.statistics.form01_export import CODE_LABEL, DATE_LABEL, NAME_LABEL, NAME_LABELS
from desktop_app.core.statistics.forms import (
    FORM01_ROWS,
    GROUPS,
    LEGACY_BY_KEY,
    PREVIOUS_FORM01_SECTION_I,
    PREVIOUS_SECTION_I_HEAD,
    ROW_BY_KEY,
    Row,
)
from desktop_app.core.storage.db import audit
from desktop_app.core.text import fold, vn_date, vn_number

# "Mẫu số 01-HĐCĐ" (the program's previous template) or "MẪU SỐ 1-HĐCĐ" (the official one).
_FORM_MARK = re.compile(r"(?<![0-9])0?1-hdcd")
_SCAN = 20  # rows searched for the form number and the union's name, code and date


@dataclass
class Problem:
    file: str
    where: str        # "B7", "row 4.1", or "" for the whole workbook
    reason: str
    level: str = "error"   # error: the workbook is left out; warning: imported, with a note


@dataclass
class Returned:
    """One workbook as read."""
    path: Path
    union_id: int | None = None
    union_name: str = ""
    as_of: dt.date | None = None
    values: dict[str, float | None] = field(default_factory=dict)
    sha256: str = ""
    ok: bool = False


@dataclass
class Form01Import:
    as_of: dt.date | None
    dry_run: bool
    files: list[Returned] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)   # unions still without a return
    changed: int = 0          # figures and returns written (0 on a dry run or a re-import)
    backup: str | None = None

    @property
    def accepted(self) -> list[Returned]:
        return [f for f in self.files if f.ok]

    @property
    def rejected(self) -> list[Returned]:
        return [f for f in self.files if not f.ok]

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat() if self.as_of else None, "dry_run": self.dry_run,
                "accepted": len(self.accepted), "rejected": len(self.rejected), "changed": self.changed,
                "missing": len(self.missing),
                "problems": [p.__dict__ for p in self.problems]}


def _folded(value: Any) -> str:
    return fold(N.text(value) or "")


def _right_of(row: list[Any], c: int) -> Any:
    """The value beside a label: the next filled cell of the two to its right (further
    along the row is the form's head, "MẪU SỐ 1-HĐCĐ" and the decision)."""
    for v in row[c + 1:c + 3]:
        if not N.blank(v):
            return v
    return ""


def _cell(r: int, c: int) -> str:
    from desktop_app.core.excel.xlsx import column_letter
    return f"{column_letter(c + 1)}{r + 1}"


def _read_one(path: Path, matcher: UnionMatcher, out: Form01Import) -> tuple[Returned, dict[str, float]]:
    """Read and check one workbook; its problems go to ``out.problems``. Returns the
    workbook and the figures it gives for rows the program computes."""
    ret = Returned(Path(path))
    name = Path(path).name
    errors: list[Problem] = []

    def error(where: str, reason: str) -> None:
        errors.append(Problem(name, where, reason))

    try:
        sheet = read_sheet(path)
        # a form filled in with .VnTime/VNI fonts reads as Unicode, column by column
        sheet = legacy_fonts.converted(sheet, legacy_fonts.find_in_sheet(Path(path), sheet))
        ret.sha256 = sha256_file(Path(path))
    except (UserError, OSError) as e:
        out.problems.append(Problem(name, "", f"cannot be read: {e}"))
        return ret, {}
    rows = sheet.rows
    if not any(_FORM_MARK.search(_folded(v)) for r in rows[:_SCAN] for v in r):
        out.problems.append(Problem(name, "", "not a 01-HĐCĐ workbook (no 'Mẫu số 01-HĐCĐ' at the top)"))
        return ret, {}

    labels = {**{fold(x).rstrip(":"): "name" for x in NAME_LABELS}, fold(CODE_LABEL).rstrip(":"): "code",
              fold(DATE_LABEL).rstrip(":"): "date"}
    found: dict[str, tuple[Any, str]] = {}
    for r, row in enumerate(rows[:_SCAN]):
        for c, v in enumerate(row):
            text = (N.text(v) or "").strip().strip("()").strip()
            head, colon, rest = text.partition(":")
            key = labels.get(fold(head).strip())
            if not key or key in found:
                continue
            # "Đơn vị báo cáo: CĐCS ..." in one cell, or the label alone with the value beside it
            found[key] = (rest.strip(), _cell(r, c)) if rest.strip() else (_right_of(row, c), _cell(r, c + 1))
    union_name = N.text(found.get("name", ("", ""))[0])
    code = N.text(found.get("code", ("", ""))[0])
    if not union_name and not code:
        error("", f"the workbook does not name its union ('{NAME_LABEL}' is empty or missing)")
    else:
        ret.union_id = matcher.find(union_name, code)
        if ret.union_id is None:
            close = matcher.closest(union_name or "")
            error(found.get("name", ("", ""))[1], f"union not found: {union_name or code!r}"
                  + (f" (closest: {'; '.join(close)})" if close else ""))
        else:
            ret.union_name = matcher.names[ret.union_id]
    raw_date, where = found.get("date", ("", ""))
    try:
        day = N.date(raw_date, "date")
        ret.as_of = dt.date.fromisoformat(day) if isinstance(day, str) else None
    except ValidationError as e:
        error(where, f"the date of the figures is not a date: {e.message}")
    else:
        if ret.as_of is None:
            error(where, f"the workbook does not give the date of its figures ('{DATE_LABEL}')")

    # The table: its head row has "Nội dung" ("Chỉ tiêu" in the previous template); the
    # value column is "Số lượng" ("Số liệu").
    head = next((r for r, row in enumerate(rows) if any(_folded(v) in ("noi dung", "chi tieu") for v in row)), None)
    given: dict[str, float] = {}
    if head is None:
        error("", "the table of figures (a column 'Nội dung') was not found")
    else:
        cols = {_folded(v): c for c, v in enumerate(rows[head])}
        c_no = cols.get("tt", cols.get("stt", 0))
        c_label = cols.get("noi dung", cols.get("chi tieu", 1))
        c_value = cols.get("so luong", cols.get("so lieu", 3))
        table = rows[head + 1:]

        def cell_text(row: list[Any], c: int) -> str:
            return N.text(row[c] if c < len(row) else "") or ""

        labels_seen = {fold(cell_text(row, c_label)) for row in table}
        previous = fold(PREVIOUS_SECTION_I_HEAD.upper()) in labels_seen or any(
            fold(label) in labels_seen for (_n, label), key in PREVIOUS_FORM01_SECTION_I.items())
        by_number, by_label = _lookup(previous)
        # A group heading ("1. Lao động") is no row, even where its number stands in the TT column.
        groups = {fold(g) for g in GROUPS.values()} | {fold(g.partition(". ")[2]) for g in GROUPS.values()}
        section = None
        seen: set[str] = set()
        for r, row in enumerate(table, head + 1):
            number = cell_text(row, c_no).rstrip(".")
            if number in ("I", "II"):
                section = number
                continue
            label = fold(cell_text(row, c_label))
            if label in groups:
                continue
            # by number where the row has one (labels repeat: "- Trong đó: nữ"), else by label
            spec: Row | None = (by_number.get((section or "", number)) if number else None) or by_label.get(label)
            if spec is None or spec.key in seen:
                continue
            seen.add(spec.key)
            raw = row[c_value] if c_value < len(row) else ""
            shown_number, shown_label = (number, cell_text(row, c_label).strip()) if previous else spec.on_form01()
            try:
                if spec.source in ("reported", "legacy"):
                    value = F.check_value(spec.key, raw if not isinstance(raw, str) else N.text(raw))
                else:
                    value = N.integer(raw, spec.key)
            except ValidationError as e:
                reason = e.message
                if "at least 0" in reason or "negative" in reason:
                    reason = f"a negative number: {N.text(raw)}"
                elif "not a" in reason:
                    reason = f"not a number: {N.text(raw)!r}"
                error(f"{_cell(r, c_value)} ({shown_number or shown_label})", f"{shown_label}: {reason}")
                continue
            if spec.source in ("reported", "legacy"):
                ret.values[spec.key] = value
            elif value is not None:
                given[spec.key] = value
        old_rows = [LEGACY_BY_KEY[k] for k, v in ret.values.items() if k in LEGACY_BY_KEY and v is not None]
        if old_rows:
            out.problems.append(Problem(name, "section I", "made from the previous template: "
                                        + "; ".join(f"{r.number}. {r.label}" for r in old_rows)
                                        + " kept, but not put on 02-HĐCĐ (not a row of the official form)",
                                        "warning"))
        try:
            F.check_consistent(ret.values)
        except ValidationError as e:
            error(ret.values and "section I" or "", e.message)
        if not any(v is not None for v in ret.values.values()):
            if given:
                out.problems.append(Problem(name, "", "section I (labour, income) is not filled in", "warning"))
            else:
                error("", "the workbook has no figures filled in")
    out.problems.extend(errors)
    ret.ok = not errors
    return ret, given


def _lookup(previous: bool) -> tuple[dict[tuple[str, str], Row], dict[str, Row]]:
    """The rows of a 01-HĐCĐ by (section, number) and by label: of the official template,
    or of the program's previous one (other numbers and wording in section I)."""
    rows = [r for r in FORM01_ROWS if not (previous and r.section == "I")]
    by_number = {(r.section, r.on_form01()[0]): r for r in rows if r.on_form01()[0]}
    labels = Counter(fold(r.on_form01()[1]) for r in rows)
    by_label = {fold(r.on_form01()[1]): r for r in rows if labels[fold(r.on_form01()[1])] == 1}
    if previous:
        for (number, label), key in PREVIOUS_FORM01_SECTION_I.items():
            spec = ROW_BY_KEY.get(key) or LEGACY_BY_KEY[key]
            by_number[("I", number)] = spec
            by_label[fold(label)] = spec
    return by_number, by_label


def read_returns(db: sqlite_utils.Database, paths: list[Path | str], *, as_of: dt.date | str | None = None,
                 dry_run: bool = True) -> Form01Import:
    """Check every workbook; unless ``dry_run``, write the good ones in one transaction
    (after an automatic backup when anything would change)."""
    if not paths:
        raise UserError("statistics.no_workbook")
    expected = dt.date.fromisoformat(F.iso(as_of)) if as_of is not None else None
    matcher = UnionMatcher(db)
    result = Form01Import(expected, dry_run)
    read = [_read_one(Path(p), matcher, result) for p in paths]
    result.files = [r for r, _ in read]
    if expected is None:  # the date most of the workbooks give
        dates = Counter(r.as_of for r in result.files if r.as_of is not None)
        expected = dates.most_common(1)[0][0] if dates else None
        result.as_of = expected
    form: Form02 | None = compute(db, expected) if expected is not None else None
    by_union: dict[int, Returned] = {}
    for ret, given in read:
        name = ret.path.name
        if ret.as_of is not None and expected is not None and ret.as_of != expected:
            result.problems.append(Problem(name, "", f"figures as of {vn_date(ret.as_of)}, not as of "
                                                     f"{vn_date(expected)} (another period)"))
            ret.ok = False
        if ret.ok and ret.union_id in by_union:
            other = by_union[ret.union_id]
            if other.sha256 != ret.sha256:
                result.problems.append(Problem(name, "", f"{ret.union_name}: a second workbook for the same "
                                                         f"union (the first was {other.path.name})"))
            ret.ok = False
        if ret.ok:
            by_union[ret.union_id] = ret
        if ret.union_id is not None and form is not None and ret.as_of == expected:
            if ret.union_id in form.unions and not form.unions[ret.union_id].active:
                result.problems.append(Problem(name, "", f"{ret.union_name} was not active on {vn_date(expected)}",
                                               "warning"))
            ours = union_values(db, ret.union_id, expected, form)
            for key, theirs in given.items():
                if ours.get(key, 0) != theirs:
                    spec = ROW_BY_KEY[key]
                    number, label = spec.on_form01()
                    result.problems.append(Problem(
                        name, f"row {number}",
                        f"{ret.union_name}: {label} = {vn_number(theirs)} in the workbook, "
                        f"{vn_number(ours.get(key, 0))} in the records", "warning"))
    if expected is not None:
        returned_now = set(by_union)
        result.missing = [m for m in F.missing(db, expected) if m["id"] not in returned_now]
    if dry_run or not by_union:
        return result
    if _would_change(db, expected, by_union):
        from desktop_app.core.backup.archive import auto_backup
        result.backup = str(auto_backup(db, "import"))
    who = F.current_user()
    day = expected.isoformat()
    with db.atomic():
        for uid, ret in by_union.items():
            # A blank cell never clears a figure already stored (typed in, or from an earlier return).
            given_values = {k: v for k, v in ret.values.items() if v is not None}
            result.changed += F.set_figures(db, uid, expected, given_values, source="import", entered_by=who)
            cur = db.execute("""INSERT INTO period_returns (union_id, as_of, file_name, file_sha256, entered_by)
                                VALUES (?,?,?,?,?)
                                ON CONFLICT (union_id, as_of) DO UPDATE SET file_name = excluded.file_name,
                                  file_sha256 = excluded.file_sha256, entered_by = excluded.entered_by,
                                  received_at = strftime('%Y-%m-%dT%H:%M:%S','now')
                                WHERE file_sha256 IS NOT excluded.file_sha256""",
                             [uid, day, ret.path.name, ret.sha256, who])
            result.changed += cur.rowcount
        if result.changed:
            audit(db, "import form01", target=", ".join(r.path.name for r in by_union.values())[:500],
                  records=len(by_union), detail=json.dumps(result.as_dict(), ensure_ascii=False))
    return result


def _would_change(db: sqlite_utils.Database, as_of: dt.date, by_union: dict[int, Returned]) -> bool:
    known = {r[0]: r[1] for r in db.execute("SELECT union_id, file_sha256 FROM period_returns WHERE as_of = ?",
                                            [as_of.isoformat()])}
    def differs(uid: int, ret: Returned) -> bool:
        stored = F.figures(db, uid, as_of)
        return any(v is not None and (k not in stored or stored[k]["value"] != v) for k, v in ret.values.items())

    return any(known.get(uid) != ret.sha256 or differs(uid, ret) for uid, ret in by_union.items())


def write_report(result: Form01Import, path: Path | str) -> Path:
    """The check of the returned workbooks as a workbook: one row per problem, and the
    unions that have not returned theirs."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from desktop_app.core.excel.export import safe_text
    from desktop_app.core.storage.files import save_atomically

    wb = Workbook()
    ws = wb.active
    ws.title = "Kiểm tra 01-HĐCĐ"
    ws.append(["Tệp", "Công đoàn cơ sở", "Kết quả", "Mức", "Vị trí", "Vấn đề"])
    by_file: dict[str, list[Problem]] = {}
    for p in result.problems:
        by_file.setdefault(p.file, []).append(p)
    for f in result.files:
        for p in by_file.get(f.path.name) or [None]:
            ws.append([safe_text(f.path.name), safe_text(f.union_name), "nhận" if f.ok else "từ chối",
                       "" if p is None else ("lỗi" if p.level == "error" else "lưu ý"),
                       "" if p is None else p.where, "" if p is None else safe_text(p.reason)])
    missing = wb.create_sheet("Chưa gửi")
    missing.append(["Mã CĐCS", "Tên công đoàn cơ sở", "Khối"])
    for m in result.missing:
        missing.append([safe_text(m["code"] or ""), safe_text(m["name"]), m["sector"] or ""])
    for sheet, widths in ((ws, (24, 44, 10, 8, 14, 90)), (missing, (12, 50, 30))):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for i, w in enumerate(widths):
            sheet.column_dimensions[chr(65 + i)].width = w
        sheet.freeze_panes = "A2"
    save_atomically(Path(path), lambda p: wb.save(p))
    return Path(path)
