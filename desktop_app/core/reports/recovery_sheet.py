"""The recovery sheet of an encrypted database (Phiếu khôi phục dữ liệu mã hoá).

One A4 page to print and keep in the office safe, as BitLocker's recovery key is: which
file it is for, its key id, when it was encrypted, what the recovery passphrase opens
and where that passphrase must be kept. The passphrase itself is written on the sheet
only when the officer asks for it (then the sheet must be locked away like a key).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.core.errors import UserError
from desktop_app.core.reports.template import (
    FONT,
    Issuer,
    Page,
    Styles,
    build_pdf,
    esc,
    header_block,
    para,
    title_block,
    vn_long_date,
)
from desktop_app.core.storage import keys
from desktop_app.core.storage.db import open_db


def _encrypted_on(db) -> str | None:
    row = db.execute("SELECT at FROM audit_log WHERE action = 'encrypt' ORDER BY id DESC LIMIT 1").fetchone()
    return row[0][:10] if row and row[0] else None


def write_recovery_sheet(db_path: Path | str, out: Path | str, *, passphrase: str | None = None,
                         today: dt.date | None = None) -> Path:
    db_path = Path(db_path).resolve()
    key_id = keys.key_id_of(db_path)
    if key_id is None:
        raise UserError("encryption.not_encrypted", path=db_path)
    if passphrase is not None:   # only a passphrase that opens the key file goes on paper
        document = keys.read_key_file(keys.key_file_path(db_path))
        if document is None:
            raise UserError("encryption.no_key", path=db_path, key_file=keys.key_file_path(db_path))
        keys.unwrap_with_passphrase(document, passphrase)
    db = open_db(db_path, create=False)
    try:
        issuer = Issuer.of(db)
        encrypted_on = _encrypted_on(db)
    finally:
        db.close()
    page = Page()
    width = page.frame_width
    key_id_text = " ".join(key_id.hex().upper()[i:i + 4] for i in range(0, 32, 4))
    facts = [
        ("Tệp dữ liệu", db_path.name),
        ("Thư mục", str(db_path.parent)),
        ("Tệp khoá (đi kèm tệp dữ liệu)", keys.key_file_path(db_path).name),
        ("Mã khoá", key_id_text),
        ("Ngày mã hoá", vn_long_date(encrypted_on) if encrypted_on else "không rõ"),
        ("Ngày in phiếu", vn_long_date(today or dt.date.today())),
    ]
    rows = [[para(k, Styles.cell), para(v, Styles.cell)] for k, v in facts]
    table = Table(rows, colWidths=[55 * mm, width - 55 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), FONT, 11)]))
    story: list[Flowable] = [
        header_block(issuer, width, number=None, issued_on=today or dt.date.today()),
        *title_block("Phiếu khôi phục dữ liệu đã mã hoá", "Sổ Công đoàn"),
        para("Tệp dữ liệu dưới đây được mã hoá (AES-256). Trên máy tính đang dùng, chương trình tự mở "
             "tệp bằng khoá do Windows giữ cho tài khoản người dùng, không cần nhập mật khẩu. "
             "Cụm mật khẩu khôi phục chỉ cần khi: mở tệp hoặc bản sao lưu trên máy tính khác; "
             "cài lại Windows hoặc đổi tài khoản người dùng; khoá trong máy bị mất."),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 5 * mm),
        para("Cụm mật khẩu khôi phục", Styles.heading),
    ]
    if passphrase is not None:
        story += [para(f"<b>{esc(passphrase)}</b>", Styles.body_plain, markup=True),
                  para("Phiếu này có ghi cụm mật khẩu: ai cầm phiếu cùng với tệp dữ liệu hoặc bản sao lưu "
                       "sẽ đọc được toàn bộ dữ liệu cá nhân. Cất phiếu trong tủ có khoá.", Styles.body)]
    else:
        story += [para("Cụm mật khẩu không được in trên phiếu. Ghi tay vào ô dưới đây nếu đơn vị quyết định "
                       "cất phiếu trong tủ có khoá:", Styles.body),
                  Table([[""]], colWidths=[width], rowHeights=[18 * mm],
                        style=[("BOX", (0, 0), (-1, -1), 0.8, "black")])]
    story += [
        Spacer(1, 5 * mm),
        para("Nơi cất giữ cụm mật khẩu", Styles.heading),
        para("• Cất riêng với máy tính và với ổ USB chứa bản sao lưu: trong phong bì dán kín, trong tủ "
             "có khoá của đơn vị hoặc giao Chủ tịch/người phụ trách giữ.", Styles.body_plain),
        para("• Không lưu cụm mật khẩu trong máy tính này, trong thư điện tử hay tin nhắn.", Styles.body_plain),
        para("• Khi bàn giao công việc, bàn giao cả phiếu này và cụm mật khẩu (có biên bản).",
             Styles.body_plain),
        para("• Mất cả khoá trong máy lẫn cụm mật khẩu thì không ai (kể cả người làm phần mềm) mở lại "
             "được dữ liệu và các bản sao lưu.", Styles.body_plain),
        Spacer(1, 5 * mm),
        para("Cách dùng trên máy khác: chép tệp dữ liệu cùng tệp khoá (hoặc khôi phục bản sao lưu), mở "
             "chương trình và nhập cụm mật khẩu khi được hỏi; dòng lệnh: "
             "<i>--recovery-passphrase-file TỆP</i>.", Styles.body, markup=True),
    ]
    return build_pdf(out, story, page, title="Phiếu khôi phục dữ liệu đã mã hoá",
                     subject=db_path.name, author=issuer.name)
