from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop_app.core.excel import export as E
from desktop_app.core.excel import importer as I
from desktop_app.core.excel.read import read_sheet
from desktop_app.core.listing import ListQuery
from desktop_app.core.records import members as M
from desktop_app.core.records import unions as U
from desktop_app.core.storage.db import open_db


def test_export_members_cells_and_layout(db, tmp_path):
    u = U.add_union(db, name="Công đoàn Phường Mễ Trì", sector="phuong_xa")
    M.add_member(db, full_name="Bùi Văn Bảy", job="=HYPERLINK(\"x\")", birth_date="1980-05-05", cccd="001080000001",
                 phone="0912345678", union_id=u, joined_on="2005-01-02", note="@cmd")
    M.add_member(db, full_name="Lê Văn Tám", sex="Nam")
    out = tmp_path / "m.xlsx"
    assert E.export_list(db, "members", out) == 2
    wb = load_workbook(out)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width > 20
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD"]
    row = {h: c for h, c in zip(header, ws[2])}
    assert row["Nghề nghiệp"].value == "'=HYPERLINK(\"x\")" and row["Nghề nghiệp"].data_type == "s"
    assert row["Ghi chú"].value == "'@cmd"
    assert row["Ngày sinh"].value == dt.datetime(1980, 5, 5) and row["Ngày sinh"].number_format == "dd/mm/yyyy"
    assert row["Số CCCD"].value == "001080000001"  # text: zeros kept
    assert row["Công đoàn cơ sở"].value == "Công đoàn Phường Mễ Trì"
    assert db.execute("SELECT action, records FROM audit_log").fetchall()[-1] == ("export", 2)


def test_export_with_current_filter(db, tmp_path):
    for name in ("Nguyễn Văn Đức", "Trần Thị Hoa", "Nguyễn Thị Lan"):
        M.add_member(db, full_name=name)
    query = ListQuery(db, "members", search="nguyen")
    assert E.export_list(db, "members", tmp_path / "f.xlsx", query=query) == 2
    rows = list(load_workbook(tmp_path / "f.xlsx").active.values)
    assert sorted(r[0] for r in rows[1:]) == ["Nguyễn Thị Lan", "Nguyễn Văn Đức"]


def test_every_list_exports(demo_db, tmp_path):
    for kind in E.LISTS:
        n = E.export_list(demo_db, kind, tmp_path / f"{kind}.xlsx")
        rows = read_sheet(tmp_path / f"{kind}.xlsx").rows
        assert len(rows) == n + 1 and n > 0
        if kind in ("members", "unions", "officers"):  # exports are importable
            assert I.open_source(tmp_path / f"{kind}.xlsx", kind).guess is not None


def test_templates_are_recognised(tmp_path):
    for kind in ("members", "unions", "officers", "enrolments"):
        path = E.write_template(kind, tmp_path / f"{kind}.xlsx")
        source = I.open_source(path, kind)
        assert source.guess is not None and len(source.mapping) >= 7
        assert source.sample() == []


names = st.lists(st.sampled_from(["Nguyễn", "Trần", "Lê", "Đặng", "Ngô", "Văn", "Thị", "Hữu", "An", "Đức",
                                  "Hà", "Ánh", "Quỳnh", "Tuấn"]), min_size=2, max_size=4).map(" ".join)
people = st.lists(st.tuples(names, st.dates(dt.date(1950, 1, 1), dt.date(2005, 1, 1)),
                            st.one_of(st.none(), st.integers(1, 96)), st.sampled_from(["M", "F", None]),
                            st.one_of(st.none(), st.integers(10**8, 10**9 - 1)),
                            st.one_of(st.none(), st.text(alphabet="=+-@ abcđ", max_size=8))),
                  min_size=1, max_size=8, unique_by=lambda p: (p[0], p[1]))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people)
def test_export_import_round_trip(tmp_path_factory, data):
    """Members exported to Excel and imported into an empty file come back the same."""
    tmp = tmp_path_factory.mktemp("rt")
    src, dst = open_db(tmp / "a.sqlite3"), open_db(tmp / "b.sqlite3")
    for db in (src, dst):
        U.add_union(db, name="Công đoàn Trường THCS Xuân Phương", sector="giao_duc", founded_on="1990-01-01")
    for i, (name, birth, province, sex, phone, note) in enumerate(data):
        cccd = f"{province:03d}{birth.year % 100 + 100 * 0:03d}{i:06d}"[:12] if province else None
        M.add_member(src, full_name=name, birth_date=birth, cccd=cccd, sex=sex,
                     phone=f"09{phone:08d}"[:10] if phone else None, note=note or None,
                     union_id=1, joined_on=max(birth + dt.timedelta(days=20 * 366), dt.date(1995, 1, 1)))
    E.export_list(src, "members", tmp / "x.xlsx")
    result = I.import_file(dst, I.open_source(tmp / "x.xlsx", "members"), dry_run=False, backup=False)
    assert result.errors == 0, result.problems
    cols = "full_name, sex, birth_date, cccd, phone, note, union_id, status, joined_on"
    query = f"SELECT {cols} FROM members ORDER BY name_folded, birth_date"
    assert dst.execute(query).fetchall() == src.execute(query).fetchall()
    again = I.import_file(dst, I.open_source(tmp / "x.xlsx", "members"), dry_run=False, backup=False)
    assert (again.new, again.updated) == (0, 0)
    src.close()
    dst.close()


def test_committed_templates_are_recognised():
    from desktop_app.core.storage.paths import resources_dir

    folder = resources_dir() / "templates"
    kinds = {"mau-nhap-doan-vien.xlsx": "members", "mau-nhap-cong-doan-co-so.xlsx": "unions",
             "mau-nhap-can-bo-cong-doan.xlsx": "officers", "mau-nhap-hoc-vien-lop-tap-huan.xlsx": "enrolments"}
    for name, kind in kinds.items():
        source = I.open_source(folder / name, kind)
        assert source.guess is not None and source.guess.row == 3, name
