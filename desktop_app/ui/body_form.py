"""The managing body's fields (name, kind, parent, place), shared by the first-run
wizard and the settings dialog, with a live preview of a document header."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.records.bodies import propose_short_name, propose_symbol
from desktop_app.core.vocabulary import BODY_KIND


def kind_label(kind: str) -> str:
    """How a kind of body is called in the interface (the core vocabulary's label)."""
    return QCoreApplication.translate(BODY_KIND.context, BODY_KIND.en(kind))


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for kind in BODY_KIND.codes():
        combo.addItem(kind_label(kind), kind)
    return combo


class BodyForm(QWidget):
    """Fields of the managing body; ``values()`` gives the dict core.setup expects.

    No signal of its own: PySide6 6.12's ``SignalInstance.emit()`` drops a reference to
    ``True`` on every call (measured: -1 per emit; the process aborts in ``bool_dealloc``
    after enough keystrokes), so listeners connect to the fields' own signals through
    ``connect_changed``.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("body_name")
        self.name.setPlaceholderText(self.tr("e.g. Liên đoàn Lao động quận Nam Từ Liêm"))
        self.short_name = QLineEdit()
        self.short_name.setObjectName("short_name")
        self.short_name.setPlaceholderText(self.tr("e.g. LĐLĐ quận Nam Từ Liêm"))
        self.kind = kind_combo()
        self.kind.setObjectName("body_kind")
        self.parent_name = QLineEdit()
        self.parent_name.setObjectName("parent_name")
        self.parent_name.setPlaceholderText(self.tr("e.g. Liên đoàn Lao động thành phố Hà Nội"))
        self.parent_short_name = QLineEdit()
        self.parent_short_name.setObjectName("parent_short_name")
        self.parent_short_name.setPlaceholderText(self.tr("e.g. LĐLĐ TP Hà Nội"))
        self.parent_kind = kind_combo()
        self.parent_kind.setObjectName("parent_kind")
        self.place_name = QLineEdit()
        self.place_name.setObjectName("place_name")
        self.place_name.setPlaceholderText(self.tr("e.g. Nam Từ Liêm"))
        self.symbol = QLineEdit()
        self.symbol.setObjectName("symbol")
        self.symbol.setMaxLength(12)
        self.symbol.setPlaceholderText(self.tr("e.g. CĐP, CĐX, CĐKCN, LĐLĐ"))
        self.symbol.setToolTip(self.tr("The issuing body's code in document numbers, as in \"Số: 01/BB-CĐP\""))
        self.set_values({})

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name of the managing body:"), self.name)
        form.addRow(self.tr("&Short name (document header):"), self.short_name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("S&ymbol in document numbers:"), self.symbol)
        form.addRow(self.tr("&Parent body:"), self.parent_name)
        form.addRow(self.tr("Parent's s&hort name:"), self.parent_short_name)
        form.addRow(self.tr("Parent's k&ind:"), self.parent_kind)
        form.addRow(self.tr("P&lace name for dates:"), self.place_name)

        self.preview = QLabel()
        self.preview.setObjectName("header_preview")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMargin(8)
        self.preview.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("How documents will begin:")))
        layout.addWidget(self.preview)
        self.connect_changed(self._update_preview)
        # A new name or kind proposes a new short name and symbol, as long as the user has
        # not typed their own (textEdited: only the user's typing, not set_values).
        self._proposed = {"short_name": "", "symbol": ""}
        self.name.textEdited.connect(self._propose_short_name)
        self.kind.currentIndexChanged.connect(self._propose_symbol)
        self._update_preview()

    def connect_changed(self, receiver) -> None:
        """Call ``receiver`` (a slot or a signal) whenever any field changes."""
        for edit in (self.name, self.short_name, self.parent_name, self.parent_short_name, self.place_name,
                     self.symbol):
            edit.textChanged.connect(receiver)
        for combo in (self.kind, self.parent_kind):
            combo.currentIndexChanged.connect(receiver)

    def _propose_short_name(self, *_args) -> None:
        current = self.short_name.text().strip()
        if not current or current == self._proposed["short_name"] or current == propose_short_name(self._last_name):
            self._proposed["short_name"] = propose_short_name(self.name.text())
            self.short_name.setText(self._proposed["short_name"])
        self._last_name = self.name.text()

    def _propose_symbol(self, *_args) -> None:
        current = self.symbol.text().strip()
        if not current or current == self._proposed["symbol"] or current == propose_symbol(self._last_kind):
            self._proposed["symbol"] = propose_symbol(self.kind.currentData())
            self.symbol.setText(self._proposed["symbol"])
        self._last_kind = self.kind.currentData()

    def _update_preview(self, *_args) -> None:
        from html import escape
        v = self.values()
        parent = (v["parent_short_name"] or v["parent_name"]).upper()
        own = (v["short_name"] or v["name"]).upper() or self.tr("(NAME OF THE MANAGING BODY)")
        today = dt.date.today()
        place = v["place_name"] or self.tr("(place)")
        date_line = self.tr("{place}, ngày {d:02d} tháng {m:02d} năm {y}").format(
            place=place, d=today.day, m=today.month, y=today.year)
        symbol = v["symbol"] or propose_symbol(v["kind"])
        self.preview.setText(
            "<table width='100%'><tr>"
            f"<td align='center'>{escape(parent)}<br><b>{escape(own)}</b><br>Số: 01/BC-{escape(symbol)}</td>"
            "<td align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>"
            "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
            f"<i>{escape(date_line)}</i></td></tr></table>")

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                "short_name": self.short_name.text().strip(),
                "parent_name": self.parent_name.text().strip(), "parent_kind": self.parent_kind.currentData(),
                "parent_short_name": self.parent_short_name.text().strip(),
                "place_name": self.place_name.text().strip(), "symbol": self.symbol.text().strip()}

    def set_values(self, values: dict) -> None:
        self.name.setText(values.get("name") or "")
        self.short_name.setText(values.get("short_name") or "")
        self.parent_name.setText(values.get("parent_name") or "")
        self.parent_short_name.setText(values.get("parent_short_name") or "")
        self.place_name.setText(values.get("place_name") or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind") or "district")))
        self.parent_kind.setCurrentIndex(max(0, self.parent_kind.findData(values.get("parent_kind") or "city")))
        self.symbol.setText(values.get("symbol") or "")
        self._last_name = self.name.text()
        self._last_kind = self.kind.currentData()

    def problem(self) -> tuple[QWidget, str] | None:
        """The first field that must be fixed, with a message; None when all is well."""
        if not self.name.text().strip():
            return self.name, self.tr("Enter the name of the managing body.")
        return None
