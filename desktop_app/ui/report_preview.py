"""In-app preview of a generated PDF (QtPdf), with Print and Save buttons."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.storage.files import write_atomically
from desktop_app.ui import screen_fit

PRINT_DPI_LIMIT = 300  # pages are rendered as images; more only costs memory


class ReportPreviewDialog(QDialog):
    """Shows ``pdf_path``; Save… copies it where the user chooses, Print… prints it.

    ``suggested_name`` is the file name offered by Save…; ``remove_on_close`` deletes
    ``pdf_path`` (a temporary file) when the dialog closes.
    """

    def __init__(self, pdf_path: Path | str, title: str, parent: QWidget | None = None, *,
                 suggested_name: str | None = None, remove_on_close: bool = False, save_dir: Path | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.remove_on_close = remove_on_close
        self.save_dir = save_dir or Path.home()
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        self.setObjectName("report_preview")
        screen_fit.fit(self, 900, 1000)  # no larger than the screen
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.document = QPdfDocument(self)
        error = self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        bar = QToolBar(self)
        zoom_in = QAction(self.tr("Zoom in"), self)
        zoom_in.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        zoom_in.triggered.connect(lambda: self._zoom(1.25))
        zoom_out = QAction(self.tr("Zoom out"), self)
        zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        zoom_out.triggered.connect(lambda: self._zoom(0.8))
        fit_width = QAction(self.tr("Fit width"), self)
        fit_width.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        whole_page = QAction(self.tr("Whole page"), self)
        whole_page.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        for a in (zoom_in, zoom_out, fit_width, whole_page):
            bar.addAction(a)
        self.pages_label = QLabel(self)
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("%n page(s)", "", pages) if error == QPdfDocument.Error.None_
                                 else self.tr("This PDF cannot be shown."))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for b in (self.print_button, self.save_button):
            b.setEnabled(pages > 0)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    # --- saving ------------------------------------------------------------------

    def save_to(self, target: Path) -> Path:
        """Copy the PDF to ``target`` atomically (no half-written file on a full USB stick)."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data = self.pdf_path.read_bytes()
        write_atomically(target, lambda f: f.write(data))
        self.saved_to = target
        return target

    def save_as(self) -> Path | None:
        start = str(self.save_dir / self.suggested_name)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), start, self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        try:
            target = self.save_to(Path(chosen))
        except OSError as e:
            QMessageBox.warning(self, self.tr("Save the PDF"),
                                self.tr("The file could not be written:\n%1").replace("%1", str(e.strerror or e)))
            return None
        self.save_dir = target.parent
        return target

    # --- printing ----------------------------------------------------------------

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page (or the chosen range) at the printer's resolution and print it."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
            for index in range(first - 1, last):
                if index > first - 1:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                target = QRectF(painter.viewport())
                scale = min(target.width() / size.width(), target.height() / size.height())
                w, h = size.width() * scale, size.height() * scale
                painter.drawImage(QRectF(QPointF((target.width() - w) / 2, (target.height() - h) / 2),
                                         QRectF(0, 0, w, h).size()), image)
        finally:
            painter.end()
        return True

    def done(self, result: int) -> None:
        self.document.close()
        if self.remove_on_close:
            try:
                os.unlink(self.pdf_path)
            except OSError:
                pass
        super().done(result)
