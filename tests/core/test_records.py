"""Changes to records: validation, history-derived status, and all-or-nothing writes."""

import pytest

from desktop_app.core.errors import DuplicateError, InUseError, ValidationError
from desktop_app.core.records import events, members, officers, training, unions, welfare
from tests.conftest import dump


@pytest.fixture
def two_unions(db):
    a = unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc",
                         founded_on="05/09/2001")
    b = unions.add_union(db, code="CS2", name="Công đoàn Công ty TNHH SPI Việt Nam", sector="fdi",
                         founded_on="2010-01-01")
    return a, b


def test_add_member_joins_and_derives_current_union(db, two_unions):
    a, _ = two_unions
    mid = members.add_member(db, full_name="  nguyễn   thị đào ", sex="Nữ", birth_date="12/03/1985",
                             cccd="001185000123", phone="+84912345678", union_id=a, joined_on="01/09/2010")
    m = members.get_member(db, mid)
    assert m["full_name"] == "Nguyễn Thị Đào"
    assert (m["sex"], m["birth_date"], m["phone"]) == ("F", "1985-03-12", "0912345678")
    assert (m["union_id"], m["status"], m["joined_on"]) == (a, "active", "2010-09-01")


def test_transfer_leave_and_rejoin_are_history_not_edits(db, two_unions):
    a, b = two_unions
    mid = members.add_member(db, full_name="Lê Văn Bắc", birth_date="1980-01-01", union_id=a, joined_on="2010-01-01")
    members.transfer(db, mid, b, "2015-06-01", reason="Chuyển công tác")
    assert members.get_member(db, mid)["union_id"] == b
    members.leave(db, mid, "2020-02-01", reason="Nghỉ việc")
    m = members.get_member(db, mid)
    assert (m["union_id"], m["status"], m["status_on"]) == (None, "left", "2020-02-01")
    members.join(db, mid, a, "2022-01-01")
    assert members.get_member(db, mid)["union_id"] == a
    kinds = [h["kind"] for h in members.history(db, mid)]
    assert kinds == ["join", "transfer", "leave", "join"]
    assert members.get_member(db, mid)["joined_on"] == "2010-01-01"


@pytest.mark.parametrize("action", [
    lambda db, mid, a, b: members.transfer(db, mid, b, "2009-01-01"),  # before the last change
    lambda db, mid, a, b: members.transfer(db, mid, a, "2012-01-01"),  # to the same union
    lambda db, mid, a, b: members.join(db, mid, b, "2012-01-01"),      # already active
    lambda db, mid, a, b: members.transfer(db, mid, b, "2999-01-01"),  # in the future
    lambda db, mid, a, b: members.transfer(db, mid, 999, "2012-01-01"),  # no such union
])
def test_impossible_history_is_refused_and_changes_nothing(db, two_unions, action):
    a, b = two_unions
    mid = members.add_member(db, full_name="Lê Văn Bắc", birth_date="1980-01-01", union_id=a, joined_on="2010-01-01")
    before = dump(db)
    with pytest.raises(ValidationError):
        action(db, mid, a, b)
    assert dump(db) == before


def test_duplicate_cccd_is_refused_with_the_other_name(db, two_unions):
    a, _ = two_unions
    members.add_member(db, full_name="Nguyễn Thị Đào", cccd="001185000123", union_id=a, joined_on="2010-01-01")
    before = dump(db)
    with pytest.raises(DuplicateError, match="Nguyễn Thị Đào") as e:
        members.add_member(db, full_name="Trần Văn A", cccd="001185000123", union_id=a, joined_on="2011-01-01")
    assert e.value.field == "cccd"
    assert dump(db) == before


def test_join_before_birth_and_bad_birth_dates(db, two_unions):
    a, _ = two_unions
    before = dump(db)
    with pytest.raises(ValidationError, match="before the member was born"):
        members.add_member(db, full_name="Trần Văn A", birth_date="1990-01-01", union_id=a, joined_on="1989-01-01")
    with pytest.raises(ValidationError):
        members.add_member(db, full_name="Trần Văn A", birth_date="31/02/1990")
    with pytest.raises(ValidationError, match="15 years"):
        members.add_member(db, full_name="Trần Văn A", birth_date="2020-01-01")
    assert dump(db) == before


def test_delete_is_refused_where_it_would_orphan(db, two_unions):
    a, _ = two_unions
    mid = members.add_member(db, full_name="Lê Văn Bắc", union_id=a, joined_on="2010-01-01")
    officers.add_officer(db, member_id=mid, role="chair", union_id=a, term_start="2023-01-01")
    with pytest.raises(InUseError, match="officer"):
        members.delete_member(db, mid)
    with pytest.raises(InUseError, match="membership history"):
        unions.delete_union(db, a)
    empty = unions.add_union(db, name="Công đoàn mới")
    unions.delete_union(db, empty)


def test_close_union_by_merging_moves_its_members(db, two_unions):
    a, b = two_unions
    ids = [members.add_member(db, full_name=f"Người Số {i}", union_id=a, joined_on="2015-01-01") for i in range(3)]
    moved = unions.close_union(db, a, status="merged", on_date="2020-01-01", merged_into_id=b)
    assert moved == 3
    assert {members.get_member(db, i)["union_id"] for i in ids} == {b}
    assert unions.get_union(db, a)["status"] == "merged"


def test_event_with_a_bad_programme_item_leaves_nothing(db):
    before = dump(db)
    with pytest.raises(ValidationError):
        events.add_event(db, kind="forum", title="Tọa đàm", starts_at="28/04/2025 08:30",
                         items=[{"at_time": "8h30", "content": "Khai mạc"}, {"at_time": "25:99", "content": "x"}])
    assert dump(db) == before


def test_event_saved_whole_and_times_normalised(db):
    eid = events.add_event(db, kind="forum", title="Tọa đàm", starts_at="28/04/2025 8h30",
                           ends_at="2025-04-28 11:30", expected_count=120, present_count=112,
                           people=[{"role": "chair", "name": "Phạm Bá Vĩnh", "position": "Phó Chủ tịch"}],
                           items=[{"at_time": "8h30", "speaker": "Phạm Bá Vĩnh", "content": "Khai mạc"}])
    e = events.get_event(db, eid)
    assert e["starts_at"] == "2025-04-28T08:30"
    assert e["items"][0]["at_time"] == "08:30"
    assert e["people"][0]["name"] == "Phạm Bá Vĩnh"
    with pytest.raises(ValidationError, match="more people present"):
        events.update_event(db, eid, present_count=500)


def test_training_and_welfare_validation(db, two_unions):
    a, _ = two_unions
    mid = members.add_member(db, full_name="Lê Văn Bắc", union_id=a, joined_on="2010-01-01")
    cid = training.add_course(db, title="Pháp luật lao động", starts_on="2025-03-01", ends_on="2025-03-02",
                              sessions=2)
    eid = training.enrol(db, cid, mid, attended_sessions=2, completed=True, certificate_no="001/CN")
    with pytest.raises(DuplicateError):
        training.enrol(db, cid, mid)
    with pytest.raises(ValidationError, match="only 2 sessions"):
        training.set_attendance(db, eid, attended_sessions=5)
    with pytest.raises(ValidationError, match="ends before"):
        training.add_course(db, title="X", starts_on="2025-03-02", ends_on="2025-03-01")
    with pytest.raises(ValidationError):
        welfare.add_support(db, paid_on="2025-01-01", kind="hardship", amount="abc", member_id=mid)
    welfare.add_support(db, paid_on="2025-01-01", kind="hardship", amount="1.000.000", member_id=mid)
    assert welfare.for_member(db, mid)[0]["amount"] == 1_000_000
