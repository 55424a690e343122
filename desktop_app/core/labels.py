"""Vietnamese labels for the codes stored in the database (kinds, roles, statuses).

Printed documents are always in Vietnamese, whatever the window's language, so these
are plain strings, not translations.
"""

from __future__ import annotations

EVENT_KINDS = {
    "health_festival": "Hội khỏe",
    "forum": "Tọa đàm",
    "conference": "Hội nghị",
    "congress": "Đại hội",
    "ceremony": "Lễ",
    "visit": "Thăm hỏi",
    "other": "Hoạt động khác",
}

EVENT_PEOPLE_ROLES = {"chair": "Chủ trì", "secretary": "Thư ký", "guest": "Khách mời"}

OFFICER_ROLES = {
    "chair": "Chủ tịch",
    "vice_chair": "Phó Chủ tịch",
    "standing": "Ủy viên Ban Thường vụ",
    "executive": "Ủy viên Ban Chấp hành",
    "inspection": "Ủy viên Ủy ban Kiểm tra",
    "group_leader": "Tổ trưởng công đoàn",
    "other": "Khác",
}

MEMBER_STATUSES = {
    "active": "Đang sinh hoạt",
    "transferred": "Đã chuyển đi",
    "left": "Đã ra khỏi tổ chức",
    "deceased": "Đã từ trần",
    "none": "Chưa kết nạp",
}

UNION_STATUSES = {"active": "Đang hoạt động", "merged": "Đã sáp nhập", "dissolved": "Đã giải thể"}

WELFARE_KINDS = {
    "hardship": "Hoàn cảnh khó khăn",
    "sickness": "Ốm đau",
    "accident": "Tai nạn lao động",
    "funeral": "Hiếu",
    "disaster": "Thiên tai, hỏa hoạn",
    "union_startup": "Hỗ trợ CĐCS mới thành lập",
    "organiser_reward": "Thưởng cán bộ vận động thành lập CĐCS",
    "other": "Khác",
}

SEX = {"M": "Nam", "F": "Nữ"}


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code``; the code itself when unknown; '' for None."""
    if code is None:
        return ""
    return table.get(code, code)
