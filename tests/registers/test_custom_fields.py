"""Fields of the user's own: definitions, checked values, Excel round trip, merge."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DuplicateError, ValidationError
from desktop_app.core.records import custom, members, unions


@pytest.fixture
def setup(db):
    u = unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")
    m = members.add_member(db, full_name="Nguyễn Thị Lan", birth_date="1985-03-12", union_id=u,
                           joined_on="2010-09-01")
    blood = custom.add_field(db, entity="members", name="Nhóm máu", kind="choice", choices="A\nB\nAB\nO")
    since = custom.add_field(db, entity="members", name="Ngày vào Đảng", kind="date")
    size = custom.add_field(db, entity="unions", name="Diện tích trụ sở (m2)", kind="Số")
    return u, m, blood, since, size


def test_values_are_checked_and_kept(db, setup):
    u, m, blood, since, size = setup
    custom.set_values(db, "members", m, {blood: "ab", since: "03/02/2010"})
    custom.set_values(db, "unions", u, {size: "1.250"})
    assert custom.values_of(db, "members", m) == {blood: "AB", since: "2010-02-03"}
    assert custom.values_of(db, "unions", u) == {size: "1250"}
    with pytest.raises(ValidationError, match="must be one of"):
        custom.set_values(db, "members", m, {blood: "Rh-"})
    with pytest.raises(ValidationError, match="must be a number"):
        custom.set_values(db, "unions", u, {size: "rộng"})
    with pytest.raises(DuplicateError):
        custom.add_field(db, entity="members", name="nhom mau", kind="text")
    with pytest.raises(ValidationError, match="two choices"):
        custom.add_field(db, entity="unions", name="Loại hình", kind="choice", choices="Một")
    custom.set_values(db, "members", m, {since: ""})
    assert custom.values_of(db, "members", m) == {blood: "AB"}
    members.delete_member(db, m)
    assert db.execute("SELECT count(*) FROM member_custom_values").fetchone()[0] == 0


def test_excel_round_trip_and_merge(db, setup, tmp_path):
    from desktop_app.core.excel import importer as I
    from desktop_app.core.excel.export import export_list
    from desktop_app.core.merge.engine import merge_files
    from desktop_app.core.storage.db import open_db

    u, m, blood, since, size = setup
    custom.set_values(db, "members", m, {blood: "O", since: "2010-02-03"})
    custom.set_values(db, "unions", u, {size: "320"})
    out = tmp_path / "m.xlsx"
    export_list(db, "members", out)
    uout = tmp_path / "u.xlsx"
    export_list(db, "unions", uout)
    db.execute("DELETE FROM member_custom_values")
    db.execute("DELETE FROM union_custom_values")
    db.conn.commit()
    result = I.import_file(db, I.open_source(out, "members"), dry_run=False, backup=False)
    assert result.errors == 0 and custom.values_of(db, "members", m) == {blood: "O", since: "2010-02-03"}
    I.import_file(db, I.open_source(uout, "unions"), dry_run=False, backup=False)
    assert custom.values_of(db, "unions", u) == {size: "320"}

    theirs_path = tmp_path / "theirs.sqlite3"
    theirs = open_db(theirs_path)
    tu = unions.add_union(theirs, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc")
    tm = members.add_member(theirs, full_name="Trần Văn Nam", birth_date="1980-01-01", union_id=tu,
                            joined_on="2012-01-01")
    f = custom.add_field(theirs, entity="members", name="Nhóm máu", kind="choice", choices="A\nB\nAB\nO")
    custom.set_values(theirs, "members", tm, {f: "B"})
    theirs.close()
    report = merge_files(db, [theirs_path])
    assert report.total("matched", "custom_fields") == 1 and report.total("added", "custom_fields") == 0
    nam = db.execute("SELECT id FROM members WHERE full_name = 'Trần Văn Nam'").fetchone()[0]
    assert custom.values_of(db, "members", nam) == {blood: "B"}
    assert not merge_files(db, [theirs_path]).changes
