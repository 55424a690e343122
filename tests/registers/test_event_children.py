"""The participating unions and the results of an event, in core and in the event dialog."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.records import events, unions
from tests.conftest import dump


@pytest.fixture
def two_unions(db):
    a = unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")
    b = unions.add_union(db, code="CS2", name="Công đoàn Công ty TNHH SPI Việt Nam", sector="fdi")
    return a, b


def test_unions_and_results_saved_with_the_event(db, two_unions):
    a, b = two_unions
    eid = events.add_event(db, kind="health_festival", title="Hội khỏe 2026", starts_at="2026-05-01 07:30",
                           unions=[{"union_id": a, "participants": "35"}, {"union_id": b, "participants": 12}],
                           results=[{"contest": "Kéo co nam", "prize": "Giải Nhất", "winner": "Đội SPI",
                                     "union_id": b}])
    ev = events.get_event(db, eid)
    assert {(u["union_id"], u["participants"]) for u in ev["unions"]} == {(a, 35), (b, 12)}
    assert [(r["contest"], r["prize"], r["union_id"]) for r in ev["results"]] == [("Kéo co nam", "Giải Nhất", b)]


def test_bad_children_refused_and_nothing_written(db, two_unions):
    a, _ = two_unions
    eid = events.add_event(db, kind="forum", title="Tọa đàm", starts_at="2026-03-08 08:00",
                           unions=[{"union_id": a, "participants": 5}])
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        events.update_event(db, eid, unions=[{"union_id": a}, {"union_id": a}])
    assert e.value.field == "unions" and "twice" in str(e.value)
    with pytest.raises(ValidationError) as e:
        events.update_event(db, eid, unions=[{"union_id": a, "participants": -3}])
    assert e.value.field == "unions"
    with pytest.raises(ValidationError) as e:
        events.update_event(db, eid, results=[{"contest": "Cờ tướng", "winner": "X", "union_id": 999}])
    assert e.value.field == "results"
    assert dump(db) == before


def test_a_union_is_found_by_name_or_code(db, two_unions):
    a, b = two_unions
    assert unions.find_one(db, "cong doan truong mam non hoa sen", "f") == a
    assert unions.find_one(db, "cs2", "f") == b
    unions.add_union(db, code="CS3", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")
    with pytest.raises(ValidationError, match="type its code"):
        unions.find_one(db, "Công đoàn Trường Mầm non Hoa Sen", "f")
    with pytest.raises(ValidationError, match="no grassroots union"):
        unions.find_one(db, "Công đoàn Sao Hỏa", "f")
