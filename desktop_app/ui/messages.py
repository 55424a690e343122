"""Core error messages in the interface language.

``core`` never imports Qt, so its messages are English sentences with the offending
value in them ("CCCD must be exactly 12 digits, got '12345'"). The window matches the
known sentences and translates them, values kept, through the context "CoreMessages";
a sentence it does not know is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

T = "CoreMessages"
# (pattern over the whole English message, English template with %1, %2...)
PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in (
    (r"CCCD (\d+) already belongs to (.+) \(#(\d+)\)", QT_TRANSLATE_NOOP("CoreMessages", "CCCD %1 already belongs to %2 (#%3)")),  # noqa: E501
    (r"CCCD must be exactly 12 digits, got (.*)", QT_TRANSLATE_NOOP("CoreMessages", "CCCD must be exactly 12 digits, got %1")),  # noqa: E501
    (r"impossible date: (.*)", QT_TRANSLATE_NOOP("CoreMessages", "impossible date: %1")),
    (r"not a date: (.*) \(expected dd/mm/yyyy\)", QT_TRANSLATE_NOOP("CoreMessages", "not a date: %1 (expected dd/mm/yyyy)")),  # noqa: E501
    (r"not a date: (.*)", QT_TRANSLATE_NOOP("CoreMessages", "not a date: %1")),
    (r"date (\S+) is in the future", QT_TRANSLATE_NOOP("CoreMessages", "date %1 is in the future")),
    (r"date (\S+) is before (\S+)", QT_TRANSLATE_NOOP("CoreMessages", "date %1 is before %2")),
    (r"a member must be at least 15 years old \(born (\S+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "a member must be at least 15 years old (born %1)")),
    (r"Full name is required", QT_TRANSLATE_NOOP("CoreMessages", "Full name is required")),
    (r"The union's name is required", QT_TRANSLATE_NOOP("CoreMessages", "The union's name is required")),
    (r"The course title is required", QT_TRANSLATE_NOOP("CoreMessages", "The course title is required")),
    (r"The title is required", QT_TRANSLATE_NOOP("CoreMessages", "The title is required")),
    (r"the date is required", QT_TRANSLATE_NOOP("CoreMessages", "the date is required")),
    (r"the start date is required", QT_TRANSLATE_NOOP("CoreMessages", "the start date is required")),
    (r"the start date and time are required", QT_TRANSLATE_NOOP("CoreMessages", "the start date and time are required")),  # noqa: E501
    (r"(\S+) is before the member was born", QT_TRANSLATE_NOOP("CoreMessages", "%1 is before the member was born")),
    (r"(\S+) is before the member's last change \((\S+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is before the member's last change (%2)")),
    (r"(.+) is not an active member", QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an active member")),
    (r"(.+) is already an active member", QT_TRANSLATE_NOOP("CoreMessages", "%1 is already an active member")),
    (r"(.+) is already recorded as deceased", QT_TRANSLATE_NOOP("CoreMessages", "%1 is already recorded as deceased")),
    (r"choose a union", QT_TRANSLATE_NOOP("CoreMessages", "choose a union")),
    (r"(.+) is no longer active", QT_TRANSLATE_NOOP("CoreMessages", "%1 is no longer active")),
    (r"(.+) is already in (.+)", QT_TRANSLATE_NOOP("CoreMessages", "%1 is already in %2")),
    (r"not a whole number: (.*)", QT_TRANSLATE_NOOP("CoreMessages", "not a whole number: %1")),
    (r"must be at least (\S+), got (\S+)", QT_TRANSLATE_NOOP("CoreMessages", "must be at least %1, got %2")),
    (r"not a Vietnamese phone number: (.*)", QT_TRANSLATE_NOOP("CoreMessages", "not a Vietnamese phone number: %1")),
    (r"not a time of day: (.*)", QT_TRANSLATE_NOOP("CoreMessages", "not a time of day: %1")),
    (r"the event ends before it starts", QT_TRANSLATE_NOOP("CoreMessages", "the event ends before it starts")),
    (r"the course ends before it starts", QT_TRANSLATE_NOOP("CoreMessages", "the course ends before it starts")),
    (r"more people present than invited", QT_TRANSLATE_NOOP("CoreMessages", "more people present than invited")),
    (r"a merged or dissolved union needs the date it happened",
     QT_TRANSLATE_NOOP("CoreMessages", "a merged or dissolved union needs the date it happened")),
    (r"the union cannot close before it was founded",
     QT_TRANSLATE_NOOP("CoreMessages", "the union cannot close before it was founded")),
    (r"code (.+) is already used by (.+)", QT_TRANSLATE_NOOP("CoreMessages", "code %1 is already used by %2")),
    (r"sex must be Nam or Nữ, got (.*)", QT_TRANSLATE_NOOP("CoreMessages", "sex must be Nam or Nữ, got %1")),
    (r"(Officer role|Support payment|Enrolment|Member|Union) #(\d+) does not exist",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 #%2 does not exist")),
    (r"the term ends before it starts", QT_TRANSLATE_NOOP("CoreMessages", "the term ends before it starts")),
    (r"the amount in đồng is required", QT_TRANSLATE_NOOP("CoreMessages", "the amount in đồng is required")),
    (r"a certificate is only issued to those who completed",
     QT_TRANSLATE_NOOP("CoreMessages", "a certificate is only issued to those who completed")),
    (r"the course has only (\d+) sessions", QT_TRANSLATE_NOOP("CoreMessages", "the course has only %1 sessions")),
    (r"certificate number (.+) is already issued",
     QT_TRANSLATE_NOOP("CoreMessages", "certificate number %1 is already issued")),
    (r"the disk holding (.+) is full; free some space and try again",
     QT_TRANSLATE_NOOP("CoreMessages", "the disk holding %1 is full; free some space and try again")),
    (r"another program \(or another window of this program\) is changing (.+); try again when it has finished",
     QT_TRANSLATE_NOOP("CoreMessages", "another program (or another window of this program) is changing %1; "
                                       "try again when it has finished")),
    (r"(.+) is read-only \(a write-protected drive or file\): it can be read but not changed",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is read-only (a write-protected drive or file): it can be read but "
                                       "not changed")),
    (r"cannot read or write (.+) \(was the drive removed\?\)",
     QT_TRANSLATE_NOOP("CoreMessages", "cannot read or write %1 (was the drive removed?)")),
    (r"(.+) is damaged \((.+)\); restore it from a backup",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged (%2); restore it from a backup")),
    (r"(\d+) rows were written to (.+), but it could not be noted in the .+",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 rows were written to %2, but the export could not be noted in the "
                                       "database's log (the file is read-only or in use by another program).")),
    (r"(Member|Union) '?(.+?)'? cannot be deleted: (.+) still refer to it",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 %2 cannot be deleted: %3 still refer to it")),
)]
WORDS = {
    "Member": QT_TRANSLATE_NOOP("CoreMessages", "Member"),
    "Union": QT_TRANSLATE_NOOP("CoreMessages", "Union"),
    "Officer role": QT_TRANSLATE_NOOP("CoreMessages", "Officer role"),
    "Support payment": QT_TRANSLATE_NOOP("CoreMessages", "Support payment"),
    "Enrolment": QT_TRANSLATE_NOOP("CoreMessages", "Enrolment"),
    "officer roles": QT_TRANSLATE_NOOP("CoreMessages", "officer roles"),
    "course enrolments": QT_TRANSLATE_NOOP("CoreMessages", "course enrolments"),
    "support payments": QT_TRANSLATE_NOOP("CoreMessages", "support payments"),
    "event roles": QT_TRANSLATE_NOOP("CoreMessages", "event roles"),
    "membership history rows": QT_TRANSLATE_NOOP("CoreMessages", "membership history rows"),
    "event participations": QT_TRANSLATE_NOOP("CoreMessages", "event participations"),
    "unions merged into it": QT_TRANSLATE_NOOP("CoreMessages", "unions merged into it"),
}
_COUNTED = re.compile(r"(\d+) ([a-z ]+)")


def _words(text: str) -> str:
    """'3 officer roles, 2 course enrolments' with the labels translated."""
    def one(m: re.Match[str]) -> str:
        label = m.group(2).strip()
        return f"{m.group(1)} {QCoreApplication.translate(T, WORDS[label])}" if label in WORDS else m.group(0)
    return _COUNTED.sub(one, text)


def localise(message: str) -> str:
    """The core's message in the interface language (unchanged when not translated)."""
    for pattern, template in PATTERNS:
        m = pattern.fullmatch(message.strip())
        if not m:
            continue
        translated = QCoreApplication.translate(T, template)
        if translated == template:
            return message
        values = list(m.groups())
        if template == "%1 #%2 does not exist":
            values[0] = QCoreApplication.translate(T, WORDS[values[0]])
        if template.startswith("%1 %2 cannot be deleted"):
            values = [QCoreApplication.translate(T, WORDS[values[0]]), values[1], _words(values[2])]
        for i in range(len(values), 0, -1):  # %10 before %1
            translated = translated.replace(f"%{i}", values[i - 1])
        return translated
    return message
