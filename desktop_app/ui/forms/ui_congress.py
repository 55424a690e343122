# Generated from forms/congress.ui by scripts/compile_forms.py - do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_CongressForm(object):
    def setupUi(self, CongressForm):
        if not CongressForm.objectName():
            CongressForm.setObjectName(u"CongressForm")
        CongressForm.resize(600, 360)
        self.grid = QGridLayout(CongressForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(CongressForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.union_id_label = QLabel(CongressForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 1, 0, 1, 1)

        self.union_id = QComboBox(CongressForm)
        self.union_id.setObjectName(u"union_id")

        self.grid.addWidget(self.union_id, 1, 1, 1, 1)

        self.union_id_error = QLabel(CongressForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 1, 2, 1, 1)

        self.held_on_label = QLabel(CongressForm)
        self.held_on_label.setObjectName(u"held_on_label")

        self.grid.addWidget(self.held_on_label, 2, 0, 1, 1)

        self.held_on = QLineEdit(CongressForm)
        self.held_on.setObjectName(u"held_on")

        self.grid.addWidget(self.held_on, 2, 1, 1, 1)

        self.held_on_error = QLabel(CongressForm)
        self.held_on_error.setObjectName(u"held_on_error")
        self.held_on_error.setStyleSheet(u"color: #b00020;")
        self.held_on_error.setWordWrap(True)
        self.held_on_error.setText(u"")

        self.grid.addWidget(self.held_on_error, 2, 2, 1, 1)

        self.kind_label = QLabel(CongressForm)
        self.kind_label.setObjectName(u"kind_label")

        self.grid.addWidget(self.kind_label, 3, 0, 1, 1)

        self.kind = QComboBox(CongressForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 3, 1, 1, 1)

        self.kind_error = QLabel(CongressForm)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #b00020;")
        self.kind_error.setWordWrap(True)
        self.kind_error.setText(u"")

        self.grid.addWidget(self.kind_error, 3, 2, 1, 1)

        self.term_label = QLabel(CongressForm)
        self.term_label.setObjectName(u"term_label")

        self.grid.addWidget(self.term_label, 4, 0, 1, 1)

        self.term = QLineEdit(CongressForm)
        self.term.setObjectName(u"term")

        self.grid.addWidget(self.term, 4, 1, 1, 1)

        self.term_error = QLabel(CongressForm)
        self.term_error.setObjectName(u"term_error")
        self.term_error.setStyleSheet(u"color: #b00020;")
        self.term_error.setWordWrap(True)
        self.term_error.setText(u"")

        self.grid.addWidget(self.term_error, 4, 2, 1, 1)

        self.number_label_label = QLabel(CongressForm)
        self.number_label_label.setObjectName(u"number_label_label")

        self.grid.addWidget(self.number_label_label, 5, 0, 1, 1)

        self.number_label = QLineEdit(CongressForm)
        self.number_label.setObjectName(u"number_label")

        self.grid.addWidget(self.number_label, 5, 1, 1, 1)

        self.number_label_error = QLabel(CongressForm)
        self.number_label_error.setObjectName(u"number_label_error")
        self.number_label_error.setStyleSheet(u"color: #b00020;")
        self.number_label_error.setWordWrap(True)
        self.number_label_error.setText(u"")

        self.grid.addWidget(self.number_label_error, 5, 2, 1, 1)

        self.delegates_label = QLabel(CongressForm)
        self.delegates_label.setObjectName(u"delegates_label")

        self.grid.addWidget(self.delegates_label, 6, 0, 1, 1)

        self.delegates = QLineEdit(CongressForm)
        self.delegates.setObjectName(u"delegates")

        self.grid.addWidget(self.delegates, 6, 1, 1, 1)

        self.delegates_error = QLabel(CongressForm)
        self.delegates_error.setObjectName(u"delegates_error")
        self.delegates_error.setStyleSheet(u"color: #b00020;")
        self.delegates_error.setWordWrap(True)
        self.delegates_error.setText(u"")

        self.grid.addWidget(self.delegates_error, 6, 2, 1, 1)

        self.committee_size_label = QLabel(CongressForm)
        self.committee_size_label.setObjectName(u"committee_size_label")

        self.grid.addWidget(self.committee_size_label, 7, 0, 1, 1)

        self.committee_size = QLineEdit(CongressForm)
        self.committee_size.setObjectName(u"committee_size")

        self.grid.addWidget(self.committee_size, 7, 1, 1, 1)

        self.committee_size_error = QLabel(CongressForm)
        self.committee_size_error.setObjectName(u"committee_size_error")
        self.committee_size_error.setStyleSheet(u"color: #b00020;")
        self.committee_size_error.setWordWrap(True)
        self.committee_size_error.setText(u"")

        self.grid.addWidget(self.committee_size_error, 7, 2, 1, 1)

        self.note_label = QLabel(CongressForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 8, 0, 1, 1)

        self.note = QLineEdit(CongressForm)
        self.note.setObjectName(u"note")

        self.grid.addWidget(self.note, 8, 1, 1, 1)

        self.note_error = QLabel(CongressForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 8, 2, 1, 1)

        self.buttons = QDialogButtonBox(CongressForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 9, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.union_id_label.setBuddy(self.union_id)
        self.held_on_label.setBuddy(self.held_on)
        self.kind_label.setBuddy(self.kind)
        self.term_label.setBuddy(self.term)
        self.number_label_label.setBuddy(self.number_label)
        self.delegates_label.setBuddy(self.delegates)
        self.committee_size_label.setBuddy(self.committee_size)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.union_id, self.held_on)
        QWidget.setTabOrder(self.held_on, self.kind)
        QWidget.setTabOrder(self.kind, self.term)
        QWidget.setTabOrder(self.term, self.number_label)
        QWidget.setTabOrder(self.number_label, self.delegates)
        QWidget.setTabOrder(self.delegates, self.committee_size)
        QWidget.setTabOrder(self.committee_size, self.note)

        self.retranslateUi(CongressForm)
        self.buttons.rejected.connect(CongressForm.reject)

        QMetaObject.connectSlotsByName(CongressForm)
    # setupUi

    def retranslateUi(self, CongressForm):
        CongressForm.setWindowTitle(QCoreApplication.translate("CongressForm", u"Congress", None))
        self.union_id_label.setText(QCoreApplication.translate("CongressForm", u"Grassroots union *", None))
        self.held_on_label.setText(QCoreApplication.translate("CongressForm", u"Date of the congress *", None))
        self.held_on.setPlaceholderText(QCoreApplication.translate("CongressForm", u"dd/mm/yyyy", None))
        self.kind_label.setText(QCoreApplication.translate("CongressForm", u"Kind *", None))
        self.term_label.setText(QCoreApplication.translate("CongressForm", u"Term it opens *", None))
        self.term.setPlaceholderText(QCoreApplication.translate("CongressForm", u"2025\u20132030", None))
#if QT_CONFIG(tooltip)
        self.term.setToolTip(QCoreApplication.translate("CongressForm", u"The term elected, e.g. 2025\u20132030 (five years at most).", None))
#endif // QT_CONFIG(tooltip)
        self.number_label_label.setText(QCoreApplication.translate("CongressForm", u"Number (e.g. l\u1ea7n th\u1ee9 IV)", None))
        self.delegates_label.setText(QCoreApplication.translate("CongressForm", u"Members or delegates present", None))
        self.committee_size_label.setText(QCoreApplication.translate("CongressForm", u"Executive committee elected", None))
        self.note_label.setText(QCoreApplication.translate("CongressForm", u"Note", None))
    # retranslateUi

