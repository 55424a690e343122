"""The lists as core queries: search, filters, sort and paging, without Qt."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core import listing
from desktop_app.core.listing import ListQuery, Sort
from desktop_app.core.records import events, members, unions
from desktop_app.core.text import fold, has_diacritics

ACTIVE = {"status": ("members.status = ?", ["active"])}


def all_rows(query: ListQuery, size: int = 150) -> list[tuple]:
    """Every page, as the window reads them while the view scrolls (a page that ends the
    names starting with the search is short, with ``deferred`` set: ask again)."""
    rows: list[tuple] = []
    while True:
        page = query.page(len(rows), size)
        rows += page
        if len(page) < size and not query.deferred:
            return rows


def all_pages(query: ListQuery, size: int = 150) -> list[int]:
    return [r[0] for r in all_rows(query, size)]


@pytest.fixture
def small(db):
    a = unions.add_union(db, name="CĐCS Trường Mầm non Hoa Sen")
    b = unions.add_union(db, name="CĐCS Công ty Cổ phần May Đức Giang")
    names = ["Nguyễn Văn Đức", "Nguyễn Thị Đục", "Trần Duc Anh", "Lê Thị Hoa", "Phạm Văn Nguyên", "Đức Minh"]
    ids = {}
    for i, name in enumerate(names):
        ids[name] = members.add_member(db, full_name=name, birth_date=f"19{80 + i}-01-01",
                                       union_id=a if i % 2 else b, joined_on="2020-01-01")
    events.add_event(db, kind="conference", title="Hội nghị người lao động 2026", starts_at="2026-03-01T08:00")
    events.add_event(db, kind="forum", title="Tọa đàm ngày Quốc tế Phụ nữ", starts_at="2026-03-08T08:00")
    return ids


def test_search_is_accent_free_word_prefix_any_order(db, small):
    q = ListQuery(db, "members", search="duc")
    found = {r[1] for r in all_rows(q)}
    assert found == {"Nguyễn Văn Đức", "Nguyễn Thị Đục", "Trần Duc Anh", "Đức Minh"}
    assert q.count() == 4 == len(ListQuery(db, "members", search="duc").ids())
    assert {r[1] for r in all_rows(ListQuery(db, "members", search="van ngu"))} == \
        {"Nguyễn Văn Đức", "Phạm Văn Nguyên"}


def test_filters_and_sort(db, small):
    union = db.execute("SELECT id FROM unions WHERE name LIKE '%Hoa Sen'").fetchone()[0]
    born = listing.MEMBERS.column_index("birth_date")
    q = ListQuery(db, "members", filters={"union": ("members.union_id = ?", [union])}, sort=Sort(born, True))
    rows = q.page(0, 50)
    assert [r[1 + born] for r in rows] == sorted((r[1 + born] for r in rows), reverse=True)
    assert {r[1 + listing.MEMBERS.column_index("union")] for r in rows} == {"CĐCS Trường Mầm non Hoa Sen"}
    assert q.count() == len(rows) == 3
    assert q.ids() == [r[0] for r in rows]


def test_name_order_puts_names_starting_with_the_search_first(db, small):
    q = ListQuery(db, "members", search="duc")
    first = q.page(0, 50)
    assert [r[1] for r in first] == ["Đức Minh"] and q.deferred
    rest = q.page(1, 50)
    assert [r[1] for r in rest] == ["Nguyễn Thị Đục", "Nguyễn Văn Đức", "Trần Duc Anh"]
    assert q.ids() == [r[0] for r in first + rest]


def test_events_and_courses_are_searched_too(db, small):
    q = ListQuery(db, "events", search="toa dam")
    assert [r[3] for r in q.page(0, 10)] == ["Tọa đàm ngày Quốc tế Phụ nữ"]
    assert q.count() == 1 and len(q.ids()) == 1
    where, params = q.where()
    assert db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0] == 1
    assert ListQuery(db, "courses", search="zzz").count() == 0


def test_export_statement_gives_the_pages_rows_in_order(db, small):
    q = ListQuery(db, "members", search="nguyen")
    sql, params = q.select_sql("members.id")
    assert [r[0] for r in db.execute(sql, params)] == all_pages(q)


def test_best_matches_first_puts_the_typed_diacritics_first(db, small):
    spec = dataclasses.replace(listing.MEMBERS, relevance=True)
    q = ListQuery(db, spec, search="Đức")
    assert q.relevance_mode()
    names = [r[1] for r in q.page(0, 50)]
    exact = [n for n in names if "Đức" in n]
    assert names[:len(exact)] == exact and len(names) == 4
    assert q.ids() == [r[0] for r in ListQuery(db, spec, search="Đức").page(0, 50)]
    assert not ListQuery(db, spec, search="Đức", ranked=False).relevance_mode()  # a column was chosen


@pytest.mark.parametrize("text", ["bac nguyen", "thi h", "le", "Đức", "pham van"])
def test_every_plan_gives_the_same_rows(demo_db, monkeypatch, text):
    """The LIKE walk, the FTS id list and the name-prefix tiers agree, and so do count and ids."""
    born = Sort(listing.MEMBERS.column_index("birth_date"))
    walked = all_pages(ListQuery(demo_db, "members", text, ACTIVE, born))
    monkeypatch.setattr(listing, "LIKE_BUDGET_S", 0.0)
    listed = all_pages(ListQuery(demo_db, "members", text, ACTIVE, born))
    assert walked == listed == ListQuery(demo_db, "members", text, ACTIVE, born).ids()
    named = ListQuery(demo_db, "members", text, ACTIVE)
    by_name = all_pages(named)
    assert sorted(by_name) == sorted(walked) and len(walked) == named.count()
    assert by_name == ListQuery(demo_db, "members", text, ACTIVE).ids()


def test_first_page_of_the_members_reads_one_page(demo_db):
    q = ListQuery(demo_db, "members", filters=ACTIVE)
    rows = q.page(0, 201)
    names = [fold(r[1]) for r in rows]
    assert len(rows) == 201 and names == sorted(names)
    assert not any(has_diacritics(n) for n in names)
