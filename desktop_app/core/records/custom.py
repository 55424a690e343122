"""Fields of the user's own (trường tự đặt) for members and unions: text, number, date
or a choice from a list. The definitions are rows of ``custom_fields``; the values live
in ``member_custom_values`` / ``union_custom_values`` (deleted with their record)."""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records.fields import audit_record, row, rows
from desktop_app.core.text import clean, fold, iso_date, vn_date
from desktop_app.core.vocabulary import CUSTOM_ENTITY, CUSTOM_KIND

VALUE_TABLES = {"members": ("member_custom_values", "member_id"), "unions": ("union_custom_values", "union_id")}


def _choices(text: Any) -> list[str]:
    return [c for c in (clean(x) for x in str(text or "").replace(";", "\n").splitlines()) if c]


def add_field(db: sqlite_utils.Database, *, entity: str, name: Any, kind: str, choices: Any = None) -> int:
    if entity not in CUSTOM_ENTITY.codes():
        raise ValidationError("entity", "custom.unknown_entity", value=repr(entity))
    if kind not in CUSTOM_KIND.codes():
        found = CUSTOM_KIND.find(str(kind or ""))
        if not found:
            raise ValidationError("kind", "custom.unknown_kind", value=repr(kind))
        kind = found
    label = clean(name)
    if not label:
        raise ValidationError("name", "custom.name_required")
    options = _choices(choices)
    if kind == "choice" and len(options) < 2:
        raise ValidationError("choices", "custom.two_choices")
    taken = [r["name"] for r in fields(db, entity)]
    if fold(label) in {fold(t) for t in taken}:
        raise DuplicateError("name", "custom.name_taken", name=label)
    with db.atomic():
        values = {"entity": entity, "name": label, "kind": kind, "choices": "\n".join(options) or None,
                  "sort": len(taken)}
        field_id = db["custom_fields"].insert(values).last_pk
        audit_record(db, "add", "custom_fields", field_id, values)
        return field_id


def delete_field(db: sqlite_utils.Database, field_id: int) -> None:
    """The field and every value recorded in it."""
    with db.atomic():
        current = row(db, "custom_fields", field_id)
        db.execute("DELETE FROM custom_fields WHERE id = ?", [field_id])
        audit_record(db, "delete", "custom_fields", field_id, current)


def fields(db: sqlite_utils.Database, entity: str | None = None) -> list[dict[str, Any]]:
    where = "WHERE entity = ?" if entity else ""
    return rows(db, f"SELECT * FROM custom_fields {where} ORDER BY entity, sort, id", [entity] if entity else [])


def parse_value(field: dict[str, Any], raw: Any, key: str | None = None) -> str | None:
    """The value as stored (numbers plain, dates ISO), None for empty; ValidationError on
    ``key`` (default ``custom_<id>``) when it does not fit the field."""
    key = key or f"custom_{field['id']}"
    if raw is None or clean(raw) == "":
        return None
    text = clean(raw)
    if field["kind"] == "number":
        try:
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):  # a number cell
                number = float(raw)
            elif "," in text or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):  # 1.250 / 1.250,5 (Vietnamese)
                number = float(text.replace(".", "").replace(",", "."))
            else:
                number = float(text)
        except ValueError:
            raise ValidationError(key, "custom.not_a_number", name=field["name"], value=repr(text)) from None
        return str(int(number)) if number.is_integer() else str(number)
    if field["kind"] == "date":
        return iso_date(raw, key)
    if field["kind"] == "choice":
        options = _choices(field["choices"])
        match = next((o for o in options if fold(o) == fold(text)), None)
        if match is None:
            raise ValidationError(key, "custom.not_a_choice", name=field["name"], choices=", ".join(options))
        return match
    return text


def set_values(db: sqlite_utils.Database, entity: str, record_id: int, values: dict[int, Any]) -> None:
    """Values typed for the record, by field id; an empty one removes the value."""
    table, column = VALUE_TABLES[entity]
    by_id = {f["id"]: f for f in fields(db, entity)}
    with db.atomic():
        for field_id, raw in values.items():
            stored = parse_value(by_id[field_id], raw)
            if stored is None:
                db.execute(f"DELETE FROM {table} WHERE {column} = ? AND field_id = ?", [record_id, field_id])
            else:
                db.execute(f"INSERT OR REPLACE INTO {table} ({column}, field_id, value) VALUES (?,?,?)",
                           [record_id, field_id, stored])


def values_of(db: sqlite_utils.Database, entity: str, record_id: int) -> dict[int, str]:
    table, column = VALUE_TABLES[entity]
    return dict(db.execute(f"SELECT field_id, value FROM {table} WHERE {column} = ?", [record_id]).fetchall())


def shown(field: dict[str, Any], value: str | None) -> str:
    """A stored value as people read it (dates dd/mm/yyyy)."""
    if value is None:
        return ""
    return vn_date(value) if field["kind"] == "date" else value
