# Generated from forms/union.ui by scripts/compile_forms.py - do not edit.
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

class Ui_UnionForm(object):
    def setupUi(self, UnionForm):
        if not UnionForm.objectName():
            UnionForm.setObjectName(u"UnionForm")
        UnionForm.resize(720, 522)
        self.grid = QGridLayout(UnionForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(UnionForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.name_label = QLabel(UnionForm)
        self.name_label.setObjectName(u"name_label")

        self.grid.addWidget(self.name_label, 1, 0, 1, 1)

        self.name = QLineEdit(UnionForm)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 1, 1, 1, 1)

        self.name_error = QLabel(UnionForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b00020;")
        self.name_error.setWordWrap(True)
        self.name_error.setText(u"")

        self.grid.addWidget(self.name_error, 1, 2, 1, 1)

        self.code_label = QLabel(UnionForm)
        self.code_label.setObjectName(u"code_label")

        self.grid.addWidget(self.code_label, 2, 0, 1, 1)

        self.code = QLineEdit(UnionForm)
        self.code.setObjectName(u"code")

        self.grid.addWidget(self.code, 2, 1, 1, 1)

        self.code_error = QLabel(UnionForm)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setStyleSheet(u"color: #b00020;")
        self.code_error.setWordWrap(True)
        self.code_error.setText(u"")

        self.grid.addWidget(self.code_error, 2, 2, 1, 1)

        self.employer_label = QLabel(UnionForm)
        self.employer_label.setObjectName(u"employer_label")

        self.grid.addWidget(self.employer_label, 3, 0, 1, 1)

        self.employer = QLineEdit(UnionForm)
        self.employer.setObjectName(u"employer")

        self.grid.addWidget(self.employer, 3, 1, 1, 1)

        self.employer_error = QLabel(UnionForm)
        self.employer_error.setObjectName(u"employer_error")
        self.employer_error.setStyleSheet(u"color: #b00020;")
        self.employer_error.setWordWrap(True)
        self.employer_error.setText(u"")

        self.grid.addWidget(self.employer_error, 3, 2, 1, 1)

        self.address_label = QLabel(UnionForm)
        self.address_label.setObjectName(u"address_label")

        self.grid.addWidget(self.address_label, 4, 0, 1, 1)

        self.address = QLineEdit(UnionForm)
        self.address.setObjectName(u"address")

        self.grid.addWidget(self.address, 4, 1, 1, 1)

        self.address_error = QLabel(UnionForm)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setStyleSheet(u"color: #b00020;")
        self.address_error.setWordWrap(True)
        self.address_error.setText(u"")

        self.grid.addWidget(self.address_error, 4, 2, 1, 1)

        self.ward_label = QLabel(UnionForm)
        self.ward_label.setObjectName(u"ward_label")

        self.grid.addWidget(self.ward_label, 5, 0, 1, 1)

        self.ward = QLineEdit(UnionForm)
        self.ward.setObjectName(u"ward")

        self.grid.addWidget(self.ward, 5, 1, 1, 1)

        self.ward_error = QLabel(UnionForm)
        self.ward_error.setObjectName(u"ward_error")
        self.ward_error.setStyleSheet(u"color: #b00020;")
        self.ward_error.setWordWrap(True)
        self.ward_error.setText(u"")

        self.grid.addWidget(self.ward_error, 5, 2, 1, 1)

        self.sector_label = QLabel(UnionForm)
        self.sector_label.setObjectName(u"sector_label")

        self.grid.addWidget(self.sector_label, 6, 0, 1, 1)

        self.sector = QComboBox(UnionForm)
        self.sector.setObjectName(u"sector")

        self.grid.addWidget(self.sector, 6, 1, 1, 1)

        self.sector_error = QLabel(UnionForm)
        self.sector_error.setObjectName(u"sector_error")
        self.sector_error.setStyleSheet(u"color: #b00020;")
        self.sector_error.setWordWrap(True)
        self.sector_error.setText(u"")

        self.grid.addWidget(self.sector_error, 6, 2, 1, 1)

        self.founded_on_label = QLabel(UnionForm)
        self.founded_on_label.setObjectName(u"founded_on_label")

        self.grid.addWidget(self.founded_on_label, 7, 0, 1, 1)

        self.founded_on = QLineEdit(UnionForm)
        self.founded_on.setObjectName(u"founded_on")

        self.grid.addWidget(self.founded_on, 7, 1, 1, 1)

        self.founded_on_error = QLabel(UnionForm)
        self.founded_on_error.setObjectName(u"founded_on_error")
        self.founded_on_error.setStyleSheet(u"color: #b00020;")
        self.founded_on_error.setWordWrap(True)
        self.founded_on_error.setText(u"")

        self.grid.addWidget(self.founded_on_error, 7, 2, 1, 1)

        self.founding_decision_label = QLabel(UnionForm)
        self.founding_decision_label.setObjectName(u"founding_decision_label")

        self.grid.addWidget(self.founding_decision_label, 8, 0, 1, 1)

        self.founding_decision = QLineEdit(UnionForm)
        self.founding_decision.setObjectName(u"founding_decision")

        self.grid.addWidget(self.founding_decision, 8, 1, 1, 1)

        self.founding_decision_error = QLabel(UnionForm)
        self.founding_decision_error.setObjectName(u"founding_decision_error")
        self.founding_decision_error.setStyleSheet(u"color: #b00020;")
        self.founding_decision_error.setWordWrap(True)
        self.founding_decision_error.setText(u"")

        self.grid.addWidget(self.founding_decision_error, 8, 2, 1, 1)

        self.workers_label = QLabel(UnionForm)
        self.workers_label.setObjectName(u"workers_label")

        self.grid.addWidget(self.workers_label, 9, 0, 1, 1)

        self.workers = QLineEdit(UnionForm)
        self.workers.setObjectName(u"workers")

        self.grid.addWidget(self.workers, 9, 1, 1, 1)

        self.workers_error = QLabel(UnionForm)
        self.workers_error.setObjectName(u"workers_error")
        self.workers_error.setStyleSheet(u"color: #b00020;")
        self.workers_error.setWordWrap(True)
        self.workers_error.setText(u"")

        self.grid.addWidget(self.workers_error, 9, 2, 1, 1)

        self.phone_label = QLabel(UnionForm)
        self.phone_label.setObjectName(u"phone_label")

        self.grid.addWidget(self.phone_label, 10, 0, 1, 1)

        self.phone = QLineEdit(UnionForm)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 10, 1, 1, 1)

        self.phone_error = QLabel(UnionForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setStyleSheet(u"color: #b00020;")
        self.phone_error.setWordWrap(True)
        self.phone_error.setText(u"")

        self.grid.addWidget(self.phone_error, 10, 2, 1, 1)

        self.status_label = QLabel(UnionForm)
        self.status_label.setObjectName(u"status_label")

        self.grid.addWidget(self.status_label, 11, 0, 1, 1)

        self.status = QComboBox(UnionForm)
        self.status.setObjectName(u"status")

        self.grid.addWidget(self.status, 11, 1, 1, 1)

        self.status_error = QLabel(UnionForm)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setStyleSheet(u"color: #b00020;")
        self.status_error.setWordWrap(True)
        self.status_error.setText(u"")

        self.grid.addWidget(self.status_error, 11, 2, 1, 1)

        self.status_on_label = QLabel(UnionForm)
        self.status_on_label.setObjectName(u"status_on_label")

        self.grid.addWidget(self.status_on_label, 12, 0, 1, 1)

        self.status_on = QLineEdit(UnionForm)
        self.status_on.setObjectName(u"status_on")

        self.grid.addWidget(self.status_on, 12, 1, 1, 1)

        self.status_on_error = QLabel(UnionForm)
        self.status_on_error.setObjectName(u"status_on_error")
        self.status_on_error.setStyleSheet(u"color: #b00020;")
        self.status_on_error.setWordWrap(True)
        self.status_on_error.setText(u"")

        self.grid.addWidget(self.status_on_error, 12, 2, 1, 1)

        self.note_label = QLabel(UnionForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 13, 0, 1, 1)

        self.note = QPlainTextEdit(UnionForm)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 80))

        self.grid.addWidget(self.note, 13, 1, 1, 1)

        self.note_error = QLabel(UnionForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 13, 2, 1, 1)

        self.buttons = QDialogButtonBox(UnionForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 14, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.code_label.setBuddy(self.code)
        self.employer_label.setBuddy(self.employer)
        self.address_label.setBuddy(self.address)
        self.ward_label.setBuddy(self.ward)
        self.sector_label.setBuddy(self.sector)
        self.founded_on_label.setBuddy(self.founded_on)
        self.founding_decision_label.setBuddy(self.founding_decision)
        self.workers_label.setBuddy(self.workers)
        self.phone_label.setBuddy(self.phone)
        self.status_label.setBuddy(self.status)
        self.status_on_label.setBuddy(self.status_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.employer)
        QWidget.setTabOrder(self.employer, self.address)
        QWidget.setTabOrder(self.address, self.ward)
        QWidget.setTabOrder(self.ward, self.sector)
        QWidget.setTabOrder(self.sector, self.founded_on)
        QWidget.setTabOrder(self.founded_on, self.founding_decision)
        QWidget.setTabOrder(self.founding_decision, self.workers)
        QWidget.setTabOrder(self.workers, self.phone)
        QWidget.setTabOrder(self.phone, self.status)
        QWidget.setTabOrder(self.status, self.status_on)
        QWidget.setTabOrder(self.status_on, self.note)

        self.retranslateUi(UnionForm)
        self.buttons.rejected.connect(UnionForm.reject)

        QMetaObject.connectSlotsByName(UnionForm)
    # setupUi

    def retranslateUi(self, UnionForm):
        UnionForm.setWindowTitle(QCoreApplication.translate("UnionForm", u"Grassroots union", None))
        self.name_label.setText(QCoreApplication.translate("UnionForm", u"Name *", None))
        self.code_label.setText(QCoreApplication.translate("UnionForm", u"Code", None))
        self.employer_label.setText(QCoreApplication.translate("UnionForm", u"Employer", None))
        self.address_label.setText(QCoreApplication.translate("UnionForm", u"Address", None))
        self.ward_label.setText(QCoreApplication.translate("UnionForm", u"Ward / commune", None))
        self.sector_label.setText(QCoreApplication.translate("UnionForm", u"Sector block", None))
        self.founded_on_label.setText(QCoreApplication.translate("UnionForm", u"Founded on", None))
        self.founded_on.setPlaceholderText(QCoreApplication.translate("UnionForm", u"dd/mm/yyyy", None))
        self.founding_decision_label.setText(QCoreApplication.translate("UnionForm", u"Founding decision", None))
        self.workers_label.setText(QCoreApplication.translate("UnionForm", u"Number of workers", None))
        self.phone_label.setText(QCoreApplication.translate("UnionForm", u"Phone", None))
        self.status_label.setText(QCoreApplication.translate("UnionForm", u"Status", None))
        self.status_on_label.setText(QCoreApplication.translate("UnionForm", u"Status since", None))
        self.status_on.setPlaceholderText(QCoreApplication.translate("UnionForm", u"dd/mm/yyyy", None))
        self.note_label.setText(QCoreApplication.translate("UnionForm", u"Note", None))
    # retranslateUi

