# Generated from forms/officer.ui by scripts/compile_forms.py - do not edit.
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

class Ui_OfficerForm(object):
    def setupUi(self, OfficerForm):
        if not OfficerForm.objectName():
            OfficerForm.setObjectName(u"OfficerForm")
        OfficerForm.resize(720, 318)
        self.grid = QGridLayout(OfficerForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(OfficerForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.member_label = QLabel(OfficerForm)
        self.member_label.setObjectName(u"member_label")

        self.grid.addWidget(self.member_label, 1, 0, 1, 1)

        self.member = QLabel(OfficerForm)
        self.member.setObjectName(u"member")

        self.grid.addWidget(self.member, 1, 1, 1, 1)

        self.member_error = QLabel(OfficerForm)
        self.member_error.setObjectName(u"member_error")
        self.member_error.setStyleSheet(u"color: #b00020;")
        self.member_error.setWordWrap(True)
        self.member_error.setText(u"")

        self.grid.addWidget(self.member_error, 1, 2, 1, 1)

        self.role_label = QLabel(OfficerForm)
        self.role_label.setObjectName(u"role_label")

        self.grid.addWidget(self.role_label, 2, 0, 1, 1)

        self.role = QComboBox(OfficerForm)
        self.role.setObjectName(u"role")

        self.grid.addWidget(self.role, 2, 1, 1, 1)

        self.role_error = QLabel(OfficerForm)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setStyleSheet(u"color: #b00020;")
        self.role_error.setWordWrap(True)
        self.role_error.setText(u"")

        self.grid.addWidget(self.role_error, 2, 2, 1, 1)

        self.union_id_label = QLabel(OfficerForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 3, 0, 1, 1)

        self.union_id = QComboBox(OfficerForm)
        self.union_id.setObjectName(u"union_id")
        self.union_id.setEditable(True)
        self.union_id.setMinimumSize(QSize(320, 0))

        self.grid.addWidget(self.union_id, 3, 1, 1, 1)

        self.union_id_error = QLabel(OfficerForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 3, 2, 1, 1)

        self.term_label = QLabel(OfficerForm)
        self.term_label.setObjectName(u"term_label")

        self.grid.addWidget(self.term_label, 4, 0, 1, 1)

        self.term = QLineEdit(OfficerForm)
        self.term.setObjectName(u"term")

        self.grid.addWidget(self.term, 4, 1, 1, 1)

        self.term_error = QLabel(OfficerForm)
        self.term_error.setObjectName(u"term_error")
        self.term_error.setStyleSheet(u"color: #b00020;")
        self.term_error.setWordWrap(True)
        self.term_error.setText(u"")

        self.grid.addWidget(self.term_error, 4, 2, 1, 1)

        self.term_start_label = QLabel(OfficerForm)
        self.term_start_label.setObjectName(u"term_start_label")

        self.grid.addWidget(self.term_start_label, 5, 0, 1, 1)

        self.term_start = QLineEdit(OfficerForm)
        self.term_start.setObjectName(u"term_start")

        self.grid.addWidget(self.term_start, 5, 1, 1, 1)

        self.term_start_error = QLabel(OfficerForm)
        self.term_start_error.setObjectName(u"term_start_error")
        self.term_start_error.setStyleSheet(u"color: #b00020;")
        self.term_start_error.setWordWrap(True)
        self.term_start_error.setText(u"")

        self.grid.addWidget(self.term_start_error, 5, 2, 1, 1)

        self.term_end_label = QLabel(OfficerForm)
        self.term_end_label.setObjectName(u"term_end_label")

        self.grid.addWidget(self.term_end_label, 6, 0, 1, 1)

        self.term_end = QLineEdit(OfficerForm)
        self.term_end.setObjectName(u"term_end")

        self.grid.addWidget(self.term_end, 6, 1, 1, 1)

        self.term_end_error = QLabel(OfficerForm)
        self.term_end_error.setObjectName(u"term_end_error")
        self.term_end_error.setStyleSheet(u"color: #b00020;")
        self.term_end_error.setWordWrap(True)
        self.term_end_error.setText(u"")

        self.grid.addWidget(self.term_end_error, 6, 2, 1, 1)

        self.full_time_label = QLabel(OfficerForm)
        self.full_time_label.setObjectName(u"full_time_label")

        self.grid.addWidget(self.full_time_label, 7, 0, 1, 1)

        self.full_time = QComboBox(OfficerForm)
        self.full_time.setObjectName(u"full_time")

        self.grid.addWidget(self.full_time, 7, 1, 1, 1)

        self.full_time_error = QLabel(OfficerForm)
        self.full_time_error.setObjectName(u"full_time_error")
        self.full_time_error.setStyleSheet(u"color: #b00020;")
        self.full_time_error.setWordWrap(True)
        self.full_time_error.setText(u"")

        self.grid.addWidget(self.full_time_error, 7, 2, 1, 1)

        self.buttons = QDialogButtonBox(OfficerForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 8, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member)
        self.role_label.setBuddy(self.role)
        self.union_id_label.setBuddy(self.union_id)
        self.term_label.setBuddy(self.term)
        self.term_start_label.setBuddy(self.term_start)
        self.term_end_label.setBuddy(self.term_end)
        self.full_time_label.setBuddy(self.full_time)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role, self.union_id)
        QWidget.setTabOrder(self.union_id, self.term)
        QWidget.setTabOrder(self.term, self.term_start)
        QWidget.setTabOrder(self.term_start, self.term_end)
        QWidget.setTabOrder(self.term_end, self.full_time)

        self.retranslateUi(OfficerForm)
        self.buttons.rejected.connect(OfficerForm.reject)

        QMetaObject.connectSlotsByName(OfficerForm)
    # setupUi

    def retranslateUi(self, OfficerForm):
        OfficerForm.setWindowTitle(QCoreApplication.translate("OfficerForm", u"Union role", None))
        self.member_label.setText(QCoreApplication.translate("OfficerForm", u"Member", None))
        self.role_label.setText(QCoreApplication.translate("OfficerForm", u"Role *", None))
        self.union_id_label.setText(QCoreApplication.translate("OfficerForm", u"In grassroots union", None))
        self.term_label.setText(QCoreApplication.translate("OfficerForm", u"Term (e.g. 2023-2028)", None))
        self.term_start_label.setText(QCoreApplication.translate("OfficerForm", u"Term starts on", None))
        self.term_start.setPlaceholderText(QCoreApplication.translate("OfficerForm", u"dd/mm/yyyy", None))
        self.term_end_label.setText(QCoreApplication.translate("OfficerForm", u"Term ends on", None))
        self.term_end.setPlaceholderText(QCoreApplication.translate("OfficerForm", u"dd/mm/yyyy", None))
        self.full_time_label.setText(QCoreApplication.translate("OfficerForm", u"Full-time", None))
    # retranslateUi

