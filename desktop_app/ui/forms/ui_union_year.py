# Generated from forms/union_year.ui by scripts/compile_forms.py - do not edit.
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

class Ui_UnionYearForm(object):
    def setupUi(self, UnionYearForm):
        if not UnionYearForm.objectName():
            UnionYearForm.setObjectName(u"UnionYearForm")
        UnionYearForm.resize(720, 352)
        self.grid = QGridLayout(UnionYearForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(UnionYearForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.union_label = QLabel(UnionYearForm)
        self.union_label.setObjectName(u"union_label")

        self.grid.addWidget(self.union_label, 1, 0, 1, 1)

        self.union = QLabel(UnionYearForm)
        self.union.setObjectName(u"union")

        self.grid.addWidget(self.union, 1, 1, 1, 1)

        self.union_error = QLabel(UnionYearForm)
        self.union_error.setObjectName(u"union_error")
        self.union_error.setStyleSheet(u"color: #b00020;")
        self.union_error.setWordWrap(True)
        self.union_error.setText(u"")

        self.grid.addWidget(self.union_error, 1, 2, 1, 1)

        self.year_label = QLabel(UnionYearForm)
        self.year_label.setObjectName(u"year_label")

        self.grid.addWidget(self.year_label, 2, 0, 1, 1)

        self.year = QLineEdit(UnionYearForm)
        self.year.setObjectName(u"year")

        self.grid.addWidget(self.year, 2, 1, 1, 1)

        self.year_error = QLabel(UnionYearForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setStyleSheet(u"color: #b00020;")
        self.year_error.setWordWrap(True)
        self.year_error.setText(u"")

        self.grid.addWidget(self.year_error, 2, 2, 1, 1)

        self.rating_label = QLabel(UnionYearForm)
        self.rating_label.setObjectName(u"rating_label")

        self.grid.addWidget(self.rating_label, 3, 0, 1, 1)

        self.rating = QComboBox(UnionYearForm)
        self.rating.setObjectName(u"rating")

        self.grid.addWidget(self.rating, 3, 1, 1, 1)

        self.rating_error = QLabel(UnionYearForm)
        self.rating_error.setObjectName(u"rating_error")
        self.rating_error.setStyleSheet(u"color: #b00020;")
        self.rating_error.setWordWrap(True)
        self.rating_error.setText(u"")

        self.grid.addWidget(self.rating_error, 3, 2, 1, 1)

        self.workers_conference_label = QLabel(UnionYearForm)
        self.workers_conference_label.setObjectName(u"workers_conference_label")

        self.grid.addWidget(self.workers_conference_label, 4, 0, 1, 1)

        self.workers_conference = QComboBox(UnionYearForm)
        self.workers_conference.setObjectName(u"workers_conference")

        self.grid.addWidget(self.workers_conference, 4, 1, 1, 1)

        self.workers_conference_error = QLabel(UnionYearForm)
        self.workers_conference_error.setObjectName(u"workers_conference_error")
        self.workers_conference_error.setStyleSheet(u"color: #b00020;")
        self.workers_conference_error.setWordWrap(True)
        self.workers_conference_error.setText(u"")

        self.grid.addWidget(self.workers_conference_error, 4, 2, 1, 1)

        self.agreement_type_label = QLabel(UnionYearForm)
        self.agreement_type_label.setObjectName(u"agreement_type_label")

        self.grid.addWidget(self.agreement_type_label, 5, 0, 1, 1)

        self.agreement_type = QComboBox(UnionYearForm)
        self.agreement_type.setObjectName(u"agreement_type")

        self.grid.addWidget(self.agreement_type, 5, 1, 1, 1)

        self.agreement_type_error = QLabel(UnionYearForm)
        self.agreement_type_error.setObjectName(u"agreement_type_error")
        self.agreement_type_error.setStyleSheet(u"color: #b00020;")
        self.agreement_type_error.setWordWrap(True)
        self.agreement_type_error.setText(u"")

        self.grid.addWidget(self.agreement_type_error, 5, 2, 1, 1)

        self.agreement_signed_on_label = QLabel(UnionYearForm)
        self.agreement_signed_on_label.setObjectName(u"agreement_signed_on_label")

        self.grid.addWidget(self.agreement_signed_on_label, 6, 0, 1, 1)

        self.agreement_signed_on = QLineEdit(UnionYearForm)
        self.agreement_signed_on.setObjectName(u"agreement_signed_on")

        self.grid.addWidget(self.agreement_signed_on, 6, 1, 1, 1)

        self.agreement_signed_on_error = QLabel(UnionYearForm)
        self.agreement_signed_on_error.setObjectName(u"agreement_signed_on_error")
        self.agreement_signed_on_error.setStyleSheet(u"color: #b00020;")
        self.agreement_signed_on_error.setWordWrap(True)
        self.agreement_signed_on_error.setText(u"")

        self.grid.addWidget(self.agreement_signed_on_error, 6, 2, 1, 1)

        self.agreement_expires_on_label = QLabel(UnionYearForm)
        self.agreement_expires_on_label.setObjectName(u"agreement_expires_on_label")

        self.grid.addWidget(self.agreement_expires_on_label, 7, 0, 1, 1)

        self.agreement_expires_on = QLineEdit(UnionYearForm)
        self.agreement_expires_on.setObjectName(u"agreement_expires_on")

        self.grid.addWidget(self.agreement_expires_on, 7, 1, 1, 1)

        self.agreement_expires_on_error = QLabel(UnionYearForm)
        self.agreement_expires_on_error.setObjectName(u"agreement_expires_on_error")
        self.agreement_expires_on_error.setStyleSheet(u"color: #b00020;")
        self.agreement_expires_on_error.setWordWrap(True)
        self.agreement_expires_on_error.setText(u"")

        self.grid.addWidget(self.agreement_expires_on_error, 7, 2, 1, 1)

        self.note_label = QLabel(UnionYearForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 8, 0, 1, 1)

        self.note = QLineEdit(UnionYearForm)
        self.note.setObjectName(u"note")

        self.grid.addWidget(self.note, 8, 1, 1, 1)

        self.note_error = QLabel(UnionYearForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 8, 2, 1, 1)

        self.buttons = QDialogButtonBox(UnionYearForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 9, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.union_label.setBuddy(self.union)
        self.year_label.setBuddy(self.year)
        self.rating_label.setBuddy(self.rating)
        self.workers_conference_label.setBuddy(self.workers_conference)
        self.agreement_type_label.setBuddy(self.agreement_type)
        self.agreement_signed_on_label.setBuddy(self.agreement_signed_on)
        self.agreement_expires_on_label.setBuddy(self.agreement_expires_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.rating)
        QWidget.setTabOrder(self.rating, self.workers_conference)
        QWidget.setTabOrder(self.workers_conference, self.agreement_type)
        QWidget.setTabOrder(self.agreement_type, self.agreement_signed_on)
        QWidget.setTabOrder(self.agreement_signed_on, self.agreement_expires_on)
        QWidget.setTabOrder(self.agreement_expires_on, self.note)

        self.retranslateUi(UnionYearForm)
        self.buttons.rejected.connect(UnionYearForm.reject)

        QMetaObject.connectSlotsByName(UnionYearForm)
    # setupUi

    def retranslateUi(self, UnionYearForm):
        UnionYearForm.setWindowTitle(QCoreApplication.translate("UnionYearForm", u"Yearly facts", None))
        self.union_label.setText(QCoreApplication.translate("UnionYearForm", u"Grassroots union", None))
        self.year_label.setText(QCoreApplication.translate("UnionYearForm", u"Year *", None))
        self.rating_label.setText(QCoreApplication.translate("UnionYearForm", u"Quality rating", None))
        self.workers_conference_label.setText(QCoreApplication.translate("UnionYearForm", u"Workers' conference held", None))
        self.agreement_type_label.setText(QCoreApplication.translate("UnionYearForm", u"Collective agreement", None))
        self.agreement_signed_on_label.setText(QCoreApplication.translate("UnionYearForm", u"Agreement signed on", None))
        self.agreement_signed_on.setPlaceholderText(QCoreApplication.translate("UnionYearForm", u"dd/mm/yyyy", None))
        self.agreement_expires_on_label.setText(QCoreApplication.translate("UnionYearForm", u"Agreement expires on", None))
        self.agreement_expires_on.setPlaceholderText(QCoreApplication.translate("UnionYearForm", u"dd/mm/yyyy", None))
        self.note_label.setText(QCoreApplication.translate("UnionYearForm", u"Note", None))
    # retranslateUi

