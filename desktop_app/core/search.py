"""Search over members and unions: accent-insensitive, prefix, any word order.

Both FTS tables index two columns: the name as written (diacritics kept) and an
accent-folded ``search_text``. A query is run against the folded column; when the
user typed diacritics, rows whose name has exactly those marks come first
("Đức" before "Đục" and "Duc").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from desktop_app.core.text import fold, has_diacritics, nfc, vn_date

WORD = re.compile(r"\w+", re.UNICODE)


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"*'


def fts_query(text: str) -> str | None:
    """FTS5 MATCH expression for the folded column, words in any order, or None
    for an empty query."""
    tokens = WORD.findall(fold(text))
    if not tokens:
        return None
    return " AND ".join(f"search_text : {_phrase(t)}" for t in tokens)


def _tiers(text: str, name_column: str) -> list[tuple[str, bool]]:
    """MATCH expressions from best to loosest, each with whether it is an exact match
    of the typed diacritics.

    1. the typed words with their diacritics, in the typed order;
    2. with their diacritics, any order;
    3. accent-free, in the typed order ("nguyen van" -> "Nguyễn Văn ...");
    4. accent-free, any order.
    Tiers 1-2 exist only when the user typed diacritics.
    """
    folded_tokens = WORD.findall(fold(text))
    if not folded_tokens:
        return []
    tiers: list[tuple[str, bool]] = []
    typed = has_diacritics(text)
    if typed:
        words = WORD.findall(nfc(text).lower())
        cols = [(name_column, w) if has_diacritics(w) else ("search_text", fold(w)) for w in words]
        if len({c for c, _ in cols}) == 1 and len(words) > 1:
            tiers.append((f"{name_column} : " + _phrase(" ".join(words)), True))
        tiers.append((" AND ".join(f"{c} : {_phrase(w)}" for c, w in cols), True))
    if len(folded_tokens) > 1:
        tiers.append(("search_text : " + _phrase(" ".join(folded_tokens)), not typed))
    tiers.append((fts_query(text), not typed))
    return tiers


@dataclass(frozen=True)
class Hit:
    kind: str  # "member" or "union"
    id: int
    title: str
    detail: str
    exact: bool


def ranked_ids(db: sqlite_utils.Database, table: str, text: str, limit: int) -> list[tuple[int, bool]]:
    """Row ids of ``table`` ("members" or "unions") matching ``text``, best first,
    each with whether the typed diacritics matched exactly.

    Within a tier rows come in id order: FTS5's bm25 ``ORDER BY rank`` costs about
    2 s when a common surname matches 250,000 of 600,000 members.
    """
    fts = f"{table}_fts"
    name_column = "full_name" if table == "members" else "name"
    found: list[tuple[int, bool]] = []
    seen: set[int] = set()
    for expression, exact in _tiers(text, name_column):
        if len(found) >= limit:
            break
        sql = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?"
        for (rowid,) in db.execute(sql, [expression, limit + len(seen)]):
            if rowid not in seen:
                seen.add(rowid)
                found.append((rowid, exact))
                if len(found) >= limit:
                    break
    return found


def search(db: sqlite_utils.Database, text: str, limit: int = 20,
           kinds: tuple[str, ...] = ("member", "union")) -> list[Hit]:
    hits: list[Hit] = []
    if "member" in kinds:
        ranked = ranked_ids(db, "members", text, limit)
        details = _member_details(db, [i for i, _ in ranked])
        hits += [Hit("member", i, *details[i], exact) for i, exact in ranked if i in details]
    if "union" in kinds:
        ranked = ranked_ids(db, "unions", text, limit)
        details = _union_details(db, [i for i, _ in ranked])
        hits += [Hit("union", i, *details[i], exact) for i, exact in ranked if i in details]
    hits.sort(key=lambda h: not h.exact)  # stable: keeps FTS rank inside each group
    return hits[:limit] if len(kinds) > 1 else hits


def _member_details(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, tuple[str, str]] = {}
    for mid, name, birth, union in db.execute(
            f"""SELECT m.id, m.full_name, m.birth_date, u.name FROM members m
                LEFT JOIN unions u ON u.id = m.union_id WHERE m.id IN ({marks})""", ids):
        detail = ", ".join(p for p in (vn_date(birth), union or "") if p)
        out[mid] = (name, detail)
    return out


def _union_details(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {uid: (name, ", ".join(p for p in (code or "", address or "") if p))
            for uid, name, code, address in db.execute(
                f"SELECT id, name, code, address FROM unions WHERE id IN ({marks})", ids)}
