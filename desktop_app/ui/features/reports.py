"""Reports menu: every printed document, built in the background and shown in a preview
with Print and Save buttons."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from desktop_app.core import reports
from desktop_app.core.reports.names import default_name
from desktop_app.core.work import Changes
from desktop_app.ui.features.host import FeatureHost
from desktop_app.ui.i18n import tr

if TYPE_CHECKING:
    from desktop_app.ui.report_preview import ReportPreviewDialog

# Messages, marked for pyside6-lupdate (context "Reports") and translated when shown.
M_REPORTS = QT_TRANSLATE_NOOP("Reports", "Reports")
M_ANNUAL = QT_TRANSLATE_NOOP("Reports", "Annual report")
M_ANNUAL_TITLE = QT_TRANSLATE_NOOP("Reports", "Annual report %1")
M_UNIONS = QT_TRANSLATE_NOOP("Reports", "List of grassroots unions")
M_OFFICERS = QT_TRANSLATE_NOOP("Reports", "List of union officers")
M_PICK_EVENT = QT_TRANSLATE_NOOP("Reports", "Select an event in the Events tab first.")
M_MINUTES = QT_TRANSLATE_NOOP("Reports", "Minutes of the event")
M_PARTICIPANTS = QT_TRANSLATE_NOOP("Reports", "Participants of the event")
M_PICK_UNION = QT_TRANSLATE_NOOP("Reports", "Select a grassroots union in the Unions tab first.")
M_MEMBERS_LIST = QT_TRANSLATE_NOOP("Reports", "Members list")
M_FULL_IDS = QT_TRANSLATE_NOOP(
    "Reports", "Print ID (CCCD) numbers in full?\n\nLists are usually printed with them partly hidden.")
M_MEMBERS = QT_TRANSLATE_NOOP("Reports", "Members of the union")
M_UNION_OFFICERS = QT_TRANSLATE_NOOP("Reports", "Officers of the union")
M_PICK_COURSE = QT_TRANSLATE_NOOP("Reports", "Select a training course in the Training tab first.")
M_COURSE = QT_TRANSLATE_NOOP("Reports", "Course report")
M_CERTIFICATES = QT_TRANSLATE_NOOP("Reports", "Certificates")
M_AWARDS = QT_TRANSLATE_NOOP("Reports", "Awards proposed")
M_YEAR = QT_TRANSLATE_NOOP("Reports", "Year:")
M_CONGRESSES = QT_TRANSLATE_NOOP("Reports", "Unions whose congress is due")
M_AWARDS_YEAR = QT_TRANSLATE_NOOP("Reports", "Year of the proposals:")


def preview_folder() -> Path:
    """Where PDFs wait while they are previewed (deleted when the preview closes)."""
    folder = Path(tempfile.gettempdir()) / "socongdoan-reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def generate(window, title: str, build: Callable[..., Path], file_name: str, *, writes: bool = False) -> None:
    """Build a PDF with ``build(db, out, progress=...)`` in the background, then preview
    it. The progress dialog counts pages; Cancel stops the build (no file is left).
    ``writes``: the build records something (a number taken from the register), so it
    runs on a writable connection."""
    # Only a name: the file appears (atomically) when the build succeeds.
    out = preview_folder() / f"report-{uuid.uuid4().hex}.pdf"

    def work(db, progress) -> Path:
        progress(0, 0, title)
        return build(db, out, progress=progress)

    done = lambda path: show_preview(window, path, title, file_name)  # noqa: E731
    if writes:
        window.run_write(title, work, done, changes=Changes.of("settings"))
    else:
        window.run_read(title, work, done)


def show_preview(window, path: Path, title: str, file_name: str) -> ReportPreviewDialog:
    from desktop_app.ui.report_preview import ReportPreviewDialog  # QtPdf and ReportLab: on first use

    dialog = ReportPreviewDialog(path, title, window, suggested_name=file_name, remove_on_close=True)
    window.keep(dialog)  # non-modal: alive until closed
    dialog.show()
    return dialog


def _selected(window, key: str, what: str) -> int | None:
    record = window.selected_id(key)
    if record is None:
        QMessageBox.information(window, tr("Reports", M_REPORTS), what)
    return record


def annual_report(window) -> None:
    """Ask for the year, the written sections, the number and the recipients, then build."""
    from desktop_app.ui.annual_report_dialog import AnnualReportDialog
    dialog = AnnualReportDialog(window.db, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    year, options = dialog.year.value(), dialog.options()
    generate(window, tr("Reports", M_ANNUAL_TITLE).replace("%1", str(year)),
             lambda db, out, **kw: reports.annual_pdf(db, year, out, **options, **kw), default_name("annual", year),
             writes=options["number"] == "auto")


def unions_list(window) -> None:
    generate(window, tr("Reports", M_UNIONS), reports.unions_pdf, default_name("unions"))


def officers_list(window) -> None:
    generate(window, tr("Reports", M_OFFICERS), reports.officers_pdf, default_name("officers"))


def event_minutes(window) -> None:
    event = _selected(window, "events", tr("Reports", M_PICK_EVENT))
    if event is not None:
        generate(window, tr("Reports", M_MINUTES), lambda db, out, **kw: reports.minutes_pdf(db, event, out, **kw),
                 default_name("minutes", event))


def event_participants(window) -> None:
    event = _selected(window, "events", tr("Reports", M_PICK_EVENT))
    if event is not None:
        generate(window, tr("Reports", M_PARTICIPANTS),
                 lambda db, out, **kw: reports.participants_pdf(db, event, out, **kw),
                 default_name("participants", event))


def union_members(window) -> None:
    union = _selected(window, "unions", tr("Reports", M_PICK_UNION))
    if union is None:
        return
    full = QMessageBox.question(
        window, tr("Reports", M_MEMBERS_LIST),
        tr("Reports", M_FULL_IDS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
    generate(window, tr("Reports", M_MEMBERS),
             lambda db, out, **kw: reports.members_pdf(db, union, out, full_ids=full, **kw),
             default_name("members", union))


def union_officers(window) -> None:
    union = _selected(window, "unions", tr("Reports", M_PICK_UNION))
    if union is not None:
        generate(window, tr("Reports", M_UNION_OFFICERS),
                 lambda db, out, **kw: reports.officers_pdf(db, out, union_id=union, **kw),
                 default_name("officers", union))


def course_report(window) -> None:
    course = _selected(window, "courses", tr("Reports", M_PICK_COURSE))
    if course is not None:
        generate(window, tr("Reports", M_COURSE), lambda db, out, **kw: reports.course_pdf(db, course, out, **kw),
                 default_name("course", course))


def course_certificates(window) -> None:
    course = _selected(window, "courses", tr("Reports", M_PICK_COURSE))
    if course is not None:
        generate(window, tr("Reports", M_CERTIFICATES),
                 lambda db, out, **kw: reports.certificates_pdf(db, course, out, **kw),
                 default_name("certificates", course))


def awards_proposed(window) -> None:
    this = dt.date.today().year
    year, ok = QInputDialog.getInt(window, tr("Reports", M_AWARDS), tr("Reports", M_AWARDS_YEAR), this, 1990, this)
    if ok:
        generate(window, tr("Reports", M_AWARDS), lambda db, out, **kw: reports.awards_pdf(db, year, out, **kw),
                 default_name("awards", year))


def congresses_due(window) -> None:
    this = dt.date.today().year
    year, ok = QInputDialog.getInt(window, tr("Reports", M_CONGRESSES), tr("Reports", M_YEAR), this, 1990, this + 5)
    if ok:
        generate(window, tr("Reports", M_CONGRESSES),
                 lambda db, out, **kw: reports.congresses_due_pdf(db, year, out, **kw),
                 default_name("congresses-due", year))


ACTIONS = (
    ("action_report_annual", QT_TRANSLATE_NOOP("Reports", "&Annual report…"), annual_report),
    ("action_report_unions", QT_TRANSLATE_NOOP("Reports", "List of &grassroots unions"), unions_list),
    ("action_report_officers", QT_TRANSLATE_NOOP("Reports", "List of union &officers"), officers_list),
    ("action_report_awards", QT_TRANSLATE_NOOP("Reports", "A&wards proposed…"), awards_proposed),
    ("action_report_congresses", QT_TRANSLATE_NOOP("Reports", "Unions whose &congress is due…"), congresses_due),
    (None, None, None),
    ("action_report_minutes", QT_TRANSLATE_NOOP("Reports", "&Minutes of the selected event"), event_minutes),
    ("action_report_participants", QT_TRANSLATE_NOOP("Reports", "&Participants of the selected event"),
     event_participants),
    ("action_report_members", QT_TRANSLATE_NOOP("Reports", "M&embers of the selected union"), union_members),
    ("action_report_union_officers", QT_TRANSLATE_NOOP("Reports", "Officers of the selected &union"), union_officers),
    ("action_report_course", QT_TRANSLATE_NOOP("Reports", "&Report of the selected course"), course_report),
    ("action_report_certificates", QT_TRANSLATE_NOOP("Reports", "&Certificates of the selected course"),
     course_certificates),
)


def install(window: FeatureHost) -> None:
    actions = []
    for name, label, handler in ACTIONS:
        action = QAction(window)
        if name is None:
            action.setSeparator(True)
        else:
            action.setText(QCoreApplication.translate("Reports", label))
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, h=handler: h(window))
        actions.append(action)
    window.add_feature_actions("reports", *actions)
