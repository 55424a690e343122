"""The lazy SQL table model, tested without a view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.records import members
from desktop_app.core.text import fold
from desktop_app.ui import lists
from desktop_app.ui.table_model import ID_ROLE, SORT_ROLE, SqlTableModel


def model(db, key, **filters):
    m = SqlTableModel(db, lists.SPECS[key], background_count=False)
    for name, condition in filters.items():
        m.set_filter(name, condition, reload=False)
    m.reload()
    return m


def column(m, key):
    return m.spec.column_index(key)


def test_first_page_only_and_fetch_more(demo_db):
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    assert m.rowCount() == SqlTableModel.PAGE
    assert m.canFetchMore(QModelIndex())
    assert m.total() == 10391
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 2 * SqlTableModel.PAGE
    ids = [m.row_id(r) for r in range(m.rowCount())]
    assert len(set(ids)) == len(ids), "pages must not overlap"
    assert m.rowCount(m.index(0, 0)) == 0 and m.columnCount(m.index(0, 0)) == 0


def test_small_list_loads_fully_with_exact_count(demo_db):
    m = model(demo_db, "events")
    n = demo_db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert m.rowCount() == n == m.total()
    assert not m.canFetchMore(QModelIndex())


def test_each_role(demo_db):
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    row = 0
    member_id = m.row_id(row)
    record = members.get_member(demo_db, member_id)
    name = m.index(row, column(m, "full_name"))
    born = m.index(row, column(m, "birth_date"))
    sex = m.index(row, column(m, "sex"))
    assert m.data(name, Qt.ItemDataRole.DisplayRole) == record["full_name"]
    assert m.data(name, Qt.ItemDataRole.ToolTipRole) == record["full_name"]
    assert m.data(name, ID_ROLE) == member_id
    y, mo, d = record["birth_date"].split("-")
    assert m.data(born, Qt.ItemDataRole.DisplayRole) == f"{d}/{mo}/{y}"       # dd/MM/yyyy
    assert m.data(born, SORT_ROLE) == record["birth_date"]                     # raw value to sort on
    assert m.data(born, Qt.ItemDataRole.EditRole) == record["birth_date"]
    assert m.data(sex, Qt.ItemDataRole.DisplayRole) in ("Male", "Female")
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert m.data(name, Qt.ItemDataRole.TextAlignmentRole) == left
    assert m.headerData(column(m, "full_name"), Qt.Orientation.Horizontal) == "Full name"
    assert m.headerData(0, Qt.Orientation.Vertical) == "1"


def test_numbers_right_aligned_with_dots(demo_db):
    from desktop_app.core.records import unions

    uid = unions.add_union(demo_db, name="Công đoàn Tổng công ty Thử nghiệm", workers=1234567)
    m = model(demo_db, "unions")
    m.set_search("tong cong ty thu")
    row = m.row_of_id(uid)
    assert row >= 0
    cell = m.index(row, column(m, "workers"))
    assert m.data(cell) == "1.234.567"
    assert m.data(cell, SORT_ROLE) == 1234567
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert m.data(cell, Qt.ItemDataRole.TextAlignmentRole) == right


def test_null_values_display_as_empty_text(db):
    members.add_member(db, full_name="Lò Văn Páo")
    m = model(db, "members")
    assert m.data(m.index(0, column(m, "birth_date"))) == ""
    assert m.data(m.index(0, column(m, "union"))) == ""


@pytest.mark.parametrize("key", ["full_name", "birth_date", "joined_on"])
def test_sorting_in_sql(demo_db, key):
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    col = column(m, key)
    m.sort(col, Qt.SortOrder.AscendingOrder)
    sort_key = (lambda r: fold(m.data(m.index(r, col)))) if key == "full_name" else \
        (lambda r: m.data(m.index(r, col), SORT_ROLE))
    up = [sort_key(r) for r in range(m.rowCount())]
    assert up == sorted(up)
    m.sort(col, Qt.SortOrder.DescendingOrder)
    down = [sort_key(r) for r in range(m.rowCount())]
    assert down == sorted(down, reverse=True)
    assert m.sort_state() == (col, Qt.SortOrder.DescendingOrder)
    # the first descending row is the global maximum, not the max of a loaded page
    expr = m.spec.columns[col].sort or m.spec.columns[col].expr
    top = demo_db.execute(f"SELECT members.id FROM {m.spec.from_sql} WHERE members.status = 'active' "
                          f"ORDER BY {', '.join(e + ' DESC' for e in expr.split(','))}, members.id DESC "
                          "LIMIT 1").fetchone()[0]
    assert m.row_id(0) == top


def test_search_is_accent_free_prefix_any_order(demo_db):
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    m.set_search("nguyen")
    n = m.total()
    assert 0 < n < 10391
    names = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert all("nguyen" in fold(x).split() or any(w.startswith("nguyen") for w in fold(x).split()) for x in names)
    exact = demo_db.execute("""SELECT count(*) FROM members WHERE status = 'active' AND id IN
        (SELECT rowid FROM members_fts WHERE members_fts MATCH 'search_text : "nguyen"*')""").fetchone()[0]
    assert n == exact
    some = names[0].split()
    m.set_search(f"{fold(some[-1])[:3]} {fold(some[0])}")  # given-name prefix first, then surname
    assert m.row_of_id(m.row_id(0)) == 0 and m.rowCount() > 0
    ids_any_order = {m.row_id(r) for r in range(m.rowCount())}
    m.set_search(f"{fold(some[0])} {fold(some[-1])[:3]}")
    assert {m.row_id(r) for r in range(m.rowCount())} == ids_any_order


def test_search_name_prefix_first_then_other_matches(demo_db):
    m = model(demo_db, "members")
    m.set_search("le")
    first = [fold(m.data(m.index(r, 0))) for r in range(m.rowCount())]
    starts = [x.startswith("le") for x in first]
    assert starts[0] and starts == sorted(starts, reverse=True), "names starting with the search come first"
    while m.canFetchMore(QModelIndex()):
        m.fetchMore(QModelIndex())
    assert m.rowCount() == m.total()
    assert len({m.row_id(r) for r in range(m.rowCount())}) == m.rowCount()


def test_where_matches_what_is_shown(demo_db):
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    m.set_search("tran thi")
    where, params = m.where()
    n = demo_db.execute(f"SELECT count(*) FROM members LEFT JOIN unions ON unions.id = members.union_id "
                        f"WHERE {where}", params).fetchone()[0]
    assert n == m.total()
    m.set_filter("status", None)
    assert "status" not in m.where()[0]


def test_no_match_gives_empty_list(demo_db):
    m = model(demo_db, "members")
    m.set_search("zzzzqqq")
    assert m.rowCount() == 0 and m.total() == 0
    assert m.data(m.index(0, 0)) is None  # out of range: an invalid QVariant for the view


def test_background_count(qtbot, demo_db):
    m = SqlTableModel(demo_db, lists.MEMBERS)
    m.reload()
    assert m.total() is None
    with qtbot.waitSignal(m.countChanged, timeout=5000, check_params_cb=lambda n, exact: exact):
        pass
    assert m.total() == demo_db.execute("SELECT count(*) FROM members").fetchone()[0]


@pytest.mark.parametrize("text", ["bac nguyen", "thi h", "le", "Đức", "pham van"])
def test_every_search_plan_gives_the_same_rows(demo_db, monkeypatch, text):
    """The LIKE walk, the FTS id list and the name-prefix tiers must agree."""
    from desktop_app.core import listing

    def all_ids():
        m = model(demo_db, "members", status=("members.status = ?", ["active"]))
        m.sort(column(m, "birth_date"), Qt.SortOrder.AscendingOrder)  # no name-prefix tiers
        m.set_search(text)
        while m.canFetchMore(QModelIndex()):
            m.fetchMore(QModelIndex())
        return [m.row_id(r) for r in range(m.rowCount())], m.total()

    walked, total = all_ids()                       # generous budget: LIKE walk
    monkeypatch.setattr(listing, "LIKE_BUDGET_S", 0.0)
    listed, _ = all_ids()                           # no budget: FTS ids, sorted
    assert walked == listed and len(walked) == total
    m = model(demo_db, "members", status=("members.status = ?", ["active"]))
    m.set_search(text)                              # name order: prefix tier, then the rest
    while m.canFetchMore(QModelIndex()):
        m.fetchMore(QModelIndex())
    assert sorted(m.row_id(r) for r in range(m.rowCount())) == sorted(walked)


def test_search_within_one_union(demo_db):
    union_id = demo_db.execute("SELECT union_id FROM members WHERE status = 'active' GROUP BY union_id "
                               "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    m = model(demo_db, "members", union=("members.union_id = ?", [union_id]),
              status=("members.status = ?", ["active"]))
    m.set_search("thi")
    assert m.rowCount() > 0
    assert {m.data(m.index(r, column(m, "union"))) for r in range(m.rowCount())} == {
        demo_db.execute("SELECT name FROM unions WHERE id = ?", [union_id]).fetchone()[0]}


def test_sort_without_index_runs_in_background(qtbot, demo_db):
    m = SqlTableModel(demo_db, lists.MEMBERS)
    m.set_filter("status", ("members.status = ?", ["active"]), reload=False)
    m.reload()
    col = column(m, "union")  # the one column no index keeps in order (it sorts through the join)
    with qtbot.waitSignal(m.pageLoaded, timeout=10000):
        m.sort(col, Qt.SortOrder.DescendingOrder)
        assert m.busy, "sorting 600,000 rows must not freeze the window"
    assert not m.busy and m.total() == 10391
    while m.canFetchMore(QModelIndex()) and m.rowCount() < 600:
        m.fetchMore(QModelIndex())
    names = [m.data(m.index(r, col), SORT_ROLE) for r in range(m.rowCount())]
    assert len(names) == 600 and names == sorted(names, reverse=True)


def test_sort_by_an_indexed_column_reads_its_first_page_at_once(qtbot, demo_db):
    m = SqlTableModel(demo_db, lists.MEMBERS)
    m.set_filter("status", ("members.status = ?", ["active"]), reload=False)
    m.reload()
    col = column(m, "birth_date")
    m.sort(col, Qt.SortOrder.DescendingOrder)
    assert not m.busy  # no background sort: the index gives the order
    born = [m.data(m.index(r, col), SORT_ROLE) for r in range(m.rowCount())]
    assert born and born == sorted(born, reverse=True)
