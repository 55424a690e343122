# Generated from forms/member_history.ui by scripts/compile_forms.py - do not edit.
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

class Ui_MemberHistoryForm(object):
    def setupUi(self, MemberHistoryForm):
        if not MemberHistoryForm.objectName():
            MemberHistoryForm.setObjectName(u"MemberHistoryForm")
        MemberHistoryForm.resize(720, 216)
        self.grid = QGridLayout(MemberHistoryForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(MemberHistoryForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.member_label = QLabel(MemberHistoryForm)
        self.member_label.setObjectName(u"member_label")

        self.grid.addWidget(self.member_label, 1, 0, 1, 1)

        self.member = QLabel(MemberHistoryForm)
        self.member.setObjectName(u"member")

        self.grid.addWidget(self.member, 1, 1, 1, 1)

        self.member_error = QLabel(MemberHistoryForm)
        self.member_error.setObjectName(u"member_error")
        self.member_error.setStyleSheet(u"color: #b00020;")
        self.member_error.setWordWrap(True)
        self.member_error.setText(u"")

        self.grid.addWidget(self.member_error, 1, 2, 1, 1)

        self.union_id_label = QLabel(MemberHistoryForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 2, 0, 1, 1)

        self.union_id = QComboBox(MemberHistoryForm)
        self.union_id.setObjectName(u"union_id")
        self.union_id.setEditable(True)
        self.union_id.setMinimumSize(QSize(320, 0))

        self.grid.addWidget(self.union_id, 2, 1, 1, 1)

        self.union_id_error = QLabel(MemberHistoryForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 2, 2, 1, 1)

        self.on_date_label = QLabel(MemberHistoryForm)
        self.on_date_label.setObjectName(u"on_date_label")

        self.grid.addWidget(self.on_date_label, 3, 0, 1, 1)

        self.on_date = QLineEdit(MemberHistoryForm)
        self.on_date.setObjectName(u"on_date")

        self.grid.addWidget(self.on_date, 3, 1, 1, 1)

        self.on_date_error = QLabel(MemberHistoryForm)
        self.on_date_error.setObjectName(u"on_date_error")
        self.on_date_error.setStyleSheet(u"color: #b00020;")
        self.on_date_error.setWordWrap(True)
        self.on_date_error.setText(u"")

        self.grid.addWidget(self.on_date_error, 3, 2, 1, 1)

        self.reason_label = QLabel(MemberHistoryForm)
        self.reason_label.setObjectName(u"reason_label")

        self.grid.addWidget(self.reason_label, 4, 0, 1, 1)

        self.reason = QLineEdit(MemberHistoryForm)
        self.reason.setObjectName(u"reason")

        self.grid.addWidget(self.reason, 4, 1, 1, 1)

        self.reason_error = QLabel(MemberHistoryForm)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setWordWrap(True)
        self.reason_error.setText(u"")

        self.grid.addWidget(self.reason_error, 4, 2, 1, 1)

        self.buttons = QDialogButtonBox(MemberHistoryForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 5, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member)
        self.union_id_label.setBuddy(self.union_id)
        self.on_date_label.setBuddy(self.on_date)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.union_id, self.on_date)
        QWidget.setTabOrder(self.on_date, self.reason)

        self.retranslateUi(MemberHistoryForm)
        self.buttons.rejected.connect(MemberHistoryForm.reject)

        QMetaObject.connectSlotsByName(MemberHistoryForm)
    # setupUi

    def retranslateUi(self, MemberHistoryForm):
        MemberHistoryForm.setWindowTitle(QCoreApplication.translate("MemberHistoryForm", u"Membership change", None))
        self.member_label.setText(QCoreApplication.translate("MemberHistoryForm", u"Member", None))
        self.union_id_label.setText(QCoreApplication.translate("MemberHistoryForm", u"To union", None))
        self.on_date_label.setText(QCoreApplication.translate("MemberHistoryForm", u"Date *", None))
        self.on_date.setPlaceholderText(QCoreApplication.translate("MemberHistoryForm", u"dd/mm/yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("MemberHistoryForm", u"Reason / destination", None))
    # retranslateUi

