"""01-HĐCĐ for one grassroots union, pre-filled from the records, to send down as the
template it fills in and returns (``form01_import`` reads it back)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from desktop_app.core.errors import UserError
from desktop_app.core.records.fields import row as get_row
from desktop_app.core.reports.template import Issuer
from desktop_app.core.statistics.compute import Form02, compute, union_values
from desktop_app.core.statistics.form02_export import setup_page, styles, write_form_table, write_title_block
from desktop_app.core.statistics.forms import (
    FORM01_CODE,
    FORM01_MARK,
    FORM01_PART,
    FORM01_ROWS,
    FORM01_TITLE,
    FORM01_USE,
    REPORTING_LABEL,
)
from desktop_app.core.statistics.sheet import SheetBuffer
from desktop_app.core.storage.files import save_atomically
from desktop_app.core.text import vn_date

# The labels the importer looks for (folded), in a cell of their own with the value to
# their right, or followed by the value in the same cell ("Đơn vị báo cáo: CĐCS ...").
# "Tên công đoàn cơ sở:" is the previous template's name line, still read.
NAME_LABEL = REPORTING_LABEL
NAME_LABELS = (REPORTING_LABEL, "Tên công đoàn cơ sở:")
CODE_LABEL = "Mã CĐCS:"
DATE_LABEL = "Số liệu tính đến ngày:"
REPORTED_NOTE = "CĐCS điền"
COMPUTED_NOTE = "Theo dữ liệu của công đoàn cấp trên; sửa nếu khác"


def form01_xlsx(db: sqlite_utils.Database, union_id: int, as_of: dt.date | str, out: Path | str, *,
                form: Form02 | None = None) -> Path:
    """Write the union's 01-HĐCĐ for ``as_of``: section II filled from the records,
    section I with what is already stored (usually blank) for the union to fill in."""
    from openpyxl import Workbook

    union = get_row(db, "unions", union_id, "Union")
    form = form or compute(db, as_of)
    if union_id in form.unions and not form.unions[union_id].active:
        raise UserError("statistics.union_not_active", name=union["name"], date=vn_date(form.as_of))
    values = union_values(db, union_id, form.as_of, form)
    issuer = Issuer.of(db)
    st = styles()
    wb = Workbook(write_only=True)
    ws = SheetBuffer(wb.create_sheet(FORM01_CODE))
    setup_page(ws, {"A": 7, "B": 52, "C": 13, "D": 16, "E": 28})
    r = write_title_block(ws, issuer.own or issuer.name, union["name"], FORM01_MARK, FORM01_USE, FORM01_TITLE,
                          form.as_of, 5, code=union["code"] or "", year_colon=True)
    ws.cell(r, 1, FORM01_PART).font = st["bold"]
    rows = [(row, values.get(row.key), REPORTED_NOTE if row.reported else COMPUTED_NOTE) for row in FORM01_ROWS]
    r = write_form_table(ws, r + 1, rows, form01=True)
    ws.cell(r + 1, 2, "Người lập biểu").font = st["bold"]
    ws.cell(r + 1, 4, "TM. BAN CHẤP HÀNH").font = st["bold"]
    ws.flush()
    out = Path(out)
    save_atomically(out, lambda p: wb.save(p))
    return out
