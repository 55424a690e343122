"""What each list shows: its columns, joins and search, as data for ``SqlTableModel``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop_app.ui.table_model import Column, ListSpec

SEX = {"M": QT_TRANSLATE_NOOP("Values", "Male"), "F": QT_TRANSLATE_NOOP("Values", "Female")}
MEMBER_STATUS = {
    "active": QT_TRANSLATE_NOOP("Values", "Active"),
    "transferred": QT_TRANSLATE_NOOP("Values", "Transferred out"),
    "left": QT_TRANSLATE_NOOP("Values", "Left"),
    "deceased": QT_TRANSLATE_NOOP("Values", "Deceased"),
    "none": QT_TRANSLATE_NOOP("Values", "Not a member"),
}
UNION_STATUS = {
    "active": QT_TRANSLATE_NOOP("Values", "Active"),
    "merged": QT_TRANSLATE_NOOP("Values", "Merged"),
    "dissolved": QT_TRANSLATE_NOOP("Values", "Dissolved"),
}
EVENT_KINDS = {
    "health_festival": QT_TRANSLATE_NOOP("Values", "Health and sports festival"),
    "forum": QT_TRANSLATE_NOOP("Values", "Forum"),
    "conference": QT_TRANSLATE_NOOP("Values", "Conference"),
    "congress": QT_TRANSLATE_NOOP("Values", "Congress"),
    "ceremony": QT_TRANSLATE_NOOP("Values", "Ceremony"),
    "visit": QT_TRANSLATE_NOOP("Values", "Visit"),
    "other": QT_TRANSLATE_NOOP("Values", "Other"),
}
HISTORY_KINDS = {
    "join": QT_TRANSLATE_NOOP("Values", "Joined"),
    "transfer": QT_TRANSLATE_NOOP("Values", "Transferred in"),
    "transfer_out": QT_TRANSLATE_NOOP("Values", "Transferred out"),
    "leave": QT_TRANSLATE_NOOP("Values", "Left"),
    "death": QT_TRANSLATE_NOOP("Values", "Died"),
}
OFFICER_ROLES = {
    "chair": QT_TRANSLATE_NOOP("Values", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("Values", "Vice-chair"),
    "standing": QT_TRANSLATE_NOOP("Values", "Standing committee"),
    "executive": QT_TRANSLATE_NOOP("Values", "Executive committee"),
    "inspection": QT_TRANSLATE_NOOP("Values", "Inspection committee"),
    "group_leader": QT_TRANSLATE_NOOP("Values", "Group leader"),
    "other": QT_TRANSLATE_NOOP("Values", "Other"),
}
PEOPLE_ROLES = {
    "chair": QT_TRANSLATE_NOOP("Values", "Chaired by"),
    "secretary": QT_TRANSLATE_NOOP("Values", "Secretary"),
    "guest": QT_TRANSLATE_NOOP("Values", "Guest"),
}
WELFARE_KINDS = {
    "hardship": QT_TRANSLATE_NOOP("Values", "Hardship"),
    "sickness": QT_TRANSLATE_NOOP("Values", "Sickness"),
    "accident": QT_TRANSLATE_NOOP("Values", "Accident"),
    "funeral": QT_TRANSLATE_NOOP("Values", "Funeral"),
    "disaster": QT_TRANSLATE_NOOP("Values", "Natural disaster"),
    "union_startup": QT_TRANSLATE_NOOP("Values", "New union start-up"),
    "organiser_reward": QT_TRANSLATE_NOOP("Values", "Organiser reward"),
    "other": QT_TRANSLATE_NOOP("Values", "Other"),
}

YES_NO = (QT_TRANSLATE_NOOP("Values", "Yes"), QT_TRANSLATE_NOOP("Values", "No"))

UNIONS = ListSpec(
    key="unions", table="unions",
    from_sql="unions LEFT JOIN sectors ON sectors.code = unions.sector",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), "unions.name", "unions.name_folded", width=320),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), "unions.code", width=80),
        Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector block"), "sectors.name", "sectors.sort", width=200),
        Column("members", QT_TRANSLATE_NOOP("Columns", "Members"),
               "(SELECT count(*) FROM members m WHERE m.union_id = unions.id AND m.status = 'active')",
               kind="number", width=80),
        Column("workers", QT_TRANSLATE_NOOP("Columns", "Workers"), "unions.workers", kind="number", width=80),
        Column("founded_on", QT_TRANSLATE_NOOP("Columns", "Founded"), "unions.founded_on", kind="date", width=95),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"),
               "unions.status", kind="enum", labels=UNION_STATUS, width=90),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), "unions.address", width=220),
    ),
    fts="unions_fts", like_column="unions.search_text", tiebreak="unions.id",
    prefix_column="unions.name_folded", name_sort="unions.name_folded",
)

MEMBERS = ListSpec(
    key="members", table="members",
    from_sql="members LEFT JOIN unions ON unions.id = members.union_id",
    columns=(
        Column("full_name", QT_TRANSLATE_NOOP("Columns", "Full name"), "members.full_name",
               "members.name_folded, members.birth_date", width=200),
        Column("sex", QT_TRANSLATE_NOOP("Columns", "Sex"), "members.sex", kind="enum", labels=SEX, width=70),
        Column("birth_date", QT_TRANSLATE_NOOP("Columns", "Born"), "members.birth_date", kind="date", width=95),
        Column("union", QT_TRANSLATE_NOOP("Columns", "Grassroots union"),
               "unions.name", "unions.name_folded", width=280),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "members.status", kind="enum", labels=MEMBER_STATUS,
               width=120),
        Column("joined_on", QT_TRANSLATE_NOOP("Columns", "Joined"), "members.joined_on", kind="date", width=95),
        Column("job", QT_TRANSLATE_NOOP("Columns", "Job"), "members.job", width=140),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), "members.phone", width=105),
        Column("cccd", QT_TRANSLATE_NOOP("Columns", "CCCD"), "members.cccd", width=115),
        Column("card_no", QT_TRANSLATE_NOOP("Columns", "Card no."), "members.card_no", width=90),
    ),
    fts="members_fts", like_column="members.search_text", tiebreak="members.id",
    selective_filters=("union",), prefix_column="members.name_folded", fast_sorts=("full_name",),
    name_sort="members.name_folded, members.birth_date",
)

EVENTS = ListSpec(
    key="events", table="events", from_sql="events",
    columns=(
        Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date"), "events.starts_at", kind="datetime", width=130),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "events.kind", kind="enum", labels=EVENT_KINDS, width=170),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "events.title", width=360),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), "events.place", width=200),
        Column("participants", QT_TRANSLATE_NOOP("Columns", "Participants"), "events.participant_count", kind="number",
               width=90),
    ),
    default_sort=0, default_order=Qt.SortOrder.DescendingOrder,
    like_column="events.search_text", tiebreak="events.id",
)

COURSES = ListSpec(
    key="courses", table="courses", from_sql="courses",
    columns=(
        Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Starts"), "courses.starts_on", kind="date", width=95),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "courses.title", width=320),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), "courses.topic", width=160),
        Column("target_group", QT_TRANSLATE_NOOP("Columns", "For"), "courses.target_group", width=200),
        Column("enrolled", QT_TRANSLATE_NOOP("Columns", "Enrolled"),
               "(SELECT count(*) FROM enrolments e WHERE e.course_id = courses.id)", kind="number", width=80),
        Column("completed", QT_TRANSLATE_NOOP("Columns", "Completed"),
               "(SELECT count(*) FROM enrolments e WHERE e.course_id = courses.id AND e.completed = 1)",
               kind="number", width=85),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), "courses.place", width=180),
        Column("trainer", QT_TRANSLATE_NOOP("Columns", "Trainer"), "courses.trainer", width=160),
    ),
    default_sort=0, default_order=Qt.SortOrder.DescendingOrder,
    like_column="courses.search_text", tiebreak="courses.id",
)

SPECS = {s.key: s for s in (UNIONS, MEMBERS, EVENTS, COURSES)}
