# Generated from forms/award.ui by scripts/compile_forms.py - do not edit.
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
    QPlainTextEdit, QSizePolicy, QWidget)

class Ui_AwardForm(object):
    def setupUi(self, AwardForm):
        if not AwardForm.objectName():
            AwardForm.setObjectName(u"AwardForm")
        AwardForm.resize(640, 470)
        self.grid = QGridLayout(AwardForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(AwardForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.union_id_label = QLabel(AwardForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 1, 0, 1, 1)

        self.union_id = QComboBox(AwardForm)
        self.union_id.setObjectName(u"union_id")

        self.grid.addWidget(self.union_id, 1, 1, 1, 1)

        self.union_id_error = QLabel(AwardForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 1, 2, 1, 1)

        self.member_id_label = QLabel(AwardForm)
        self.member_id_label.setObjectName(u"member_id_label")

        self.grid.addWidget(self.member_id_label, 2, 0, 1, 1)

        self.member_id = QComboBox(AwardForm)
        self.member_id.setObjectName(u"member_id")

        self.grid.addWidget(self.member_id, 2, 1, 1, 1)

        self.member_id_error = QLabel(AwardForm)
        self.member_id_error.setObjectName(u"member_id_error")
        self.member_id_error.setStyleSheet(u"color: #b00020;")
        self.member_id_error.setWordWrap(True)
        self.member_id_error.setText(u"")

        self.grid.addWidget(self.member_id_error, 2, 2, 1, 1)

        self.form_label = QLabel(AwardForm)
        self.form_label.setObjectName(u"form_label")

        self.grid.addWidget(self.form_label, 3, 0, 1, 1)

        self.form = QComboBox(AwardForm)
        self.form.setObjectName(u"form")

        self.grid.addWidget(self.form, 3, 1, 1, 1)

        self.form_error1 = QLabel(AwardForm)
        self.form_error1.setObjectName(u"form_error1")
        self.form_error1.setStyleSheet(u"color: #b00020;")
        self.form_error1.setWordWrap(True)
        self.form_error1.setText(u"")

        self.grid.addWidget(self.form_error1, 3, 2, 1, 1)

        self.level_label = QLabel(AwardForm)
        self.level_label.setObjectName(u"level_label")

        self.grid.addWidget(self.level_label, 4, 0, 1, 1)

        self.level = QComboBox(AwardForm)
        self.level.setObjectName(u"level")

        self.grid.addWidget(self.level, 4, 1, 1, 1)

        self.level_error = QLabel(AwardForm)
        self.level_error.setObjectName(u"level_error")
        self.level_error.setStyleSheet(u"color: #b00020;")
        self.level_error.setWordWrap(True)
        self.level_error.setText(u"")

        self.grid.addWidget(self.level_error, 4, 2, 1, 1)

        self.status_label = QLabel(AwardForm)
        self.status_label.setObjectName(u"status_label")

        self.grid.addWidget(self.status_label, 5, 0, 1, 1)

        self.status = QComboBox(AwardForm)
        self.status.setObjectName(u"status")

        self.grid.addWidget(self.status, 5, 1, 1, 1)

        self.status_error = QLabel(AwardForm)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setStyleSheet(u"color: #b00020;")
        self.status_error.setWordWrap(True)
        self.status_error.setText(u"")

        self.grid.addWidget(self.status_error, 5, 2, 1, 1)

        self.year_label = QLabel(AwardForm)
        self.year_label.setObjectName(u"year_label")

        self.grid.addWidget(self.year_label, 6, 0, 1, 1)

        self.year = QLineEdit(AwardForm)
        self.year.setObjectName(u"year")

        self.grid.addWidget(self.year, 6, 1, 1, 1)

        self.year_error = QLabel(AwardForm)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setStyleSheet(u"color: #b00020;")
        self.year_error.setWordWrap(True)
        self.year_error.setText(u"")

        self.grid.addWidget(self.year_error, 6, 2, 1, 1)

        self.decision_no_label = QLabel(AwardForm)
        self.decision_no_label.setObjectName(u"decision_no_label")

        self.grid.addWidget(self.decision_no_label, 7, 0, 1, 1)

        self.decision_no = QLineEdit(AwardForm)
        self.decision_no.setObjectName(u"decision_no")

        self.grid.addWidget(self.decision_no, 7, 1, 1, 1)

        self.decision_no_error = QLabel(AwardForm)
        self.decision_no_error.setObjectName(u"decision_no_error")
        self.decision_no_error.setStyleSheet(u"color: #b00020;")
        self.decision_no_error.setWordWrap(True)
        self.decision_no_error.setText(u"")

        self.grid.addWidget(self.decision_no_error, 7, 2, 1, 1)

        self.decision_date_label = QLabel(AwardForm)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.grid.addWidget(self.decision_date_label, 8, 0, 1, 1)

        self.decision_date = QLineEdit(AwardForm)
        self.decision_date.setObjectName(u"decision_date")

        self.grid.addWidget(self.decision_date, 8, 1, 1, 1)

        self.decision_date_error = QLabel(AwardForm)
        self.decision_date_error.setObjectName(u"decision_date_error")
        self.decision_date_error.setStyleSheet(u"color: #b00020;")
        self.decision_date_error.setWordWrap(True)
        self.decision_date_error.setText(u"")

        self.grid.addWidget(self.decision_date_error, 8, 2, 1, 1)

        self.reason_label = QLabel(AwardForm)
        self.reason_label.setObjectName(u"reason_label")

        self.grid.addWidget(self.reason_label, 9, 0, 1, 1)

        self.reason = QPlainTextEdit(AwardForm)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 70))

        self.grid.addWidget(self.reason, 9, 1, 1, 1)

        self.reason_error = QLabel(AwardForm)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setWordWrap(True)
        self.reason_error.setText(u"")

        self.grid.addWidget(self.reason_error, 9, 2, 1, 1)

        self.note_label = QLabel(AwardForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 10, 0, 1, 1)

        self.note = QLineEdit(AwardForm)
        self.note.setObjectName(u"note")

        self.grid.addWidget(self.note, 10, 1, 1, 1)

        self.note_error = QLabel(AwardForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 10, 2, 1, 1)

        self.buttons = QDialogButtonBox(AwardForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 11, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.union_id_label.setBuddy(self.union_id)
        self.member_id_label.setBuddy(self.member_id)
        self.form_label.setBuddy(self.form)
        self.level_label.setBuddy(self.level)
        self.status_label.setBuddy(self.status)
        self.year_label.setBuddy(self.year)
        self.decision_no_label.setBuddy(self.decision_no)
        self.decision_date_label.setBuddy(self.decision_date)
        self.reason_label.setBuddy(self.reason)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.union_id, self.member_id)
        QWidget.setTabOrder(self.member_id, self.form)
        QWidget.setTabOrder(self.form, self.level)
        QWidget.setTabOrder(self.level, self.status)
        QWidget.setTabOrder(self.status, self.year)
        QWidget.setTabOrder(self.year, self.decision_no)
        QWidget.setTabOrder(self.decision_no, self.decision_date)
        QWidget.setTabOrder(self.decision_date, self.reason)
        QWidget.setTabOrder(self.reason, self.note)

        self.retranslateUi(AwardForm)
        self.buttons.rejected.connect(AwardForm.reject)

        QMetaObject.connectSlotsByName(AwardForm)
    # setupUi

    def retranslateUi(self, AwardForm):
        AwardForm.setWindowTitle(QCoreApplication.translate("AwardForm", u"Award", None))
        self.union_id_label.setText(QCoreApplication.translate("AwardForm", u"Grassroots union *", None))
        self.member_id_label.setText(QCoreApplication.translate("AwardForm", u"Member (empty: the union itself)", None))
#if QT_CONFIG(tooltip)
        self.member_id.setToolTip(QCoreApplication.translate("AwardForm", u"Choose a member of the union for an individual award.", None))
#endif // QT_CONFIG(tooltip)
        self.form_label.setText(QCoreApplication.translate("AwardForm", u"Form of award *", None))
        self.level_label.setText(QCoreApplication.translate("AwardForm", u"Given by *", None))
        self.status_label.setText(QCoreApplication.translate("AwardForm", u"State", None))
        self.year_label.setText(QCoreApplication.translate("AwardForm", u"Year of the achievement *", None))
        self.year.setPlaceholderText(QCoreApplication.translate("AwardForm", u"2025", None))
        self.decision_no_label.setText(QCoreApplication.translate("AwardForm", u"Decision number", None))
        self.decision_no.setPlaceholderText(QCoreApplication.translate("AwardForm", u"15/Q\u0110-L\u0110L\u0110", None))
        self.decision_date_label.setText(QCoreApplication.translate("AwardForm", u"Decision date", None))
        self.decision_date.setPlaceholderText(QCoreApplication.translate("AwardForm", u"dd/mm/yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("AwardForm", u"Achievement", None))
        self.note_label.setText(QCoreApplication.translate("AwardForm", u"Note", None))
    # retranslateUi

