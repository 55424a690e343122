"""The detail pane of each tab, as small HTML documents built from core queries."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.records import events, members, officers, training, unions, welfare
from desktop_app.core.records.fields import rows
from desktop_app.core.text import mask_cccd, vn_date, vn_number
from desktop_app.core.vocabulary import Vocabulary
from desktop_app.ui import lists

DETAIL_ROWS = 50  # members listed under a union; the members tab shows them all


def tr(text: str) -> str:
    return QCoreApplication.translate("Details", text)


def val(text: str) -> str:
    return QCoreApplication.translate("Values", text)


def label(vocabulary: Vocabulary, code: Any) -> str:
    return lists.value_label(vocabulary, None if code is None else str(code))


def e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _fields(pairs: list[tuple[str, Any]]) -> str:
    cells = "".join(f"<tr><td style='color:#555;padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
                    for k, v in pairs if v not in (None, ""))
    return f"<table cellspacing='2'>{cells}</table>"


def _table(headers: list[str], body: list[list[Any]], empty: str) -> str:
    if not body:
        return f"<p style='color:#777'><i>{e(empty)}</i></p>"
    head = "".join(f"<th align='left' style='background:#e8eef5;padding:2px 6px'>{e(h)}</th>" for h in headers)
    lines = "".join("<tr>" + "".join(f"<td style='padding:1px 6px'>{e(c)}</td>" for c in r) + "</tr>"
                    for r in body)
    return f"<table cellspacing='0' border='0' width='100%'><tr>{head}</tr>{lines}</table>"


def _h(text: str) -> str:
    return f"<h3 style='margin-top:12px;color:#1f4e79'>{e(text)}</h3>"


def union_html(db, union_id: int) -> str:
    u = unions.get_union(db, union_id)
    sector = db.execute("SELECT name FROM sectors WHERE code = ?", [u["sector"]]).fetchone()
    active = db.execute("SELECT count(*) FROM members WHERE union_id = ? AND status = 'active'",
                        [union_id]).fetchone()[0]
    parts = [f"<h2>{e(u['name'])}</h2>", _fields([
        (tr("Code"), u["code"]), (tr("Employer"), u["employer"]), (tr("Address"), u["address"]),
        (tr("Sector block"), sector[0] if sector else ""),
        (tr("State sector"), val("Yes") if u["is_state"] else val("No")),
        (tr("Founded"), vn_date(u["founded_on"])), (tr("Founding decision"), u["founding_decision"]),
        (tr("Status"), label(lists.UNION_STATUS, u["status"]) +
         (f" ({vn_date(u['status_on'])})" if u["status_on"] else "")),
        (tr("Workers"), vn_number(u["workers"]) if u["workers"] is not None else ""),
        (tr("Members"), vn_number(active)), (tr("Phone"), u["phone"]), (tr("Note"), u["note"]),
    ])]
    parts.append(_h(tr("Officers")))
    parts.append(_table([tr("Name"), tr("Role"), tr("Term"), tr("Phone")],
                        [[o["full_name"], label(lists.OFFICER_ROLES, o["role"]),
                          o["term"] or f"{vn_date(o['term_start'])}–{vn_date(o['term_end'])}", o["phone"]]
                         for o in officers.for_union(db, union_id, dt.date.today().isoformat())],
                        tr("No officers recorded.")))
    parts.append(_h(tr("Yearly facts")))
    parts.append(_table([tr("Year"), tr("Rating"), tr("Workers' conference"), tr("Agreement"), tr("Signed")],
                        [[y["year"], y["rating"], val("Yes") if y["workers_conference"] else val("No"),
                          y["agreement_type"] or "", vn_date(y["agreement_signed_on"])]
                         for y in unions.years(db, union_id)], tr("No yearly facts recorded.")))
    parts.append(_h(tr("Events")))
    parts.append(_table([tr("Date"), tr("Event"), tr("Participants")],
                        [[vn_date(ev["starts_at"]), ev["title"], vn_number(ev["participants"])]
                         for ev in events.for_union(db, union_id)[:20]], tr("No events.")))
    shown = rows(db, """SELECT full_name, birth_date, job FROM members WHERE union_id = ? AND status = 'active'
                        ORDER BY name_folded LIMIT ?""", [union_id, DETAIL_ROWS])
    title = tr("Members")
    if active > len(shown):
        title += " " + tr("(first %1 of %2)").replace("%1", str(len(shown))).replace("%2", vn_number(active))
    parts.append(_h(title))
    parts.append(_table([tr("Name"), tr("Born"), tr("Job")],
                        [[m["full_name"], vn_date(m["birth_date"]), m["job"]] for m in shown], tr("No members.")))
    return "".join(parts)


def member_html(db, member_id: int) -> str:
    m = members.get_member(db, member_id)
    union = db.execute("SELECT name FROM unions WHERE id = ?", [m["union_id"]]).fetchone() if m["union_id"] else None
    parts = [f"<h2>{e(m['full_name'])}</h2>", _fields([
        (tr("Sex"), label(lists.SEX, m["sex"]) if m["sex"] else ""), (tr("Born"), vn_date(m["birth_date"])),
        (tr("Ethnicity"), m["ethnicity"]), (tr("CCCD"), mask_cccd(m["cccd"])), (tr("Phone"), m["phone"]),
        (tr("Job"), m["job"]), (tr("Card no."), m["card_no"]),
        (tr("Grassroots union"), union[0] if union else ""),
        (tr("Status"), label(lists.MEMBER_STATUS, m["status"]) +
         (f" ({vn_date(m['status_on'])})" if m["status_on"] else "")),
        (tr("Joined"), vn_date(m["joined_on"])), (tr("Note"), m["note"]),
    ])]
    parts.append(_h(tr("History")))
    parts.append(_table([tr("Date"), tr("Change"), tr("Union"), tr("Reason")],
                        [[vn_date(h["on_date"]), label(lists.HISTORY_KINDS, h["kind"]), h["union_name"] or "",
                          h["reason"] or ""] for h in members.history(db, member_id)], tr("No history.")))
    parts.append(_h(tr("Union roles")))
    parts.append(_table([tr("Role"), tr("Union"), tr("Term"), tr("Full-time")],
                        [[label(lists.OFFICER_ROLES, o["role"]), o["union_name"] or o["body_name"] or "",
                          o["term"] or f"{vn_date(o['term_start'])}–{vn_date(o['term_end'])}",
                          val("Yes") if o["full_time"] else val("No")] for o in officers.for_member(db, member_id)],
                        tr("No union roles.")))
    parts.append(_h(tr("Courses")))
    parts.append(_table([tr("Starts"), tr("Course"), tr("Completed"), tr("Certificate")],
                        [[vn_date(c["starts_on"]), c["title"], val("Yes") if c["completed"] else val("No"),
                          c["certificate_no"] or ""] for c in training.for_member(db, member_id)],
                        tr("No courses.")))
    parts.append(_h(tr("Support received")))
    parts.append(_table([tr("Date"), tr("Kind"), tr("Amount (đ)"), tr("Reason")],
                        [[vn_date(w["paid_on"]), label(lists.WELFARE_KINDS, w["kind"]), vn_number(w["amount"]),
                          w["reason"] or ""] for w in welfare.for_member(db, member_id)], tr("No support received.")))
    return "".join(parts)


def _time(value: str | None) -> str:
    if not value:
        return ""
    return vn_date(value[:10]) + (" " + value[11:16] if len(value) > 10 else "")


def event_html(db, event_id: int) -> str:
    ev = events.get_event(db, event_id)
    parts = [f"<h2>{e(ev['title'])}</h2>", _fields([
        (tr("Kind"), label(lists.EVENT_KINDS, ev["kind"])), (tr("Number"), ev["number_label"]),
        (tr("Term"), ev["term"]), (tr("Starts"), _time(ev["starts_at"])), (tr("Ends"), _time(ev["ends_at"])),
        (tr("Place"), ev["place"]), (tr("Document no."), ev["doc_number"]),
        (tr("Expected"), vn_number(ev["expected_count"]) if ev["expected_count"] is not None else ""),
        (tr("Present"), vn_number(ev["present_count"]) if ev["present_count"] is not None else ""),
        (tr("Participants"), vn_number(ev["participant_count"]) if ev["participant_count"] is not None else ""),
    ])]
    parts.append(_h(tr("People")))
    parts.append(_table([tr("Role"), tr("Name"), tr("Position"), tr("Unit")],
                        [[label(lists.PEOPLE_ROLES, p["role"]), p["name"], p["position"] or "", p["unit"] or ""]
                         for p in ev["people"]], tr("No chairs, secretary or guests recorded.")))
    parts.append(_h(tr("Programme")))
    parts.append(_table([tr("Time"), tr("Speaker"), tr("Content")],
                        [[i["at_time"] or "", ", ".join(x for x in (i["speaker"], i["speaker_role"],
                                                                     i["speaker_unit"]) if x), i["content"]]
                         for i in ev["items"]], tr("No programme recorded.")))
    if ev["results"]:
        parts.append(_h(tr("Results")))
        parts.append(_table([tr("Contest"), tr("Winner"), tr("Prize")],
                            [[r["contest"], r["winner"], r["prize"] or ""] for r in ev["results"]], ""))
    parts.append(_h(tr("Participating unions")))
    parts.append(_table([tr("Union"), tr("Participants")],
                        [[u["name"], vn_number(u["participants"]) if u["participants"] is not None else ""]
                         for u in ev["unions"]], tr("No unions recorded.")))
    parts.append(_h(tr("Conclusions")))
    parts.append(f"<p>{e(ev['conclusions'] or '') or '<i>' + e(tr('None recorded.')) + '</i>'}</p>")
    if ev["summary"]:
        parts.append(_h(tr("Summary")) + f"<p>{e(ev['summary'])}</p>")
    return "".join(parts)


def course_html(db, course_id: int) -> str:
    c = training.get_course(db, course_id)
    enrolled = training.enrolments(db, course_id)
    done = sum(1 for x in enrolled if x["completed"])
    completed = tr("completed")
    parts = [f"<h2>{e(c['title'])}</h2>", _fields([
        (tr("Topic"), c["topic"]), (tr("For"), c["target_group"]), (tr("Starts"), vn_date(c["starts_on"])),
        (tr("Ends"), vn_date(c["ends_on"])), (tr("Place"), c["place"]), (tr("Trainer"), c["trainer"]),
        (tr("Sessions"), c["sessions"]),
        (tr("Enrolled"), f"{vn_number(len(enrolled))} ({vn_number(done)} {completed})"),
    ])]
    parts.append(_h(tr("Enrolments")))
    parts.append(_table([tr("Name"), tr("Union"), tr("Attended"), tr("Completed"), tr("Certificate")],
                        [[x["full_name"], x["union_name"] or "",
                          f"{x['attended_sessions'] if x['attended_sessions'] is not None else ''}/{c['sessions']}",
                          val("Yes") if x["completed"] else val("No"), x["certificate_no"] or ""] for x in enrolled],
                        tr("Nobody enrolled yet.")))
    return "".join(parts)
