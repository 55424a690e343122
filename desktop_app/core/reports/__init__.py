"""Printed documents (PDF, ReportLab): minutes, lists, the annual report, training
certificates. Every function is ``(db, ..., out, **options) -> Path`` and writes ``out``
atomically. No Qt here: the window and the command line both call these.

The functions are imported on first use (``reports.annual_pdf``): ReportLab costs about
a tenth of a second to import, which the window should not pay at start-up."""

from __future__ import annotations

from desktop_app.core import lazy

_HOMES = {"annual_pdf": "annual", "members_pdf": "lists", "officers_pdf": "lists", "unions_pdf": "lists",
          "minutes_pdf": "minutes", "participants_pdf": "minutes", "certificates_pdf": "training",
          "course_pdf": "training", "awards_pdf": "registers", "congresses_due_pdf": "registers",
          "dues_behind_pdf": "registers"}

__all__ = sorted(_HOMES)
__getattr__ = lazy.attributes(__name__, _HOMES)
