"""The window's names for the core lists and vocabularies: choices for combo boxes and
filters, labels in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.core import listing as L
from desktop_app.core import vocabulary as V
from desktop_app.ui.table_model import Column, ListSpec, value_label  # noqa: F401  (re-exported)

# The stored codes and their labels are the core vocabulary; the window shows each
# English label translated in its vocabulary's context.
SEX = V.SEX
MEMBER_STATUS = V.MEMBER_STATUS
UNION_STATUS = V.UNION_STATUS
EVENT_KINDS = V.EVENT_KIND
HISTORY_KINDS = V.HISTORY_KIND
OFFICER_ROLES = V.OFFICER_ROLE
PEOPLE_ROLES = V.EVENT_PEOPLE_ROLE
WELFARE_KINDS = V.WELFARE_KIND
WORK_RELATIONS = V.WORK_RELATION
AWARD_FORMS = V.AWARD_FORM
AWARD_LEVELS = V.AWARD_LEVEL
AWARD_STATUSES = V.AWARD_STATUS
CONGRESS_KINDS = V.CONGRESS_KIND
DUES_PERIODS = V.DUES_PERIOD
CUSTOM_ENTITIES = V.CUSTOM_ENTITY
CUSTOM_KINDS = V.CUSTOM_KIND


def choices(vocabulary: V.Vocabulary) -> list[tuple[str, str]]:
    """(label in the window's language, code) for a combo box or a filter."""
    return [(value_label(vocabulary, t.code), t.code) for t in vocabulary]


YES_NO = (QT_TRANSLATE_NOOP("Values", "Yes"), QT_TRANSLATE_NOOP("Values", "No"))

# The lists' columns and SQL are core (``core/listing.py``); their titles are translated
# in context "Columns" (scripts/translate_ui.py takes them from there).
UNIONS, MEMBERS, EVENTS, COURSES, SPECS = L.UNIONS, L.MEMBERS, L.EVENTS, L.COURSES, L.SPECS
