# Generated from forms/support.ui by scripts/compile_forms.py - do not edit.
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

class Ui_SupportForm(object):
    def setupUi(self, SupportForm):
        if not SupportForm.objectName():
            SupportForm.setObjectName(u"SupportForm")
        SupportForm.resize(720, 250)
        self.grid = QGridLayout(SupportForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(SupportForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.member_label = QLabel(SupportForm)
        self.member_label.setObjectName(u"member_label")

        self.grid.addWidget(self.member_label, 1, 0, 1, 1)

        self.member = QLabel(SupportForm)
        self.member.setObjectName(u"member")

        self.grid.addWidget(self.member, 1, 1, 1, 1)

        self.member_error = QLabel(SupportForm)
        self.member_error.setObjectName(u"member_error")
        self.member_error.setStyleSheet(u"color: #b00020;")
        self.member_error.setWordWrap(True)
        self.member_error.setText(u"")

        self.grid.addWidget(self.member_error, 1, 2, 1, 1)

        self.paid_on_label = QLabel(SupportForm)
        self.paid_on_label.setObjectName(u"paid_on_label")

        self.grid.addWidget(self.paid_on_label, 2, 0, 1, 1)

        self.paid_on = QLineEdit(SupportForm)
        self.paid_on.setObjectName(u"paid_on")

        self.grid.addWidget(self.paid_on, 2, 1, 1, 1)

        self.paid_on_error = QLabel(SupportForm)
        self.paid_on_error.setObjectName(u"paid_on_error")
        self.paid_on_error.setStyleSheet(u"color: #b00020;")
        self.paid_on_error.setWordWrap(True)
        self.paid_on_error.setText(u"")

        self.grid.addWidget(self.paid_on_error, 2, 2, 1, 1)

        self.kind_label = QLabel(SupportForm)
        self.kind_label.setObjectName(u"kind_label")

        self.grid.addWidget(self.kind_label, 3, 0, 1, 1)

        self.kind = QComboBox(SupportForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 3, 1, 1, 1)

        self.kind_error = QLabel(SupportForm)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #b00020;")
        self.kind_error.setWordWrap(True)
        self.kind_error.setText(u"")

        self.grid.addWidget(self.kind_error, 3, 2, 1, 1)

        self.amount_label = QLabel(SupportForm)
        self.amount_label.setObjectName(u"amount_label")

        self.grid.addWidget(self.amount_label, 4, 0, 1, 1)

        self.amount = QLineEdit(SupportForm)
        self.amount.setObjectName(u"amount")

        self.grid.addWidget(self.amount, 4, 1, 1, 1)

        self.amount_error = QLabel(SupportForm)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setStyleSheet(u"color: #b00020;")
        self.amount_error.setWordWrap(True)
        self.amount_error.setText(u"")

        self.grid.addWidget(self.amount_error, 4, 2, 1, 1)

        self.reason_label = QLabel(SupportForm)
        self.reason_label.setObjectName(u"reason_label")

        self.grid.addWidget(self.reason_label, 5, 0, 1, 1)

        self.reason = QLineEdit(SupportForm)
        self.reason.setObjectName(u"reason")

        self.grid.addWidget(self.reason, 5, 1, 1, 1)

        self.reason_error = QLabel(SupportForm)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #b00020;")
        self.reason_error.setWordWrap(True)
        self.reason_error.setText(u"")

        self.grid.addWidget(self.reason_error, 5, 2, 1, 1)

        self.buttons = QDialogButtonBox(SupportForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 6, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.member_label.setBuddy(self.member)
        self.paid_on_label.setBuddy(self.paid_on)
        self.kind_label.setBuddy(self.kind)
        self.amount_label.setBuddy(self.amount)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paid_on, self.kind)
        QWidget.setTabOrder(self.kind, self.amount)
        QWidget.setTabOrder(self.amount, self.reason)

        self.retranslateUi(SupportForm)
        self.buttons.rejected.connect(SupportForm.reject)

        QMetaObject.connectSlotsByName(SupportForm)
    # setupUi

    def retranslateUi(self, SupportForm):
        SupportForm.setWindowTitle(QCoreApplication.translate("SupportForm", u"Support payment", None))
        self.member_label.setText(QCoreApplication.translate("SupportForm", u"Member", None))
        self.paid_on_label.setText(QCoreApplication.translate("SupportForm", u"Paid on *", None))
        self.paid_on.setPlaceholderText(QCoreApplication.translate("SupportForm", u"dd/mm/yyyy", None))
        self.kind_label.setText(QCoreApplication.translate("SupportForm", u"Kind", None))
        self.amount_label.setText(QCoreApplication.translate("SupportForm", u"Amount (\u0111\u1ed3ng) *", None))
        self.reason_label.setText(QCoreApplication.translate("SupportForm", u"Reason", None))
    # retranslateUi

