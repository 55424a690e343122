"""Training courses (lớp tập huấn) and enrolments with attendance and certificates."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records.fields import (
    date_field,
    int_field,
    only_known,
    required_text,
    row,
    rows,
    text_or_none,
    update_row,
)
from desktop_app.core.text import fold

FIELDS = ("title", "topic", "target_group", "starts_on", "ends_on", "place", "trainer", "sessions",
          "body_id", "note", "origin")


def _prepare(fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
    values = only_known(fields, FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            out[key] = required_text(value, "title", "The course title")
        elif key in ("starts_on", "ends_on"):
            out[key] = date_field(value, key)
        elif key == "sessions":
            out[key] = int_field(value, key, minimum=1) or 1
        elif key == "body_id":
            out[key] = value
        else:
            out[key] = text_or_none(value)
    merged = {**(current or {}), **out}
    if not merged.get("starts_on"):
        raise ValidationError("starts_on", "course.start_date_required")
    if merged.get("ends_on") and merged["ends_on"] < merged["starts_on"]:
        raise ValidationError("ends_on", "course.ends_before_start")
    if "title" in out or "topic" in out:
        out["search_text"] = fold(f"{merged['title']} {merged.get('topic') or ''}")
    return out


def add_course(db: sqlite_utils.Database, **fields: Any) -> int:
    if "title" not in fields:
        raise ValidationError("title", "course.title_required")
    with db.atomic():
        return db["courses"].insert(_prepare(fields, None)).last_pk


def update_course(db: sqlite_utils.Database, course_id: int, **fields: Any) -> None:
    with db.atomic():
        current = get_course(db, course_id)
        update_row(db, "courses", course_id, _prepare(fields, current))


def get_course(db: sqlite_utils.Database, course_id: int) -> dict[str, Any]:
    return row(db, "courses", course_id, "Course")


def delete_course(db: sqlite_utils.Database, course_id: int) -> None:
    """Delete a course and its enrolments (they are part of it)."""
    with db.atomic():
        get_course(db, course_id)
        db.execute("DELETE FROM courses WHERE id = ?", [course_id])


def enrol(db: sqlite_utils.Database, course_id: int, member_id: int, *, attended_sessions: Any = None,
          completed: bool = False, certificate_no: str | None = None, note: str | None = None) -> int:
    with db.atomic():
        course = get_course(db, course_id)
        member = row(db, "members", member_id, "Member")
        if db.execute("SELECT 1 FROM enrolments WHERE course_id = ? AND member_id = ?",
                      [course_id, member_id]).fetchone():
            raise DuplicateError("member_id", "course.already_enrolled", full_name=member['full_name'])
        values = _enrolment_values(db, course, None, attended_sessions, completed, certificate_no, note)
        return db["enrolments"].insert({"course_id": course_id, "member_id": member_id, **values}).last_pk


def _enrolment_values(db, course, enrolment_id, attended_sessions, completed, certificate_no, note):
    attended = int_field(attended_sessions, "attended_sessions")
    if attended is not None and attended > course["sessions"]:
        raise ValidationError("attended_sessions", "course.only_n_sessions", sessions=course['sessions'])
    cert = text_or_none(certificate_no)
    if cert and not completed:
        raise ValidationError("certificate_no", "course.certificate_needs_completion")
    if cert:
        other = db.execute("SELECT id FROM enrolments WHERE certificate_no = ? AND id IS NOT ?",
                           [cert, enrolment_id]).fetchone()
        if other:
            raise DuplicateError("certificate_no", "course.certificate_taken", cert=cert)
    return {"attended_sessions": attended, "completed": 1 if completed else 0,
            "certificate_no": cert, "note": text_or_none(note)}


def set_attendance(db: sqlite_utils.Database, enrolment_id: int, *, attended_sessions: Any = None,
                   completed: bool = False, certificate_no: str | None = None, note: str | None = None) -> None:
    with db.atomic():
        enrolment = row(db, "enrolments", enrolment_id, "Enrolment")
        course = get_course(db, enrolment["course_id"])
        update_row(db, "enrolments", enrolment_id,
                   _enrolment_values(db, course, enrolment_id, attended_sessions, completed, certificate_no, note))


def unenrol(db: sqlite_utils.Database, enrolment_id: int) -> None:
    with db.atomic():
        row(db, "enrolments", enrolment_id, "Enrolment")
        db.execute("DELETE FROM enrolments WHERE id = ?", [enrolment_id])


def enrolments(db: sqlite_utils.Database, course_id: int) -> list[dict[str, Any]]:
    return rows(db, """SELECT e.*, m.full_name, m.birth_date, m.sex, m.cccd, u.name AS union_name
                       FROM enrolments e JOIN members m ON m.id = e.member_id
                       LEFT JOIN unions u ON u.id = m.union_id
                       WHERE e.course_id = ? ORDER BY m.name_folded""", [course_id])


def for_member(db: sqlite_utils.Database, member_id: int) -> list[dict[str, Any]]:
    return rows(db, """SELECT e.*, c.title, c.starts_on, c.ends_on FROM enrolments e
                       JOIN courses c ON c.id = e.course_id WHERE e.member_id = ?
                       ORDER BY c.starts_on DESC""", [member_id])
