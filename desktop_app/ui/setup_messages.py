"""core.setup's messages (English, like all of core) in the interface language.

Each pattern matches one message core/setup.py raises; its template is the translatable
text with the same {named} parts. Messages of other modules go through ``ui.messages.localise``;
anything else stays as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.messages import localise as core_localise

CONTEXT = "SetupMessages"

PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"The name of the managing body is required"),
     QT_TRANSLATE_NOOP("SetupMessages", "The name of the managing body is required.")),
    (re.compile(r"Choose a folder for the data"),
     QT_TRANSLATE_NOOP("SetupMessages", "Choose a folder for the data.")),
    (re.compile(r"cannot write in (?P<path>.+): (?P<error>.+)"),
     QT_TRANSLATE_NOOP("SetupMessages", "Cannot write in {path}: {error}")),
    (re.compile(r"Choose the backup file to restore"),
     QT_TRANSLATE_NOOP("SetupMessages", "Choose the backup file to restore.")),
    (re.compile(r"this version cannot restore backups"),
     QT_TRANSLATE_NOOP("SetupMessages", "This version of the program cannot restore backups.")),
    (re.compile(r"(?P<path>.+) already exists; choose an empty folder to restore into"),
     QT_TRANSLATE_NOOP("SetupMessages", "{path} already exists; choose an empty folder to restore into.")),
    (re.compile(r"there is no database in (?P<path>.+)"),
     QT_TRANSLATE_NOOP("SetupMessages", "There is no database in {path}.")),
    (re.compile(r'(?P<path>.+) already holds data; choose "use the existing data" or another folder'),
     QT_TRANSLATE_NOOP("SetupMessages",
                       "{path} already holds data: choose \"use the database already in the chosen folder\" "
                       "or another folder.")),
    (re.compile(r"The data is already in this folder"),
     QT_TRANSLATE_NOOP("SetupMessages", "The data is already in this folder.")),
    (re.compile(r"(?P<path>.+) already exists; choose another folder"),
     QT_TRANSLATE_NOOP("SetupMessages", "{path} already exists; choose another folder.")),
    (re.compile(r"the copy in (?P<path>.+) is damaged \((?P<error>.*)\); nothing was moved"),
     QT_TRANSLATE_NOOP("SetupMessages", "The copy in {path} is damaged ({error}); nothing was moved.")),
    (re.compile(r"the copy does not hold the same records; nothing was moved"),
     QT_TRANSLATE_NOOP("SetupMessages", "The copy does not hold the same records; nothing was moved.")),
]


def localise(message: str) -> str:
    """``message`` from core in the interface language (unchanged when unknown)."""
    text = message.strip()
    for pattern, template in PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            return QCoreApplication.translate(CONTEXT, template).format(**m.groupdict())
    return core_localise(message)  # the other core messages
