# Generated from forms/dues.ui by scripts/compile_forms.py - do not edit.
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

class Ui_DuesForm(object):
    def setupUi(self, DuesForm):
        if not DuesForm.objectName():
            DuesForm.setObjectName(u"DuesForm")
        DuesForm.resize(620, 420)
        self.grid = QGridLayout(DuesForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(DuesForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.union_id_label = QLabel(DuesForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 1, 0, 1, 1)

        self.union_id = QComboBox(DuesForm)
        self.union_id.setObjectName(u"union_id")

        self.grid.addWidget(self.union_id, 1, 1, 1, 1)

        self.union_id_error = QLabel(DuesForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 1, 2, 1, 1)

        self.year_label = QLabel(DuesForm)
        self.year_label.setObjectName(u"year_label")

        self.grid.addWidget(self.year_label, 2, 0, 1, 1)

        self.year = QLineEdit(DuesForm)
        self.year.setObjectName(u"year")

        self.grid.addWidget(self.year, 2, 1, 1, 1)

        self.year_error = QLabel(DuesForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setStyleSheet(u"color: #b00020;")
        self.year_error.setWordWrap(True)
        self.year_error.setText(u"")

        self.grid.addWidget(self.year_error, 2, 2, 1, 1)

        self.period_label = QLabel(DuesForm)
        self.period_label.setObjectName(u"period_label")

        self.grid.addWidget(self.period_label, 3, 0, 1, 1)

        self.period = QComboBox(DuesForm)
        self.period.setObjectName(u"period")

        self.grid.addWidget(self.period, 3, 1, 1, 1)

        self.period_error = QLabel(DuesForm)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setStyleSheet(u"color: #b00020;")
        self.period_error.setWordWrap(True)
        self.period_error.setText(u"")

        self.grid.addWidget(self.period_error, 3, 2, 1, 1)

        self.members_label = QLabel(DuesForm)
        self.members_label.setObjectName(u"members_label")

        self.grid.addWidget(self.members_label, 4, 0, 1, 1)

        self.members = QLineEdit(DuesForm)
        self.members.setObjectName(u"members")

        self.grid.addWidget(self.members, 4, 1, 1, 1)

        self.members_error = QLabel(DuesForm)
        self.members_error.setObjectName(u"members_error")
        self.members_error.setStyleSheet(u"color: #b00020;")
        self.members_error.setWordWrap(True)
        self.members_error.setText(u"")

        self.grid.addWidget(self.members_error, 4, 2, 1, 1)

        self.fund_exempt_label = QLabel(DuesForm)
        self.fund_exempt_label.setObjectName(u"fund_exempt_label")

        self.grid.addWidget(self.fund_exempt_label, 5, 0, 1, 1)

        self.fund_exempt = QComboBox(DuesForm)
        self.fund_exempt.setObjectName(u"fund_exempt")

        self.grid.addWidget(self.fund_exempt, 5, 1, 1, 1)

        self.fund_exempt_error = QLabel(DuesForm)
        self.fund_exempt_error.setObjectName(u"fund_exempt_error")
        self.fund_exempt_error.setStyleSheet(u"color: #b00020;")
        self.fund_exempt_error.setWordWrap(True)
        self.fund_exempt_error.setText(u"")

        self.grid.addWidget(self.fund_exempt_error, 5, 2, 1, 1)

        self.dues_due_label = QLabel(DuesForm)
        self.dues_due_label.setObjectName(u"dues_due_label")

        self.grid.addWidget(self.dues_due_label, 6, 0, 1, 1)

        self.dues_due = QLineEdit(DuesForm)
        self.dues_due.setObjectName(u"dues_due")

        self.grid.addWidget(self.dues_due, 6, 1, 1, 1)

        self.dues_due_error = QLabel(DuesForm)
        self.dues_due_error.setObjectName(u"dues_due_error")
        self.dues_due_error.setStyleSheet(u"color: #b00020;")
        self.dues_due_error.setWordWrap(True)
        self.dues_due_error.setText(u"")

        self.grid.addWidget(self.dues_due_error, 6, 2, 1, 1)

        self.dues_paid_label = QLabel(DuesForm)
        self.dues_paid_label.setObjectName(u"dues_paid_label")

        self.grid.addWidget(self.dues_paid_label, 7, 0, 1, 1)

        self.dues_paid = QLineEdit(DuesForm)
        self.dues_paid.setObjectName(u"dues_paid")

        self.grid.addWidget(self.dues_paid, 7, 1, 1, 1)

        self.dues_paid_error = QLabel(DuesForm)
        self.dues_paid_error.setObjectName(u"dues_paid_error")
        self.dues_paid_error.setStyleSheet(u"color: #b00020;")
        self.dues_paid_error.setWordWrap(True)
        self.dues_paid_error.setText(u"")

        self.grid.addWidget(self.dues_paid_error, 7, 2, 1, 1)

        self.fund_due_label = QLabel(DuesForm)
        self.fund_due_label.setObjectName(u"fund_due_label")

        self.grid.addWidget(self.fund_due_label, 8, 0, 1, 1)

        self.fund_due = QLineEdit(DuesForm)
        self.fund_due.setObjectName(u"fund_due")

        self.grid.addWidget(self.fund_due, 8, 1, 1, 1)

        self.fund_due_error = QLabel(DuesForm)
        self.fund_due_error.setObjectName(u"fund_due_error")
        self.fund_due_error.setStyleSheet(u"color: #b00020;")
        self.fund_due_error.setWordWrap(True)
        self.fund_due_error.setText(u"")

        self.grid.addWidget(self.fund_due_error, 8, 2, 1, 1)

        self.fund_paid_label = QLabel(DuesForm)
        self.fund_paid_label.setObjectName(u"fund_paid_label")

        self.grid.addWidget(self.fund_paid_label, 9, 0, 1, 1)

        self.fund_paid = QLineEdit(DuesForm)
        self.fund_paid.setObjectName(u"fund_paid")

        self.grid.addWidget(self.fund_paid, 9, 1, 1, 1)

        self.fund_paid_error = QLabel(DuesForm)
        self.fund_paid_error.setObjectName(u"fund_paid_error")
        self.fund_paid_error.setStyleSheet(u"color: #b00020;")
        self.fund_paid_error.setWordWrap(True)
        self.fund_paid_error.setText(u"")

        self.grid.addWidget(self.fund_paid_error, 9, 2, 1, 1)

        self.note_label = QLabel(DuesForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 10, 0, 1, 1)

        self.note = QLineEdit(DuesForm)
        self.note.setObjectName(u"note")

        self.grid.addWidget(self.note, 10, 1, 1, 1)

        self.note_error = QLabel(DuesForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 10, 2, 1, 1)

        self.buttons = QDialogButtonBox(DuesForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 11, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.union_id_label.setBuddy(self.union_id)
        self.year_label.setBuddy(self.year)
        self.period_label.setBuddy(self.period)
        self.members_label.setBuddy(self.members)
        self.fund_exempt_label.setBuddy(self.fund_exempt)
        self.dues_due_label.setBuddy(self.dues_due)
        self.dues_paid_label.setBuddy(self.dues_paid)
        self.fund_due_label.setBuddy(self.fund_due)
        self.fund_paid_label.setBuddy(self.fund_paid)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.union_id, self.year)
        QWidget.setTabOrder(self.year, self.period)
        QWidget.setTabOrder(self.period, self.members)
        QWidget.setTabOrder(self.members, self.fund_exempt)
        QWidget.setTabOrder(self.fund_exempt, self.dues_due)
        QWidget.setTabOrder(self.dues_due, self.dues_paid)
        QWidget.setTabOrder(self.dues_paid, self.fund_due)
        QWidget.setTabOrder(self.fund_due, self.fund_paid)
        QWidget.setTabOrder(self.fund_paid, self.note)

        self.retranslateUi(DuesForm)
        self.buttons.rejected.connect(DuesForm.reject)

        QMetaObject.connectSlotsByName(DuesForm)
    # setupUi

    def retranslateUi(self, DuesForm):
        DuesForm.setWindowTitle(QCoreApplication.translate("DuesForm", u"Dues and fund status", None))
        self.union_id_label.setText(QCoreApplication.translate("DuesForm", u"Grassroots union *", None))
        self.year_label.setText(QCoreApplication.translate("DuesForm", u"Year *", None))
        self.period_label.setText(QCoreApplication.translate("DuesForm", u"Period *", None))
        self.members_label.setText(QCoreApplication.translate("DuesForm", u"Members", None))
        self.fund_exempt_label.setText(QCoreApplication.translate("DuesForm", u"Exempt from kinh ph\u00ed", None))
#if QT_CONFIG(tooltip)
        self.fund_exempt.setToolTip(QCoreApplication.translate("DuesForm", u"Units paid wholly from the state budget, from 1/6/2025.", None))
#endif // QT_CONFIG(tooltip)
        self.dues_due_label.setText(QCoreApplication.translate("DuesForm", u"\u0110o\u00e0n ph\u00ed due (\u0111)", None))
        self.dues_paid_label.setText(QCoreApplication.translate("DuesForm", u"\u0110o\u00e0n ph\u00ed remitted (\u0111)", None))
        self.fund_due_label.setText(QCoreApplication.translate("DuesForm", u"Kinh ph\u00ed due (\u0111)", None))
        self.fund_paid_label.setText(QCoreApplication.translate("DuesForm", u"Kinh ph\u00ed remitted (\u0111)", None))
        self.note_label.setText(QCoreApplication.translate("DuesForm", u"Remarks", None))
    # retranslateUi

