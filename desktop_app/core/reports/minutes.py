"""Minutes (biên bản) of an event and the list of its participants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop_app.core.records import events as events_core
from desktop_app.core.reports.template import (
    Column,
    Issuer,
    Page,
    Signer,
    Styles,
    build_pdf,
    data_table,
    esc,
    fit_columns,
    header_block,
    number_line,
    para,
    section,
    sign_off,
    signature_block,
    text,
    title_block,
    vn_long_date,
    vn_time,
)
from desktop_app.core.text import vn_number
from desktop_app.core.vocabulary import EVENT_KIND


def _when(at: str | None) -> dt.datetime | None:
    if not at:
        return None
    return dt.datetime.fromisoformat(str(at).replace(" ", "T")[:16])


def _person(p: dict[str, Any]) -> str:
    """'Đồng chí Phạm Bá Vĩnh – Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội'."""
    name = text(p.get("name") or p.get("speaker"))
    position = text(p.get("position") or p.get("speaker_role"))
    unit = text(p.get("unit") or p.get("speaker_unit"))
    tail = " ".join(x for x in (position, unit) if x)
    if not name:
        return tail
    # A group ("Đại diện LĐLĐ các quận...") is not a comrade.
    if name.lower().startswith(("đại diện", "các ", "đại biểu")):
        return name + (f" – {tail}" if tail else "")
    return f"Đồng chí {name}" + (f" – {tail}" if tail else "")


def _bullets(lines: list[str]) -> list[Flowable]:
    out = []
    for i, line in enumerate(lines):
        end = "." if i == len(lines) - 1 else ";"
        out.append(para(f"- {line}{end}", Styles.body))
    return out


def minutes_pdf(db: sqlite_utils.Database, event_id: int, out: Path, **options: Any) -> Path:
    """The minutes of event ``event_id``.

    Options: ``copies`` (how many copies the closing line says were made, default 2),
    ``closing`` (replace the closing sentence).
    """
    event = events_core.get_event(db, event_id)
    issuer = Issuer.of(db)
    page = Page()
    starts, ends = _when(event["starts_at"]), _when(event["ends_at"])
    kind = EVENT_KIND.vi(event["kind"])
    title = text(event["title"])
    story: list[Flowable] = [header_block(issuer, page.frame_width,
                                          number=number_line("BB", issuer, event.get("doc_number")),
                                          issued_on=starts.date() if starts else None)]
    story += title_block("Biên bản", title)

    people = event["people"]
    chairs = [p for p in people if p["role"] == "chair"]
    secretaries = [p for p in people if p["role"] == "secretary"]
    guests = [p for p in people if p["role"] == "guest"]

    opening = "Hôm nay"
    if starts:
        opening += f", vào hồi {vn_time(event['starts_at'])}, {vn_long_date(starts.date())}"
    if event.get("place"):
        opening += f", tại {text(event['place'])}"
    body = db.execute("SELECT name FROM bodies WHERE id = ?", [event.get("body_id")]).fetchone()
    organiser = text(body[0]) if body else (issuer.name or "Ban Tổ chức")
    what = title[0].lower() + title[1:] if title.startswith(kind) else title
    opening += f", {organiser} tổ chức {what}."
    story.append(para(opening, Styles.body))
    if event.get("number_label") or event.get("term"):
        facts = ", ".join(x for x in (text(event.get("number_label")),
                                      f"nhiệm kỳ {text(event['term'])}" if event.get("term") else "") if x)
        story.append(para(f"{kind} {facts}.", Styles.body))
    if event.get("summary"):
        story.append(para(event["summary"], Styles.body))

    story += section("I. THÀNH PHẦN THAM DỰ")
    n = 0
    if chairs:
        n += 1
        story.append(para(f"{n}. Chủ trì:", Styles.body))
        story += _bullets([_person(p) for p in chairs])
    if secretaries:
        n += 1
        story.append(para(f"{n}. Thư ký:", Styles.body))
        story += _bullets([_person(p) for p in secretaries])
    if guests:
        n += 1
        story.append(para(f"{n}. Khách mời, đại biểu:", Styles.body))
        story += _bullets([_person(p) for p in guests])
    n += 1
    attendance = []
    present, expected = event.get("present_count"), event.get("expected_count")
    if present is not None and expected:
        attendance.append(f"Có mặt {vn_number(present)}/{vn_number(expected)} đại biểu được triệu tập")
    elif present is not None:
        attendance.append(f"Có mặt {vn_number(present)} đại biểu")
    if event.get("absent_note"):
        attendance.append(f"vắng: {text(event['absent_note'])}")
    elif expected and present is not None and expected > present:
        attendance.append(f"vắng {vn_number(expected - present)} đại biểu")
    if event.get("participant_count") is not None and event["participant_count"] != present:
        attendance.append(f"tổng số {vn_number(event['participant_count'])} lượt người tham gia")
    unions = event["unions"]
    if attendance:
        story.append(para(f"{n}. Số lượng: " + "; ".join(attendance) + ".", Styles.body))
    if unions:
        n += 1
        names = ", ".join(text(u["name"]) for u in unions)
        story.append(para(f"{n}. Đơn vị tham dự: {vn_number(len(unions))} công đoàn cơ sở ({names}).",
                          Styles.body))

    story += section("II. NỘI DUNG")
    if event["items"]:
        for item in event["items"]:
            at = vn_time(item.get("at_time"))
            who = _person(item) if item.get("speaker") else ""
            parts = [f"<b>{esc(at)}:</b> " if at else ""]
            if who:
                parts.append(f"{esc(who)}: ")
            parts.append(esc(item["content"]))
            story.append(Paragraph("".join(parts), Styles.body))
    else:
        story.append(para("(Chưa ghi chương trình)", Styles.body))

    if event["results"]:
        story += section("III. KẾT QUẢ")
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Nội dung thi đấu", 50 * mm),
                            Column("Đơn vị / cá nhân đạt giải", 0), Column("Giải", 25 * mm, "CENTER")],
                           page.frame_width, 2)
        story.append(data_table(cols, [(i, r["contest"], r["winner"], r.get("prize"))
                                       for i, r in enumerate(event["results"], 1)]))

    story += section(f"{'IV' if event['results'] else 'III'}. KẾT LUẬN")
    if event.get("conclusions"):
        for line in text(event["conclusions"]).split("\n"):
            if line.strip():
                story.append(para(line.strip(), Styles.body))
    else:
        story.append(para("(Chưa ghi kết luận)", Styles.body))

    closing = options.get("closing")
    if closing is None:
        end_text = ""
        if ends:
            same_day = starts is not None and ends.date() == starts.date()
            end_text = f"{kind} kết thúc vào hồi {vn_time(event['ends_at'])}" + (
                " cùng ngày" if same_day else f", {vn_long_date(ends.date())}")
            end_text += ". "
        copies = int(options.get("copies", 2))
        closing = end_text + (f"Biên bản được lập thành {copies:02d} bản có giá trị như nhau, "
                              "đã được thông qua trước các đại biểu dự họp.")
    story.append(para(closing, Styles.body))

    secretary = secretaries[0]["name"] if secretaries else ""
    chair = chairs[0]["name"] if chairs else ""
    sign_off(story, signature_block(page.frame_width, [Signer("Thư ký", secretary), Signer("Chủ trì", chair)]))
    return build_pdf(out, story, page, title=f"Biên bản: {title}", subject=kind, author=issuer.name,
                     progress=options.get("progress"))


def participants_pdf(db: sqlite_utils.Database, event_id: int, out: Path, **options: Any) -> Path:
    """The people and the unions that took part in event ``event_id``."""
    event = events_core.get_event(db, event_id)
    issuer = Issuer.of(db)
    page = Page()
    starts = _when(event["starts_at"])
    when = vn_long_date(starts.date()) if starts else ""
    note = ", ".join(x for x in (when.capitalize() if when else "", text(event.get("place"))) if x)
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None,
                                          issued_on=options.get("issued_on", dt.date.today()))]
    story += title_block("Danh sách đơn vị và đại biểu tham dự", event["title"], note)

    people = event["people"]
    if people:
        order = {"chair": 0, "secretary": 1, "guest": 2}
        people = sorted(people, key=lambda p: (order.get(p["role"], 9), p["sort"]))
        story += section("I. ĐẠI BIỂU")
        role_names = {"chair": "Chủ trì", "secretary": "Thư ký", "guest": "Khách mời"}
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Họ và tên", 45 * mm),
                            Column("Chức vụ, đơn vị", 0), Column("Vai trò", 24 * mm, "CENTER")],
                           page.frame_width, 2)
        story.append(data_table(cols, [
            (i, p["name"], ", ".join(text(x) for x in (p.get("position"), p.get("unit")) if x),
             role_names.get(p["role"], p["role"])) for i, p in enumerate(people, 1)]))

    unions = db.execute("""
        SELECT u.name, s.name, eu.participants FROM event_unions eu JOIN unions u ON u.id = eu.union_id
        LEFT JOIN sectors s ON s.code = u.sector WHERE eu.event_id = ?
        ORDER BY s.sort, u.name_folded""", [event_id]).fetchall()
    story += section(f"{'II' if people else 'I'}. ĐƠN VỊ THAM DỰ")
    if unions:
        total = sum(p or 0 for _, _, p in unions)
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Công đoàn cơ sở", 0),
                            Column("Khối", 52 * mm), Column("Số người tham gia", 24 * mm, "RIGHT")],
                           page.frame_width, 1)
        story.append(data_table(cols, [(i, n, s, vn_number(p)) for i, (n, s, p) in enumerate(unions, 1)],
                                total_row=("", f"Cộng: {vn_number(len(unions))} đơn vị", "", vn_number(total))))
    else:
        story.append(para("Chưa ghi đơn vị tham dự.", Styles.body))
    facts = []
    if event.get("present_count") is not None:
        facts.append(f"có mặt {vn_number(event['present_count'])}"
                     + (f"/{vn_number(event['expected_count'])}" if event.get("expected_count") else "")
                     + " đại biểu")
    if event.get("participant_count") is not None:
        facts.append(f"tổng số {vn_number(event['participant_count'])} lượt người tham gia")
    if facts:
        story.append(para("Tổng hợp: " + "; ".join(facts) + ".", Styles.body_plain))
    sign_off(story, signature_block(page.frame_width, [Signer("Người lập danh sách"),
                                                    Signer("Thủ trưởng đơn vị")]))
    return build_pdf(out, story, page, title=f"Danh sách tham dự: {event['title']}", author=issuer.name,
                     progress=options.get("progress"))
