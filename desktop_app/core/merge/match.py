"""Recognising the same record in two files.

A record copied between files keeps its ``uid``, so an identical uid always wins. Past
that: a member is the same person by CCCD, else by folded name + birth date (only when
one of the two has no CCCD: two different CCCDs are two people); a grassroots union is
the same by code, else by folded name + folded address. Each record of the open file is
matched at most once per source, and a name + birth date that fits several records is
not guessed: the incoming record is added and reported as a possible duplicate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.core.text import fold


def _norm(value: Any) -> str:
    return fold(str(value)) if value not in (None, "") else ""


class Index:
    """Look-ups over the open file's rows of one table, by uid and by the natural keys."""

    def __init__(self, rows: Iterable[dict[str, Any]], keys: list[Callable[[dict[str, Any]], Any]]):
        self.by_uid: dict[str, int] = {}
        self.keys = keys
        self.by_key: list[dict[Any, list[int]]] = [defaultdict(list) for _ in keys]
        self.rows: dict[int, dict[str, Any]] = {}
        for r in rows:
            self.add(r)
        self.taken: set[int] = set()

    def add(self, r: dict[str, Any]) -> None:
        self.rows[r["id"]] = r
        if r.get("uid"):
            self.by_uid[r["uid"]] = r["id"]
        for key, table in zip(self.keys, self.by_key):
            k = key(r)
            if k is not None:
                table[k].append(r["id"])

    def reserve_uids(self, theirs: Iterable[dict[str, Any]]) -> dict[int, int]:
        """Match every incoming record that has a uid here first, so that a natural key
        of another incoming record cannot take a record that is its own by uid."""
        out = {}
        for t in theirs:
            found = self.by_uid.get(t.get("uid") or "")
            if found is not None and found not in self.taken:
                self.taken.add(found)
                out[t["id"]] = found
        return out

    def find(self, theirs: dict[str, Any], reserved: dict[int, int] | None = None) -> tuple[int | None, str]:
        if reserved and theirs["id"] in reserved:
            return reserved[theirs["id"]], "uid"
        """(id in the open file, how it matched) or (None, reason it was not matched)."""
        found = self.by_uid.get(theirs.get("uid") or "")
        if found is not None and found not in self.taken:
            return found, "uid"
        ambiguous = False
        for key, table in zip(self.keys, self.by_key):
            k = key(theirs)
            if k is None:
                continue
            candidates = [c for c in table.get(k, ()) if c not in self.taken and self.compatible(c, theirs)]
            if len(candidates) == 1:
                return candidates[0], key.__name__
            if len(candidates) > 1:
                ambiguous = True
        return None, "ambiguous" if ambiguous else "new"

    def compatible(self, ours_id: int, theirs: dict[str, Any]) -> bool:
        return True


def member_cccd(r: dict[str, Any]) -> Any:
    return r.get("cccd") or None


def member_name_birth(r: dict[str, Any]) -> Any:
    if not r.get("birth_date"):
        return None
    return (r.get("name_folded") or _norm(r.get("full_name")), r["birth_date"])


class MemberIndex(Index):
    def __init__(self, rows: Iterable[dict[str, Any]]):
        super().__init__(rows, [member_cccd, member_name_birth])

    def compatible(self, ours_id: int, theirs: dict[str, Any]) -> bool:
        """Two CCCDs are two people; one CCCD on two records whose name AND birth date
        both differ is a typing error in one file, not one person."""
        ours = self.rows[ours_id]
        if ours.get("cccd") and theirs.get("cccd") and ours["cccd"] != theirs["cccd"]:
            return False
        same_name = (ours.get("name_folded") or _norm(ours.get("full_name"))) == (
            theirs.get("name_folded") or _norm(theirs.get("full_name")))
        births = (ours.get("birth_date"), theirs.get("birth_date"))
        same_birth = None in births or births[0] == births[1]
        return same_name or same_birth


def union_code(r: dict[str, Any]) -> Any:
    return _norm(r.get("code")) or None


def union_name_address(r: dict[str, Any]) -> Any:
    address = _norm(r.get("address"))
    if not address:
        return None
    return (r.get("name_folded") or _norm(r.get("name")), address)


class UnionIndex(Index):
    """Codes are numbered by each former unit, so two files may give the same code to
    different unions: a code only matches when the name or the address agrees too."""

    def __init__(self, rows: Iterable[dict[str, Any]]):
        super().__init__(rows, [union_code, union_name_address])

    def compatible(self, ours_id: int, theirs: dict[str, Any]) -> bool:
        ours = self.rows[ours_id]
        a, b = union_code(ours), union_code(theirs)
        if a and b and a != b:
            return False
        if a and b:
            return (_norm(ours.get("name")) == _norm(theirs.get("name"))
                    or bool(_norm(ours.get("address"))) and _norm(ours.get("address")) == _norm(theirs.get("address")))
        return True


def body_key(r: dict[str, Any]) -> Any:
    return (_norm(r.get("name")), r.get("kind"))


def event_key(r: dict[str, Any]) -> Any:
    return (_norm(r.get("title")), r.get("starts_at"))


def course_key(r: dict[str, Any]) -> Any:
    return (_norm(r.get("title")), r.get("starts_on"))


def officer_key(r: dict[str, Any]) -> Any:
    # member/union/body ids here are already in the open file's numbering
    return (r.get("member_id"), r.get("role"), r.get("union_id"), r.get("body_id"), r.get("term_start"))


def welfare_key(r: dict[str, Any]) -> Any:
    return (r.get("paid_on"), r.get("member_id"), r.get("union_id"), r.get("kind"), r.get("amount"))
