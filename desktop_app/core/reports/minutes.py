"""Minutes (biên bản) of an event and the list of its participants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
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
    document_number,
    esc,
    fit_columns,
    header_block,
    number_line,
    para,
    section,
    sign_off,
    signature_block,
    signer_for_body,
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


@dataclass(frozen=True)
class Wording:
    """How the minutes of one kind of event are written: a health festival or a welfare
    visit is not a conference with delegates and a keynote."""
    noun: str               # "Hội nghị" – the subject of "… kết thúc vào hồi …"
    people: str             # who is counted: "đại biểu", "vận động viên", "người"
    chair: str              # heading of the chairs in section I, and their signature
    secretary: str
    guests: str
    attendance: str         # heading of section I
    content: str            # heading of section II
    counted: str            # "lượt người tham gia", "người được thăm hỏi, tặng quà"
    closing: str            # how the minutes were approved


MEETING = Wording("Hội nghị", "đại biểu", "Chủ trì", "Thư ký", "Khách mời, đại biểu", "THÀNH PHẦN THAM DỰ",
                  "NỘI DUNG", "lượt người tham gia", "đã được thông qua trước các đại biểu dự họp")
WORDING = {
    "conference": MEETING,
    "forum": replace(MEETING, noun="Tọa đàm"),
    "congress": replace(MEETING, noun="Đại hội", secretary="Thư ký Đại hội",
                        closing="đã được thông qua trước Đại hội"),
    "ceremony": replace(MEETING, noun="Buổi lễ", chair="Chủ trì buổi lễ", guests="Khách mời",
                        closing="đã được thông qua trước các đại biểu dự buổi lễ"),
    "health_festival": Wording("Hội khỏe", "vận động viên", "Trưởng Ban Tổ chức", "Thư ký", "Khách mời",
                               "THÀNH PHẦN", "DIỄN BIẾN", "lượt vận động viên tham gia thi đấu",
                               "đã được Ban Tổ chức thông qua"),
    "visit": Wording("Đợt thăm hỏi", "người", "Trưởng đoàn", "Người ghi biên bản", "Thành viên đoàn",
                     "THÀNH PHẦN ĐOÀN CÔNG TÁC", "NỘI DUNG", "đoàn viên, người lao động được thăm hỏi, tặng quà",
                     "đã được đọc lại cho các thành viên đoàn cùng nghe và nhất trí"),
    "other": replace(MEETING, noun="Hoạt động", people="người", guests="Khách mời"),
}
PRIZE_ORDER = {"giải nhất": 1, "nhất": 1, "giải nhì": 2, "nhì": 2, "giải ba": 3, "ba": 3,
               "giải khuyến khích": 4, "khuyến khích": 4}


def wording(kind: str) -> Wording:
    return WORDING.get(kind, WORDING["other"])


def _register_names(db: sqlite_utils.Database, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People linked to a member take the name from the register, so one person is not
    chair under two spellings in one year's papers."""
    out = []
    for p in people:
        p = dict(p)
        if p.get("member_id"):
            found = db.execute("SELECT full_name FROM members WHERE id = ?", [p["member_id"]]).fetchone()
            if found:
                p["name"] = found[0]
        out.append(p)
    return out


def opening_time(event: dict[str, Any]) -> str | None:
    """The time the text says the event opened: the first programme item's, when the
    programme has times (the record's start time is often only the day)."""
    for item in event.get("items") or []:
        if item.get("at_time"):
            return item["at_time"]
    return event.get("starts_at")


def minutes_pdf(db: sqlite_utils.Database, event_id: int, out: Path, **options: Any) -> Path:
    """The minutes of event ``event_id``.

    Options: ``copies`` (how many copies the closing line says were made, default 2),
    ``closing`` (replace the closing sentence), ``number`` (when the event has none:
    "auto" takes the next number of the register).
    """
    event = events_core.get_event(db, event_id)
    issuer = Issuer.of(db, event.get("body_id"))
    page = Page()
    starts, ends = _when(event["starts_at"]), _when(event["ends_at"])
    w = wording(event["kind"])
    title = text(event["title"])
    number = event.get("doc_number")
    if not number and options.get("number"):
        year = starts.year if starts else dt.date.today().year
        line = document_number(db, "BB", issuer, options["number"], year=year, title=f"Biên bản: {title}",
                               issued_on=starts.date() if starts else None, ref=("events", event_id))
    else:
        line = number_line("BB", issuer, number)
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=line,
                                          issued_on=starts.date() if starts else None)]
    story += title_block("Biên bản", title)

    people = _register_names(db, event["people"])
    chairs = [p for p in people if p["role"] == "chair"]
    secretaries = [p for p in people if p["role"] == "secretary"]
    guests = [p for p in people if p["role"] == "guest"]

    opening = "Hôm nay"
    at = opening_time(event)
    if starts:
        opening += f", vào hồi {vn_time(at)}, {vn_long_date(starts.date())}"
    if event.get("place"):
        opening += f", tại {text(event['place'])}"
    organiser = issuer.name or "Ban Tổ chức"
    what = title[0].lower() + title[1:] if title else ""
    opening += f", {organiser} tổ chức {what}."
    story.append(para(opening, Styles.body))
    if event.get("number_label") or event.get("term"):
        facts = ", ".join(x for x in (text(event.get("number_label")),
                                      f"nhiệm kỳ {text(event['term'])}" if event.get("term") else "") if x)
        story.append(para(f"{w.noun} {facts}.", Styles.body))
    if event.get("summary"):
        story.append(para(event["summary"], Styles.body))

    story += section(f"I. {w.attendance}")
    n = 0
    for heading, group in ((w.chair, chairs), (w.secretary, secretaries), (w.guests, guests)):
        if group:
            n += 1
            story.append(para(f"{n}. {heading}:", Styles.body))
            story += _bullets([_person(p) for p in group])
    attendance = []
    present, expected = event.get("present_count"), event.get("expected_count")
    if present is not None and expected:
        attendance.append(f"có mặt {vn_number(present)}/{vn_number(expected)} {w.people} được triệu tập")
    elif present is not None:
        attendance.append(f"có mặt {vn_number(present)} {w.people}")
    if event.get("absent_note"):
        attendance.append(f"vắng {text(event['absent_note'])}")
    elif expected and present is not None and expected > present:
        attendance.append(f"vắng {vn_number(expected - present)} {w.people}")
    if event.get("participant_count") is not None and event["participant_count"] != present:
        attendance.append(f"{vn_number(event['participant_count'])} {w.counted}")
    unions = event["unions"]
    if attendance:
        n += 1
        first = attendance[0][0].upper() + attendance[0][1:]
        story.append(para(f"{n}. Số lượng: " + "; ".join([first, *attendance[1:]]) + ".", Styles.body))
    if unions:
        n += 1
        names = ", ".join(text(u["name"]) for u in unions)
        story.append(para(f"{n}. Đơn vị tham gia: {vn_number(len(unions))} công đoàn cơ sở ({names}).",
                          Styles.body))

    story += section(f"II. {w.content}")
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

    # Results: only units that took part, prizes in their order (Nhất, Nhì, Ba).
    taking_part = {u["union_id"] for u in unions}
    results = [r for r in event["results"] if not r.get("union_id") or not taking_part
               or r["union_id"] in taking_part]
    contests: dict[str, int] = {}
    for r in results:
        contests.setdefault(r["contest"], len(contests))
    results.sort(key=lambda r: (contests[r["contest"]], PRIZE_ORDER.get(text(r.get("prize")).lower(), 9), r["sort"]))
    if results:
        story += section("III. KẾT QUẢ")
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Nội dung thi đấu", 50 * mm),
                            Column("Đơn vị / cá nhân đạt giải", 0), Column("Giải", 30 * mm, "CENTER")],
                           page.frame_width, 2)
        story.append(data_table(cols, [(f"{i:02d}", r["contest"], r["winner"], r.get("prize"))
                                       for i, r in enumerate(results, 1)]))

    story += section(f"{'IV' if results else 'III'}. KẾT LUẬN")
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
            end_text = f"{w.noun} kết thúc vào hồi {vn_time(event['ends_at'])}" + (
                " cùng ngày" if same_day else f", {vn_long_date(ends.date())}")
            end_text += ". "
        copies = int(options.get("copies", 2))
        closing = end_text + f"Biên bản được lập thành {copies:02d} bản có giá trị như nhau, {w.closing}."
    story.append(para(closing, Styles.body))

    secretary = secretaries[0]["name"] if secretaries else ""
    chair = chairs[0]["name"] if chairs else ""
    sign_off(story, signature_block(page.frame_width, [Signer(w.secretary, secretary), Signer(w.chair, chair)]))
    return build_pdf(out, story, page, title=f"Biên bản: {title}", subject=EVENT_KIND.vi(event["kind"]),
                     author=issuer.name, progress=options.get("progress"))


def participants_pdf(db: sqlite_utils.Database, event_id: int, out: Path, **options: Any) -> Path:
    """The people and the unions that took part in event ``event_id``."""
    event = events_core.get_event(db, event_id)
    issuer = Issuer.of(db, event.get("body_id"))
    page = Page()
    starts = _when(event["starts_at"])
    when = vn_long_date(starts.date()) if starts else ""
    note = ", ".join(x for x in (when.capitalize() if when else "", text(event.get("place"))) if x)
    # A list of a past event is dated on the event's day, not on the day it is printed.
    issued = options.get("issued_on") or (starts.date() if starts else dt.date.today())
    story: list[Flowable] = [header_block(issuer, page.frame_width, number=None, issued_on=issued)]
    story += title_block("Danh sách đơn vị và đại biểu tham dự", event["title"], note)

    people = _register_names(db, event["people"])
    w = wording(event["kind"])
    if people:
        order = {"chair": 0, "secretary": 1, "guest": 2}
        people = sorted(people, key=lambda p: (order.get(p["role"], 9), p["sort"]))
        story += section("I. ĐẠI BIỂU" if w.people == "đại biểu" else "I. THÀNH PHẦN")
        role_names = {"chair": w.chair, "secretary": w.secretary, "guest": w.guests.split(",")[0]}
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Họ và tên", 45 * mm),
                            Column("Chức vụ, đơn vị", 0), Column("Vai trò", 24 * mm, "CENTER")],
                           page.frame_width, 2)
        story.append(data_table(cols, [
            (f"{i:02d}", p["name"], ", ".join(text(x) for x in (p.get("position"), p.get("unit")) if x),
             role_names.get(p["role"], p["role"])) for i, p in enumerate(people, 1)]))

    unions = db.execute("""
        SELECT u.name, s.name, eu.participants FROM event_unions eu JOIN unions u ON u.id = eu.union_id
        LEFT JOIN sectors s ON s.code = u.sector WHERE eu.event_id = ?
        ORDER BY s.sort, u.name_folded""", [event_id]).fetchall()
    story += section(f"{'II' if people else 'I'}. ĐƠN VỊ THAM GIA")
    known = [p for _, _, p in unions if p is not None]
    if unions:
        total = sum(known)
        cols = fit_columns([Column("STT", 12 * mm, "CENTER"), Column("Công đoàn cơ sở", 0),
                            Column("Khối", 52 * mm), Column(f"Số {w.people}", 24 * mm, "RIGHT")],
                           page.frame_width, 1)
        story.append(data_table(cols, [(f"{i:02d}", n, s, vn_number(p) if p is not None else "")
                                       for i, (n, s, p) in enumerate(unions, 1)],
                                total_row=("", f"Cộng: {vn_number(len(unions))} đơn vị", "",
                                           vn_number(total) if known else "")))
    else:
        story.append(para("Chưa ghi đơn vị tham gia.", Styles.body))
    facts = []
    if event.get("present_count") is not None:
        facts.append(f"có mặt {vn_number(event['present_count'])}"
                     + (f"/{vn_number(event['expected_count'])}" if event.get("expected_count") else "")
                     + f" {w.people} được triệu tập")
    if event.get("participant_count") is not None and event["participant_count"] != event.get("present_count"):
        facts.append(f"{vn_number(event['participant_count'])} {w.counted}")
    if facts:
        story.append(para("Tổng hợp: " + "; ".join(facts) + ".", Styles.body_plain))
    sign_off(story, signature_block(page.frame_width, [
        Signer("Người lập danh sách"),
        signer_for_body(db, "list", starts.date() if starts else None, issuer.body_id)]))
    return build_pdf(out, story, page, title=f"Danh sách tham dự: {event['title']}", author=issuer.name,
                     progress=options.get("progress"))
