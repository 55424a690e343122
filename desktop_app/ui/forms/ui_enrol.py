# Generated from forms/enrol.ui by scripts/compile_forms.py - do not edit.
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

class Ui_EnrolForm(object):
    def setupUi(self, EnrolForm):
        if not EnrolForm.objectName():
            EnrolForm.setObjectName(u"EnrolForm")
        EnrolForm.resize(720, 250)
        self.grid = QGridLayout(EnrolForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(EnrolForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.member_label = QLabel(EnrolForm)
        self.member_label.setObjectName(u"member_label")

        self.grid.addWidget(self.member_label, 1, 0, 1, 1)

        self.member = QLabel(EnrolForm)
        self.member.setObjectName(u"member")

        self.grid.addWidget(self.member, 1, 1, 1, 1)

        self.member_error = QLabel(EnrolForm)
        self.member_error.setObjectName(u"member_error")
        self.member_error.setStyleSheet(u"color: #b00020;")
        self.member_error.setWordWrap(True)
        self.member_error.setText(u"")

        self.grid.addWidget(self.member_error, 1, 2, 1, 1)

        self.course_id_label = QLabel(EnrolForm)
        self.course_id_label.setObjectName(u"course_id_label")

        self.grid.addWidget(self.course_id_label, 2, 0, 1, 1)

        self.course_id = QComboBox(EnrolForm)
        self.course_id.setObjectName(u"course_id")

        self.grid.addWidget(self.course_id, 2, 1, 1, 1)

        self.course_id_error = QLabel(EnrolForm)
        self.course_id_error.setObjectName(u"course_id_error")
        self.course_id_error.setStyleSheet(u"color: #b00020;")
        self.course_id_error.setWordWrap(True)
        self.course_id_error.setText(u"")

        self.grid.addWidget(self.course_id_error, 2, 2, 1, 1)

        self.attended_sessions_label = QLabel(EnrolForm)
        self.attended_sessions_label.setObjectName(u"attended_sessions_label")

        self.grid.addWidget(self.attended_sessions_label, 3, 0, 1, 1)

        self.attended_sessions = QLineEdit(EnrolForm)
        self.attended_sessions.setObjectName(u"attended_sessions")

        self.grid.addWidget(self.attended_sessions, 3, 1, 1, 1)

        self.attended_sessions_error = QLabel(EnrolForm)
        self.attended_sessions_error.setObjectName(u"attended_sessions_error")
        self.attended_sessions_error.setStyleSheet(u"color: #b00020;")
        self.attended_sessions_error.setWordWrap(True)
        self.attended_sessions_error.setText(u"")

        self.grid.addWidget(self.attended_sessions_error, 3, 2, 1, 1)

        self.completed_label = QLabel(EnrolForm)
        self.completed_label.setObjectName(u"completed_label")

        self.grid.addWidget(self.completed_label, 4, 0, 1, 1)

        self.completed = QComboBox(EnrolForm)
        self.completed.setObjectName(u"completed")

        self.grid.addWidget(self.completed, 4, 1, 1, 1)

        self.completed_error = QLabel(EnrolForm)
        self.completed_error.setObjectName(u"completed_error")
        self.completed_error.setStyleSheet(u"color: #b00020;")
        self.completed_error.setWordWrap(True)
        self.completed_error.setText(u"")

        self.grid.addWidget(self.completed_error, 4, 2, 1, 1)

        self.certificate_no_label = QLabel(EnrolForm)
        self.certificate_no_label.setObjectName(u"certificate_no_label")

        self.grid.addWidget(self.certificate_no_label, 5, 0, 1, 1)

        self.certificate_no = QLineEdit(EnrolForm)
        self.certificate_no.setObjectName(u"certificate_no")

        self.grid.addWidget(self.certificate_no, 5, 1, 1, 1)

        self.certificate_no_error = QLabel(EnrolForm)
        self.certificate_no_error.setObjectName(u"certificate_no_error")
        self.certificate_no_error.setStyleSheet(u"color: #b00020;")
        self.certificate_no_error.setWordWrap(True)
        self.certificate_no_error.setText(u"")

        self.grid.addWidget(self.certificate_no_error, 5, 2, 1, 1)

        self.buttons = QDialogButtonBox(EnrolForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 6, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member)
        self.course_id_label.setBuddy(self.course_id)
        self.attended_sessions_label.setBuddy(self.attended_sessions)
        self.completed_label.setBuddy(self.completed)
        self.certificate_no_label.setBuddy(self.certificate_no)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.course_id, self.attended_sessions)
        QWidget.setTabOrder(self.attended_sessions, self.completed)
        QWidget.setTabOrder(self.completed, self.certificate_no)

        self.retranslateUi(EnrolForm)
        self.buttons.rejected.connect(EnrolForm.reject)

        QMetaObject.connectSlotsByName(EnrolForm)
    # setupUi

    def retranslateUi(self, EnrolForm):
        EnrolForm.setWindowTitle(QCoreApplication.translate("EnrolForm", u"Enrol in a training course", None))
        self.member_label.setText(QCoreApplication.translate("EnrolForm", u"Member", None))
        self.course_id_label.setText(QCoreApplication.translate("EnrolForm", u"Course *", None))
        self.attended_sessions_label.setText(QCoreApplication.translate("EnrolForm", u"Sessions attended", None))
        self.completed_label.setText(QCoreApplication.translate("EnrolForm", u"Completed", None))
        self.certificate_no_label.setText(QCoreApplication.translate("EnrolForm", u"Certificate number", None))
    # retranslateUi

