import datetime as dt
import unicodedata

from desktop_app.core import search, stats
from desktop_app.core.records import members, unions


def _history_db(db):
    a = unions.add_union(db, code="A", name="Công đoàn A", sector="hcsn", founded_on="2000-01-01")
    b = unions.add_union(db, code="B", name="Công đoàn B", sector="fdi", founded_on="2018-01-01")
    m1 = members.add_member(db, full_name="Nguyễn Văn Đức", union_id=a, joined_on="2010-01-01")
    m2 = members.add_member(db, full_name="Trần Thị Đục", union_id=a, joined_on="2016-05-01")
    m3 = members.add_member(db, full_name="Lê Duc Anh", union_id=b, joined_on="2019-01-01")
    members.transfer(db, m1, b, "2019-06-01")
    members.leave(db, m2, "2020-12-31", reason="Nghỉ hưu")
    members.decease(db, m3, "2023-03-03")
    unions.close_union(db, b, status="dissolved", on_date="2024-01-01")
    return a, b, m1, m2, m3


def test_counts_as_of_past_dates_follow_history(db):
    a, b, *_ = _history_db(db)
    assert stats.members_as_of(db, "2009-12-31") == 0
    assert stats.members_as_of(db, "2010-01-01") == 1
    assert stats.members_as_of(db, "2019-01-01") == 3
    assert stats.members_by_union_as_of(db, "2019-06-01") == {a: 1, b: 2}
    assert stats.members_as_of(db, "2020-12-31") == 2
    assert stats.members_as_of(db, "2023-03-03") == 1
    assert stats.members_as_of(db, dt.date(2024, 1, 1)) == 0  # dissolved: the last one left
    assert stats.unions_as_of(db, "2017-12-31") == 1
    assert stats.unions_as_of(db, "2018-01-01") == 2
    assert stats.unions_as_of(db, "2024-01-01") == 1


def test_year_summary_results_against_targets(db):
    _history_db(db)
    stats.set_target(db, 2019, "new_members", 2)
    summary = stats.year_summary(db, 2019)
    assert (summary["members_start"], summary["members_end"]) == (2, 3)
    new = next(i for i in summary["indicators"] if i["code"] == "new_members")
    assert (new["result"], new["target"], new["percent"]) == (1, 2, 50.0)
    # a move between two unions of the body is not a member gained from outside
    assert (summary["members_transferred_in"], summary["members_moved"]) == (0, 1)


def test_demo_counts_match_the_real_district(demo_db):
    assert stats.unions_as_of(demo_db, dt.date.today()) == 149
    assert stats.members_as_of(demo_db, dt.date.today()) == 10_391
    assert demo_db.execute("SELECT count(*) FROM members WHERE status = 'active'").fetchone()[0] == 10_391
    sectors = stats.by_sector_as_of(demo_db, dt.date.today())
    assert sum(s["members"] for s in sectors) == 10_391


def test_search_folds_accents_and_d_stroke_any_order(db):
    _history_db(db)
    names = lambda q: [h.title for h in search.search(db, q, kinds=("member",))]  # noqa: E731
    assert names("nguyen van") == ["Nguyễn Văn Đức"]
    assert names("van nguy") == ["Nguyễn Văn Đức"]
    assert set(names("duc")) == {"Nguyễn Văn Đức", "Trần Thị Đục", "Lê Duc Anh"}
    assert names(unicodedata.normalize("NFD", "NGUYỄN")) == ["Nguyễn Văn Đức"]
    assert names("xyz") == []
    assert names("   ") == []


def test_search_ranks_exact_diacritics_first(db):
    _history_db(db)
    hits = search.search(db, "Đục", kinds=("member",))
    assert hits[0].title == "Trần Thị Đục" and hits[0].exact
    assert {h.title for h in hits[1:]} == {"Nguyễn Văn Đức", "Lê Duc Anh"}
    assert not any(h.exact for h in hits[1:])


def test_search_index_follows_edits_and_deletes(db):
    _history_db(db)
    mid = members.add_member(db, full_name="Phạm Bá Vĩnh")
    assert [h.id for h in search.search(db, "vinh", kinds=("member",))] == [mid]
    members.update_member(db, mid, full_name="Phạm Bá Vịnh Hải")
    assert [h.id for h in search.search(db, "hai", kinds=("member",))] == [mid]
    members.delete_member(db, mid)
    assert search.search(db, "vinh", kinds=("member",)) == []


def test_search_by_cccd_prefix_and_unions(db):
    a = unions.add_union(db, code="CS9", name="Công đoàn Trường Tiểu học Mỹ Hưng")
    members.add_member(db, full_name="Trịnh Thị Thu Hà", cccd="001185000999", union_id=a, joined_on="2010-01-01")
    assert [h.title for h in search.search(db, "0011850", kinds=("member",))] == ["Trịnh Thị Thu Hà"]
    assert [h.title for h in search.search(db, "my hung", kinds=("union",))] == ["Công đoàn Trường Tiểu học Mỹ Hưng"]


def test_words_in_typed_order_rank_before_any_order(db):
    first = members.add_member(db, full_name="Nguyễn Thị Vân")
    second = members.add_member(db, full_name="Nguyễn Văn Nam")
    ids = [h.id for h in search.search(db, "nguyen van", kinds=("member",))]
    assert ids == [second, first]
    # With diacritics typed, the exact spelling wins over the folded one.
    ids = [h.id for h in search.search(db, "Nguyễn Vân", kinds=("member",))]
    assert ids == [first, second]
