"""The overview tab: this year's figures against targets, and counts by sector block."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import stats
from desktop_app.core.text import vn_date, vn_number
from desktop_app.ui import i18n, operations
from desktop_app.ui.table_model import database_file

GOOD, SHORT, TRACK = QColor("#2e7d32"), QColor("#c62828"), QColor("#e3e8ee")
BAR = QColor("#1f6fb2")


class BarChart(QWidget):
    """Horizontal bars: (label, value, text shown at the end of the bar). With
    ``percent=True`` the bars are achievement against a target, with a 100% mark."""

    def __init__(self, percent: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.percent = percent
        self.items: list[tuple[str, float | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_items(self, items: list[tuple[str, float | None, str]]) -> None:
        self.items = items
        self.setMinimumHeight(26 * len(items) + 12)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t, _, _ in self.items), default=0)
        label_w = min(int(self.width() * 0.45), widest + 12)
        value_w = max((fm.horizontalAdvance(s) for _, _, s in self.items), default=0) + 10
        bar_w = max(10, self.width() - label_w - value_w - 8)
        top = 6
        scale_max = 100.0 if self.percent else max((v or 0 for _, v, _ in self.items), default=0) or 1.0
        if self.percent:
            scale_max = max(scale_max, *(v or 0 for _, v, _ in self.items), 100.0) if self.items else 100.0
        for i, (text, value, shown) in enumerate(self.items):
            y = top + i * 26
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 8, 22), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, label_w - 8))
            p.fillRect(QRectF(label_w, y + 4, bar_w, 14), TRACK)
            if value:
                width = bar_w * min(value, scale_max) / scale_max
                colour = BAR if not self.percent else (GOOD if value >= 100 else SHORT)
                p.fillRect(QRectF(label_w, y + 4, width, 14), colour)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(label_w + bar_w + 6, y, value_w, 22), Qt.AlignmentFlag.AlignVCenter, shown)
        if self.percent and self.items:
            x = label_w + bar_w * 100.0 / scale_max
            p.setPen(QPen(QColor("#333"), 1, Qt.PenStyle.DashLine))
            p.drawLine(int(x), top, int(x), top + 26 * len(self.items) - 4)
        p.end()


class OverviewTab(QWidget):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.key = "overview"
        self.year = QSpinBox(self)
        self.year.setObjectName("overview_year")
        self.year.setRange(1990, 2200)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.figures = QLabel(self)
        self.figures.setObjectName("overview_figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.targets_chart = BarChart(percent=True)
        self.targets_chart.setObjectName("overview_targets")
        self.targets_table = QLabel(self)
        self.targets_table.setTextFormat(Qt.TextFormat.RichText)
        self.sector_members = BarChart()
        self.sector_unions = BarChart()

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(QLabel(self.tr("Year:")))
        header.addWidget(self.year)

        box_figures = QGroupBox(self.tr("Members and unions"))
        lf = QVBoxLayout(box_figures)
        lf.addWidget(self.figures)
        lf.addStretch(1)
        box_targets = QGroupBox(self.tr("Targets and results"))
        lt = QVBoxLayout(box_targets)
        lt.addWidget(self.targets_chart)
        lt.addWidget(self.targets_table)
        box_sectors = QGroupBox(self.tr("By sector block"))
        ls = QGridLayout(box_sectors)
        ls.addWidget(QLabel(self.tr("Members")), 0, 0)
        ls.addWidget(self.sector_members, 1, 0)
        ls.addWidget(QLabel(self.tr("Grassroots unions")), 0, 1)
        ls.addWidget(self.sector_unions, 1, 1)

        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(box_figures, 1, 0)
        grid.addWidget(box_targets, 1, 1)
        grid.addWidget(box_sectors, 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self._loaded = False
        self._generation = 0
        self.ready = False
        self._job: operations.Handle | None = None

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self, *_args) -> None:
        """Compute the year's figures off the UI thread (about 7 s over 609,274 members)
        on the worker's own read-only connection; the figures replace the old ones when
        ready, and a newer refresh drops an older one still running."""
        self._loaded = True
        self._generation += 1
        self.ready = False
        if self._job is not None:
            self._job.cancel()
        year = self.year.value()
        path = database_file(self.db) if self.db is not None else None
        if path is None:  # an in-memory database cannot be opened twice
            self._show(self._generation, stats.year_summary(self.db, year))
            return
        self.heading.setText(self.tr("Year %1 at a glance").replace("%1", str(year)) + " — " +
                             self.tr("calculating…"))
        generation = self._generation
        self._job = operations.run(path, lambda db, _progress: stats.year_summary(db, year),
                                   done=lambda s: self._show(generation, s),
                                   failed=lambda e: self._show(generation, {"error": str(e)}), owner=self,
                                   name="overview")

    def stop(self) -> None:
        self._generation += 1
        if self._job is not None:
            self._job.cancel()

    def _show(self, generation: int, s: dict) -> None:
        if generation != self._generation:
            return
        if "error" in s:
            self.heading.setText(s["error"])
            return
        self.ready = True
        self.heading.setText(self.tr("Year %1 at a glance").replace("%1", str(s["year"])))
        n = vn_number
        rows = [
            (self.tr("Members on %1").replace("%1", vn_date(s["start_date"])), n(s["members_start"])),
            (self.tr("Members on %1").replace("%1", vn_date(s["end_date"])), n(s["members_end"])),
            (self.tr("Of whom foreign workers / without a labour relation"),
             f"{n(s['members_foreign'])} / {n(s['members_no_relation'])}"),
            (self.tr("Admitted this year"), n(s["members_joined"])),
            (self.tr("Transferred in"), n(s["members_transferred_in"])),
            (self.tr("Left, transferred out or died"), n(s["members_left"])),
            (self.tr("Grassroots unions on %1").replace("%1", vn_date(s["start_date"])), n(s["unions_start"])),
            (self.tr("Grassroots unions on %1").replace("%1", vn_date(s["end_date"])), n(s["unions_end"])),
            (self.tr("Unions founded / closed"), f"{n(s['unions_founded'])} / {n(s['unions_closed'])}"),
            (self.tr("Events / participations"),
             f"{n(sum(x['n'] for x in s['events']))} / {n(sum(x['participants'] for x in s['events']))}"),
            (self.tr("Courses / completed"), f"{n(s['courses'])} / {n(s['completed'])}"),
            (self.tr("Support paid"), self.tr("%1 payments, %2 đ").replace("%1", n(s["welfare_count"]))
             .replace("%2", n(s["welfare_amount"]))),
        ]
        self.figures.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{k}</td><td align='right'><b>{v}</b></td></tr>" for k, v in rows) + "</table>")
        vi = i18n.language() == "vi"
        items, lines = [], []
        for ind in s["indicators"]:
            name = ind["label_vi"] if vi else ind["label_en"]
            fmt = (lambda x: f"{x:.0f}%") if ind["unit"] == "percent" else (lambda x: n(x))
            result = "" if ind["result"] is None else fmt(ind["result"])
            target = "" if ind["target"] is None else fmt(ind["target"])
            pct = ind["percent"]
            items.append((name, pct, f"{pct:.0f}%" if pct is not None else "–"))
            lines.append(f"<tr><td>{name}</td><td align='right'>{result}</td><td align='right'>{target}</td>"
                         f"<td align='right'><b>{f'{pct:.0f}%' if pct is not None else ''}</b></td></tr>")
        self.targets_chart.set_items(items)
        indicator, result_h = self.tr("Indicator"), self.tr("Result")
        target_h, achieved = self.tr("Target"), self.tr("Achieved")
        self.targets_table.setText(
            f"<table cellspacing='3'><tr><th align='left'>{indicator}</th><th>{result_h}</th>"
            f"<th>{target_h}</th><th>{achieved}</th></tr>" + "".join(lines) + "</table>")
        self.sector_members.set_items([(x["name"], x["members"], n(x["members"])) for x in s["by_sector"]])
        self.sector_unions.set_items([(x["name"], x["unions"], n(x["unions"])) for x in s["by_sector"]])
