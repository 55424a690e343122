"""The detail pane of each tab, as small HTML documents built from core queries."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from desktop_app.core.records import awards, congresses, dues, events, members, officers, training, unions, welfare
from desktop_app.core.records.fields import rows
from desktop_app.core.text import mask_cccd, vn_date, vn_number
from desktop_app.core.vocabulary import Vocabulary
from desktop_app.ui import lists
from desktop_app.ui.i18n import tr

# Translation contexts of this module (scripts/i18n.py reads these constants).
D = "Details"
V = "Values"
DETAIL_ROWS = 50  # members listed under a union; the members tab shows them all


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
        (tr(D, "Code"), u["code"]), (tr(D, "Employer"), u["employer"]), (tr(D, "Address"), u["address"]),
        (tr(D, "Sector block"), sector[0] if sector else ""),
        (tr(D, "State sector"), tr(V, "Yes") if u["is_state"] else tr(V, "No")),
        (tr(D, "Founded"), vn_date(u["founded_on"])), (tr(D, "Founding decision"), u["founding_decision"]),
        (tr(D, "Status"), label(lists.UNION_STATUS, u["status"]) +
         (f" ({vn_date(u['status_on'])})" if u["status_on"] else "")),
        (tr(D, "Workers"), vn_number(u["workers"]) if u["workers"] is not None else ""),
        (tr(D, "Members"), vn_number(active)), (tr(D, "Phone"), u["phone"]), (tr(D, "Note"), u["note"]),
        *_custom(db, "unions", union_id),
    ])]
    parts.append(_h(tr(D, "Officers")))
    parts.append(_table([tr(D, "Name"), tr(D, "Role"), tr(D, "Term"), tr(D, "Phone")],
                        [[o["full_name"], label(lists.OFFICER_ROLES, o["role"]),
                          o["term"] or f"{vn_date(o['term_start'])}–{vn_date(o['term_end'])}", o["phone"]]
                         for o in officers.for_union(db, union_id, dt.date.today().isoformat())],
                        tr(D, "No officers recorded.")))
    late = congresses.officers_past_term(db, union_id=union_id)
    if late:
        parts.append("<p style='color:#b00020'>" + e(tr(D, "Term ended but still recorded in office: %1").replace(
            "%1", ", ".join(f"{o['full_name']} ({o['term'] or ''})" for o in late))) + "</p>")
    parts.append(_h(tr(D, "Dues and fund")))
    parts.append(_table([tr(D, "Period"), tr(D, "Đoàn phí due / remitted"), tr(D, "Kinh phí due / remitted")],
                        [[f"{label(lists.DUES_PERIODS, x['period'])} {x['year']}",
                          f"{vn_number(x['dues_due'])} / {vn_number(x['dues_paid'])}",
                          tr(D, "exempt") if x["fund_exempt"] else
                          f"{vn_number(x['fund_due'])} / {vn_number(x['fund_paid'])}"]
                         for x in dues.for_union(db, union_id)[:6]], tr(D, "No dues recorded.")))
    parts.append(_h(tr(D, "Congresses")))
    parts.append(_table([tr(D, "Date"), tr(D, "Kind"), tr(D, "Term"), tr(D, "Present")],
                        [[vn_date(c["held_on"]), label(lists.CONGRESS_KINDS, c["kind"]),
                          congresses.term_label(c["term_start"], c["term_end"]), vn_number(c["delegates"])]
                         for c in congresses.for_union(db, union_id)], tr(D, "No congress recorded.")))
    parts.append(_h(tr(D, "Yearly facts")))
    parts.append(_table([tr(D, "Year"), tr(D, "Rating"), tr(D, "Workers' conference"), tr(D, "Agreement"),
                         tr(D, "Signed")],
                        [[y["year"], y["rating"], tr(V, "Yes") if y["workers_conference"] else tr(V, "No"),
                          y["agreement_type"] or "", vn_date(y["agreement_signed_on"])]
                         for y in unions.years(db, union_id)], tr(D, "No yearly facts recorded.")))
    parts.append(_h(tr(D, "Awards")))
    parts.append(_awards(awards.for_union(db, union_id)))
    parts.append(_h(tr(D, "Events")))
    parts.append(_table([tr(D, "Date"), tr(D, "Event"), tr(D, "Participants")],
                        [[vn_date(ev["starts_at"]), ev["title"], vn_number(ev["participants"])]
                         for ev in events.for_union(db, union_id)[:20]], tr(D, "No events.")))
    shown = rows(db, """SELECT full_name, birth_date, job FROM members WHERE union_id = ? AND status = 'active'
                        ORDER BY name_folded LIMIT ?""", [union_id, DETAIL_ROWS])
    title = tr(D, "Members")
    if active > len(shown):
        title += " " + tr(D, "(first %1 of %2)").replace("%1", str(len(shown))).replace("%2", vn_number(active))
    parts.append(_h(title))
    parts.append(_table([tr(D, "Name"), tr(D, "Born"), tr(D, "Job")],
                        [[m["full_name"], vn_date(m["birth_date"]), m["job"]] for m in shown], tr(D, "No members.")))
    return "".join(parts)


def _awards(found: list[dict[str, Any]]) -> str:
    return _table([tr(D, "Year"), tr(D, "Form"), tr(D, "Given by"), tr(D, "Decision")],
                  [[a["year"], label(lists.AWARD_FORMS, a["form"]) + (
                      "" if a["status"] == "awarded" else f" ({label(lists.AWARD_STATUSES, a['status'])})"),
                    label(lists.AWARD_LEVELS, a["level"]),
                    ", ".join(x for x in (a["decision_no"] or "", vn_date(a["decision_date"])) if x)]
                   for a in found], tr(D, "No awards recorded."))


def _custom(db, entity: str, record_id: int) -> list[tuple[str, Any]]:
    """The user's own fields, for the record's table of facts."""
    from desktop_app.core.records import custom

    found = custom.values_of(db, entity, record_id)
    return [(f["name"], custom.shown(f, found.get(f["id"]))) for f in custom.fields(db, entity)]


def member_html(db, member_id: int) -> str:
    m = members.get_member(db, member_id)
    union = db.execute("SELECT name FROM unions WHERE id = ?", [m["union_id"]]).fetchone() if m["union_id"] else None
    parts = [f"<h2>{e(m['full_name'])}</h2>", _fields([
        (tr(D, "Sex"), label(lists.SEX, m["sex"]) if m["sex"] else ""), (tr(D, "Born"), vn_date(m["birth_date"])),
        (tr(D, "Ethnicity"), m["ethnicity"]),
        (tr(D, "Nationality"), m["nationality"] or tr(D, "Vietnamese")),
        (tr(D, "Labour relation"), label(lists.WORK_RELATIONS, m["work_relation"])),
        (tr(D, "Labour contract"), tr(D, "%1 months").replace("%1", str(m["contract_months"]))
         if m["contract_months"] is not None else ""),
        (tr(D, "CCCD"), mask_cccd(m["cccd"])), (tr(D, "Phone"), m["phone"]),
        (tr(D, "Job"), m["job"]), (tr(D, "Card no."), m["card_no"]),
        (tr(D, "Grassroots union"), union[0] if union else ""),
        (tr(D, "Status"), label(lists.MEMBER_STATUS, m["status"]) +
         (f" ({vn_date(m['status_on'])})" if m["status_on"] else "")),
        (tr(D, "Joined"), vn_date(m["joined_on"])), (tr(D, "Note"), m["note"]), *_custom(db, "members", member_id),
    ])]
    parts.append(_h(tr(D, "History")))
    parts.append(_table([tr(D, "Date"), tr(D, "Change"), tr(D, "Union"), tr(D, "Reason")],
                        [[vn_date(h["on_date"]), label(lists.HISTORY_KINDS, h["kind"]), h["union_name"] or "",
                          h["reason"] or ""] for h in members.history(db, member_id)], tr(D, "No history.")))
    parts.append(_h(tr(D, "Union roles")))
    parts.append(_table([tr(D, "Role"), tr(D, "Union"), tr(D, "Term"), tr(D, "Full-time")],
                        [[label(lists.OFFICER_ROLES, o["role"]), o["union_name"] or o["body_name"] or "",
                          o["term"] or f"{vn_date(o['term_start'])}–{vn_date(o['term_end'])}",
                          tr(V, "Yes") if o["full_time"] else tr(V, "No")] for o in officers.for_member(db, member_id)],
                        tr(D, "No union roles.")))
    parts.append(_h(tr(D, "Courses")))
    parts.append(_table([tr(D, "Starts"), tr(D, "Course"), tr(D, "Completed"), tr(D, "Certificate")],
                        [[vn_date(c["starts_on"]), c["title"], tr(V, "Yes") if c["completed"] else tr(V, "No"),
                          c["certificate_no"] or ""] for c in training.for_member(db, member_id)],
                        tr(D, "No courses.")))
    parts.append(_h(tr(D, "Awards")))
    parts.append(_awards(awards.for_member(db, member_id)))
    parts.append(_h(tr(D, "Support received")))
    parts.append(_table([tr(D, "Date"), tr(D, "Kind"), tr(D, "Amount (đ)"), tr(D, "Reason")],
                        [[vn_date(w["paid_on"]), label(lists.WELFARE_KINDS, w["kind"]), vn_number(w["amount"]),
                          w["reason"] or ""] for w in welfare.for_member(db, member_id)],
                        tr(D, "No support received.")))
    return "".join(parts)


def _time(value: str | None) -> str:
    if not value:
        return ""
    return vn_date(value[:10]) + (" " + value[11:16] if len(value) > 10 else "")


def event_html(db, event_id: int) -> str:
    ev = events.get_event(db, event_id)
    parts = [f"<h2>{e(ev['title'])}</h2>", _fields([
        (tr(D, "Kind"), label(lists.EVENT_KINDS, ev["kind"])), (tr(D, "Number"), ev["number_label"]),
        (tr(D, "Term"), ev["term"]), (tr(D, "Starts"), _time(ev["starts_at"])), (tr(D, "Ends"), _time(ev["ends_at"])),
        (tr(D, "Place"), ev["place"]), (tr(D, "Document no."), ev["doc_number"]),
        (tr(D, "Expected"), vn_number(ev["expected_count"]) if ev["expected_count"] is not None else ""),
        (tr(D, "Present"), vn_number(ev["present_count"]) if ev["present_count"] is not None else ""),
        (tr(D, "Participants"), vn_number(ev["participant_count"]) if ev["participant_count"] is not None else ""),
    ])]
    parts.append(_h(tr(D, "People")))
    parts.append(_table([tr(D, "Role"), tr(D, "Name"), tr(D, "Position"), tr(D, "Unit")],
                        [[label(lists.PEOPLE_ROLES, p["role"]), p["name"], p["position"] or "", p["unit"] or ""]
                         for p in ev["people"]], tr(D, "No chairs, secretary or guests recorded.")))
    parts.append(_h(tr(D, "Programme")))
    parts.append(_table([tr(D, "Time"), tr(D, "Speaker"), tr(D, "Content")],
                        [[i["at_time"] or "", ", ".join(x for x in (i["speaker"], i["speaker_role"],
                                                                     i["speaker_unit"]) if x), i["content"]]
                         for i in ev["items"]], tr(D, "No programme recorded.")))
    if ev["results"]:
        parts.append(_h(tr(D, "Results")))
        parts.append(_table([tr(D, "Contest"), tr(D, "Prize"), tr(D, "Winner"), tr(D, "Grassroots union")],
                            [[r["contest"], r["prize"] or "", r["winner"],
                              r["union_name"] if r["union_name"] and r["union_name"] != r["winner"] else ""]
                             for r in ev["results"]], ""))
    parts.append(_h(tr(D, "Participating unions")))
    parts.append(_table([tr(D, "Union"), tr(D, "Participants")],
                        [[u["name"], vn_number(u["participants"]) if u["participants"] is not None else ""]
                         for u in ev["unions"]], tr(D, "No unions recorded.")))
    parts.append(_h(tr(D, "Conclusions")))
    none = "<i>" + e(tr(D, "None recorded.")) + "</i>"
    parts.append(f"<p>{e(ev['conclusions'] or '') or none}</p>")
    if ev["summary"]:
        parts.append(_h(tr(D, "Summary")) + f"<p>{e(ev['summary'])}</p>")
    return "".join(parts)


def course_html(db, course_id: int) -> str:
    c = training.get_course(db, course_id)
    enrolled = training.enrolments(db, course_id)
    done = sum(1 for x in enrolled if x["completed"])
    completed = tr(D, "completed")
    parts = [f"<h2>{e(c['title'])}</h2>", _fields([
        (tr(D, "Topic"), c["topic"]), (tr(D, "For"), c["target_group"]), (tr(D, "Starts"), vn_date(c["starts_on"])),
        (tr(D, "Ends"), vn_date(c["ends_on"])), (tr(D, "Place"), c["place"]), (tr(D, "Trainer"), c["trainer"]),
        (tr(D, "Sessions"), c["sessions"]),
        (tr(D, "Enrolled"), f"{vn_number(len(enrolled))} ({vn_number(done)} {completed})"),
    ])]
    parts.append(_h(tr(D, "Enrolments")))
    parts.append(_table([tr(D, "Name"), tr(D, "Union"), tr(D, "Attended"), tr(D, "Completed"), tr(D, "Certificate")],
                        [[x["full_name"], x["union_name"] or "",
                          f"{x['attended_sessions'] if x['attended_sessions'] is not None else ''}/{c['sessions']}",
                          tr(V, "Yes") if x["completed"] else tr(V, "No"), x["certificate_no"] or ""]
                         for x in enrolled],
                        tr(D, "Nobody enrolled yet.")))
    return "".join(parts)
