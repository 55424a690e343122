"""The parts of the annual summary report (báo cáo tổng kết) the user writes: the overall
assessment, strengths and shortcomings, next year's tasks and the proposals.

They are kept per year in ``report_texts`` and start pre-filled with the sentences the
figures give, so the officer edits a draft instead of a blank page; the figures
themselves are always computed, never typed.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import ValidationError
from desktop_app.core.text import vn_number

# (key, heading in the report); "{next}" is the following year.
SECTIONS = (
    ("general", "Đánh giá chung"),
    ("strengths", "Ưu điểm"),
    ("weaknesses", "Hạn chế, tồn tại"),
    ("plan", "Phương hướng, nhiệm vụ năm {next}"),
    ("proposals", "Kiến nghị, đề xuất"),
)
KEYS = tuple(k for k, _ in SECTIONS)


def heading(key: str, year: int) -> str:
    return dict(SECTIONS)[key].format(next=year + 1)


def _pct(value: float, digits: int = 1) -> str:
    """74.8 -> '74,8%', 100.0 -> '100%'."""
    s = f"{value:.{digits}f}".replace(".", ",")
    if "," in s:
        s = s.rstrip("0").rstrip(",")
    return s + "%"


def value_text(unit: str, value: float | None) -> str:
    if value is None:
        return "–"
    return _pct(value, 1) if unit == "percent" else vn_number(value)


def target_phrase(indicator: dict[str, Any]) -> str:
    """'Chủ tịch CĐCS được tập huấn: 74,8% (chỉ tiêu 100%) – chưa đạt';
    'Kết nạp đoàn viên mới: 1.518 (chỉ tiêu 1.355) – đạt 112%'."""
    unit, result, target = indicator["unit"], indicator["result"], indicator["target"]
    out = f"{indicator['label']}: {value_text(unit, result)}"
    if not target:
        return out
    out += f" (chỉ tiêu {value_text(unit, target)})"
    reached = result is not None and result >= target
    if unit == "percent":
        return out + (" – đạt" if reached else " – chưa đạt")
    pct = indicator.get("percent")
    if pct is None:
        return out
    return out + (f" – đạt {_pct(pct, 0)}" if reached else f" – đạt {_pct(pct, 0)}, chưa đạt chỉ tiêu")


def assessment(indicator: dict[str, Any]) -> str:
    """The last column of the targets table: 'đạt 112%', 'chưa đạt' …"""
    unit, result, target = indicator["unit"], indicator["result"], indicator["target"]
    if not target or result is None:
        return "–"
    reached = result >= target
    if unit == "percent":
        return "đạt" if reached else "chưa đạt"
    return f"đạt {_pct(indicator['percent'], 0)}" + ("" if reached else " – chưa đạt")


def defaults(figures: dict[str, Any], body_name: str, next_targets: dict[str, Any] | None = None) -> dict[str, str]:
    """The draft of each section, written from the year's figures."""
    year = figures["year"]
    ind = [i for i in figures["indicators"] if i["target"]]
    reached = [i for i in ind if i["result"] is not None and i["result"] >= i["target"]]
    missed = [i for i in ind if i not in reached]
    general = (f"Năm {year}, {body_name or 'đơn vị'} quản lý {vn_number(figures['unions_end'])} công đoàn cơ sở "
               f"với {vn_number(figures['members_end'])} đoàn viên")
    change = figures["members_end"] - figures["members_start"]
    if change:
        general += f" ({'tăng' if change > 0 else 'giảm'} {vn_number(abs(change))} đoàn viên so với đầu năm)"
    general += "."
    if ind:
        general += f" Có {len(reached)}/{len(ind)} chỉ tiêu đạt và vượt kế hoạch."
    out = {
        "general": general,
        "strengths": "\n".join(f"- {target_phrase(i)}." for i in reached),
        "weaknesses": "\n".join(f"- {target_phrase(i)}." for i in missed),
        "plan": "",
        "proposals": "",
    }
    plan = []
    for i in (next_targets or {}).get("indicators", []):
        if i.get("target"):
            plan.append(f"- {i['label']}: chỉ tiêu {value_text(i['unit'], i['target'])}.")
    if not plan and missed:
        plan = [f"- Phấn đấu hoàn thành chỉ tiêu \u201c{i['label']}\u201d ({value_text(i['unit'], i['target'])})."
                for i in missed]
    out["plan"] = "\n".join(plan)
    return out


def stored(db: sqlite_utils.Database, year: int) -> dict[str, str]:
    """The texts saved for ``year`` (only the sections the user saved)."""
    return dict(db.execute("SELECT section, body FROM report_texts WHERE year = ?", [int(year)]).fetchall())


def next_year_targets(db: sqlite_utils.Database, year: int) -> dict[str, Any] | None:
    """The targets set for the year after ``year`` (None when none is set)."""
    from desktop_app.core import stats
    tgt = stats.targets(db, year + 1)
    if not tgt:
        return None
    return {"indicators": [dict(code=i.code, label=i.label_vi, unit=i.unit, target=tgt.get(i.code))
                           for i in stats.INDICATORS]}


def texts(db: sqlite_utils.Database, year: int, figures: dict[str, Any], body_name: str) -> dict[str, str]:
    """Each section's text: the user's where saved, else the draft from the figures."""
    out = defaults(figures, body_name, next_year_targets(db, year))
    out.update(stored(db, year))
    return out


def save(db: sqlite_utils.Database, year: int, values: dict[str, str]) -> None:
    """Keep the sections of ``year`` (one transaction); an empty text is kept empty, so
    a section the user cleared stays out of the report."""
    unknown = set(values) - set(KEYS)
    if unknown:
        raise ValidationError("section", "report.unknown_section", sections=", ".join(sorted(unknown)))
    with db.atomic():
        for key, body in values.items():
            db.execute("""INSERT INTO report_texts (year, section, body) VALUES (?,?,?)
                          ON CONFLICT(year, section) DO UPDATE SET body = excluded.body,
                            updated_at = strftime('%Y-%m-%dT%H:%M:%S','now')""",
                       [int(year), key, "\n".join(line.rstrip() for line in str(body).strip().splitlines())])
