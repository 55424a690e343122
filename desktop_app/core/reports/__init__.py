"""Printed documents (PDF, ReportLab): minutes, lists, the annual report, training
certificates. Every function is ``(db, ..., out, **options) -> Path`` and writes ``out``
atomically. No Qt here: the window and the command line both call these."""

from __future__ import annotations

from desktop_app.core.reports.annual import annual_pdf
from desktop_app.core.reports.lists import members_pdf, officers_pdf, unions_pdf
from desktop_app.core.reports.minutes import minutes_pdf, participants_pdf
from desktop_app.core.reports.registers import awards_pdf, congresses_due_pdf, dues_behind_pdf
from desktop_app.core.reports.training import certificates_pdf, course_pdf

__all__ = ["annual_pdf", "awards_pdf", "certificates_pdf", "congresses_due_pdf", "course_pdf", "dues_behind_pdf",
           "members_pdf", "minutes_pdf", "officers_pdf",
           "participants_pdf", "unions_pdf"]
