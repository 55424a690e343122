# Generated from forms/member.ui by scripts/compile_forms.py - do not edit.
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

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        MemberForm.resize(720, 550)
        self.grid = QGridLayout(MemberForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(MemberForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.full_name_label = QLabel(MemberForm)
        self.full_name_label.setObjectName(u"full_name_label")

        self.grid.addWidget(self.full_name_label, 1, 0, 1, 1)

        self.full_name = QLineEdit(MemberForm)
        self.full_name.setObjectName(u"full_name")

        self.grid.addWidget(self.full_name, 1, 1, 1, 1)

        self.full_name_error = QLabel(MemberForm)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setStyleSheet(u"color: #b00020;")
        self.full_name_error.setWordWrap(True)
        self.full_name_error.setText(u"")

        self.grid.addWidget(self.full_name_error, 1, 2, 1, 1)

        self.sex_label = QLabel(MemberForm)
        self.sex_label.setObjectName(u"sex_label")

        self.grid.addWidget(self.sex_label, 2, 0, 1, 1)

        self.sex = QComboBox(MemberForm)
        self.sex.setObjectName(u"sex")

        self.grid.addWidget(self.sex, 2, 1, 1, 1)

        self.sex_error = QLabel(MemberForm)
        self.sex_error.setObjectName(u"sex_error")
        self.sex_error.setStyleSheet(u"color: #b00020;")
        self.sex_error.setWordWrap(True)
        self.sex_error.setText(u"")

        self.grid.addWidget(self.sex_error, 2, 2, 1, 1)

        self.birth_date_label = QLabel(MemberForm)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.grid.addWidget(self.birth_date_label, 3, 0, 1, 1)

        self.birth_date = QLineEdit(MemberForm)
        self.birth_date.setObjectName(u"birth_date")

        self.grid.addWidget(self.birth_date, 3, 1, 1, 1)

        self.birth_date_error = QLabel(MemberForm)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setStyleSheet(u"color: #b00020;")
        self.birth_date_error.setWordWrap(True)
        self.birth_date_error.setText(u"")

        self.grid.addWidget(self.birth_date_error, 3, 2, 1, 1)

        self.ethnicity_label = QLabel(MemberForm)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.grid.addWidget(self.ethnicity_label, 4, 0, 1, 1)

        self.ethnicity = QLineEdit(MemberForm)
        self.ethnicity.setObjectName(u"ethnicity")

        self.grid.addWidget(self.ethnicity, 4, 1, 1, 1)

        self.ethnicity_error = QLabel(MemberForm)
        self.ethnicity_error.setObjectName(u"ethnicity_error")
        self.ethnicity_error.setStyleSheet(u"color: #b00020;")
        self.ethnicity_error.setWordWrap(True)
        self.ethnicity_error.setText(u"")

        self.grid.addWidget(self.ethnicity_error, 4, 2, 1, 1)

        self.nationality_label = QLabel(MemberForm)
        self.nationality_label.setObjectName(u"nationality_label")

        self.grid.addWidget(self.nationality_label, 5, 0, 1, 1)

        self.nationality = QLineEdit(MemberForm)
        self.nationality.setObjectName(u"nationality")

        self.grid.addWidget(self.nationality, 5, 1, 1, 1)

        self.nationality_error = QLabel(MemberForm)
        self.nationality_error.setObjectName(u"nationality_error")
        self.nationality_error.setStyleSheet(u"color: #b00020;")
        self.nationality_error.setWordWrap(True)
        self.nationality_error.setText(u"")

        self.grid.addWidget(self.nationality_error, 5, 2, 1, 1)

        self.work_relation_label = QLabel(MemberForm)
        self.work_relation_label.setObjectName(u"work_relation_label")

        self.grid.addWidget(self.work_relation_label, 6, 0, 1, 1)

        self.work_relation = QComboBox(MemberForm)
        self.work_relation.setObjectName(u"work_relation")

        self.grid.addWidget(self.work_relation, 6, 1, 1, 1)

        self.work_relation_error = QLabel(MemberForm)
        self.work_relation_error.setObjectName(u"work_relation_error")
        self.work_relation_error.setStyleSheet(u"color: #b00020;")
        self.work_relation_error.setWordWrap(True)
        self.work_relation_error.setText(u"")

        self.grid.addWidget(self.work_relation_error, 6, 2, 1, 1)

        self.contract_months_label = QLabel(MemberForm)
        self.contract_months_label.setObjectName(u"contract_months_label")

        self.grid.addWidget(self.contract_months_label, 7, 0, 1, 1)

        self.contract_months = QLineEdit(MemberForm)
        self.contract_months.setObjectName(u"contract_months")

        self.grid.addWidget(self.contract_months, 7, 1, 1, 1)

        self.contract_months_error = QLabel(MemberForm)
        self.contract_months_error.setObjectName(u"contract_months_error")
        self.contract_months_error.setStyleSheet(u"color: #b00020;")
        self.contract_months_error.setWordWrap(True)
        self.contract_months_error.setText(u"")

        self.grid.addWidget(self.contract_months_error, 7, 2, 1, 1)

        self.cccd_label = QLabel(MemberForm)
        self.cccd_label.setObjectName(u"cccd_label")

        self.grid.addWidget(self.cccd_label, 8, 0, 1, 1)

        self.cccd = QLineEdit(MemberForm)
        self.cccd.setObjectName(u"cccd")

        self.grid.addWidget(self.cccd, 8, 1, 1, 1)

        self.cccd_error = QLabel(MemberForm)
        self.cccd_error.setObjectName(u"cccd_error")
        self.cccd_error.setStyleSheet(u"color: #b00020;")
        self.cccd_error.setWordWrap(True)
        self.cccd_error.setText(u"")

        self.grid.addWidget(self.cccd_error, 8, 2, 1, 1)

        self.phone_label = QLabel(MemberForm)
        self.phone_label.setObjectName(u"phone_label")

        self.grid.addWidget(self.phone_label, 9, 0, 1, 1)

        self.phone = QLineEdit(MemberForm)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 9, 1, 1, 1)

        self.phone_error = QLabel(MemberForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setStyleSheet(u"color: #b00020;")
        self.phone_error.setWordWrap(True)
        self.phone_error.setText(u"")

        self.grid.addWidget(self.phone_error, 9, 2, 1, 1)

        self.job_label = QLabel(MemberForm)
        self.job_label.setObjectName(u"job_label")

        self.grid.addWidget(self.job_label, 10, 0, 1, 1)

        self.job = QLineEdit(MemberForm)
        self.job.setObjectName(u"job")

        self.grid.addWidget(self.job, 10, 1, 1, 1)

        self.job_error = QLabel(MemberForm)
        self.job_error.setObjectName(u"job_error")
        self.job_error.setStyleSheet(u"color: #b00020;")
        self.job_error.setWordWrap(True)
        self.job_error.setText(u"")

        self.grid.addWidget(self.job_error, 10, 2, 1, 1)

        self.card_no_label = QLabel(MemberForm)
        self.card_no_label.setObjectName(u"card_no_label")

        self.grid.addWidget(self.card_no_label, 11, 0, 1, 1)

        self.card_no = QLineEdit(MemberForm)
        self.card_no.setObjectName(u"card_no")

        self.grid.addWidget(self.card_no, 11, 1, 1, 1)

        self.card_no_error = QLabel(MemberForm)
        self.card_no_error.setObjectName(u"card_no_error")
        self.card_no_error.setStyleSheet(u"color: #b00020;")
        self.card_no_error.setWordWrap(True)
        self.card_no_error.setText(u"")

        self.grid.addWidget(self.card_no_error, 11, 2, 1, 1)

        self.union_id_label = QLabel(MemberForm)
        self.union_id_label.setObjectName(u"union_id_label")

        self.grid.addWidget(self.union_id_label, 12, 0, 1, 1)

        self.union_id = QComboBox(MemberForm)
        self.union_id.setObjectName(u"union_id")
        self.union_id.setEditable(True)
        self.union_id.setMinimumSize(QSize(320, 0))

        self.grid.addWidget(self.union_id, 12, 1, 1, 1)

        self.union_id_error = QLabel(MemberForm)
        self.union_id_error.setObjectName(u"union_id_error")
        self.union_id_error.setStyleSheet(u"color: #b00020;")
        self.union_id_error.setWordWrap(True)
        self.union_id_error.setText(u"")

        self.grid.addWidget(self.union_id_error, 12, 2, 1, 1)

        self.joined_on_label = QLabel(MemberForm)
        self.joined_on_label.setObjectName(u"joined_on_label")

        self.grid.addWidget(self.joined_on_label, 13, 0, 1, 1)

        self.joined_on = QLineEdit(MemberForm)
        self.joined_on.setObjectName(u"joined_on")

        self.grid.addWidget(self.joined_on, 13, 1, 1, 1)

        self.joined_on_error = QLabel(MemberForm)
        self.joined_on_error.setObjectName(u"joined_on_error")
        self.joined_on_error.setStyleSheet(u"color: #b00020;")
        self.joined_on_error.setWordWrap(True)
        self.joined_on_error.setText(u"")

        self.grid.addWidget(self.joined_on_error, 13, 2, 1, 1)

        self.note_label = QLabel(MemberForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 14, 0, 1, 1)

        self.note = QPlainTextEdit(MemberForm)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 80))

        self.grid.addWidget(self.note, 14, 1, 1, 1)

        self.note_error = QLabel(MemberForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 14, 2, 1, 1)

        self.buttons = QDialogButtonBox(MemberForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 15, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.sex_label.setBuddy(self.sex)
        self.birth_date_label.setBuddy(self.birth_date)
        self.ethnicity_label.setBuddy(self.ethnicity)
        self.nationality_label.setBuddy(self.nationality)
        self.work_relation_label.setBuddy(self.work_relation)
        self.contract_months_label.setBuddy(self.contract_months)
        self.cccd_label.setBuddy(self.cccd)
        self.phone_label.setBuddy(self.phone)
        self.job_label.setBuddy(self.job)
        self.card_no_label.setBuddy(self.card_no)
        self.union_id_label.setBuddy(self.union_id)
        self.joined_on_label.setBuddy(self.joined_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.sex)
        QWidget.setTabOrder(self.sex, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.ethnicity)
        QWidget.setTabOrder(self.ethnicity, self.nationality)
        QWidget.setTabOrder(self.nationality, self.work_relation)
        QWidget.setTabOrder(self.work_relation, self.contract_months)
        QWidget.setTabOrder(self.contract_months, self.cccd)
        QWidget.setTabOrder(self.cccd, self.phone)
        QWidget.setTabOrder(self.phone, self.job)
        QWidget.setTabOrder(self.job, self.card_no)
        QWidget.setTabOrder(self.card_no, self.union_id)
        QWidget.setTabOrder(self.union_id, self.joined_on)
        QWidget.setTabOrder(self.joined_on, self.note)

        self.retranslateUi(MemberForm)
        self.buttons.rejected.connect(MemberForm.reject)

        QMetaObject.connectSlotsByName(MemberForm)
    # setupUi

    def retranslateUi(self, MemberForm):
        MemberForm.setWindowTitle(QCoreApplication.translate("MemberForm", u"Member", None))
        self.full_name_label.setText(QCoreApplication.translate("MemberForm", u"Full name *", None))
        self.sex_label.setText(QCoreApplication.translate("MemberForm", u"Sex", None))
        self.birth_date_label.setText(QCoreApplication.translate("MemberForm", u"Date of birth", None))
        self.birth_date.setPlaceholderText(QCoreApplication.translate("MemberForm", u"dd/mm/yyyy", None))
        self.ethnicity_label.setText(QCoreApplication.translate("MemberForm", u"Ethnicity", None))
        self.nationality_label.setText(QCoreApplication.translate("MemberForm", u"Nationality", None))
        self.nationality.setPlaceholderText(QCoreApplication.translate("MemberForm", u"Vi\u1ec7t Nam", None))
#if QT_CONFIG(tooltip)
        self.nationality.setToolTip(QCoreApplication.translate("MemberForm", u"Leave empty for a Vietnamese citizen.", None))
#endif // QT_CONFIG(tooltip)
        self.work_relation_label.setText(QCoreApplication.translate("MemberForm", u"Labour relation", None))
        self.contract_months_label.setText(QCoreApplication.translate("MemberForm", u"Contract length (months)", None))
#if QT_CONFIG(tooltip)
        self.contract_months.setToolTip(QCoreApplication.translate("MemberForm", u"For a foreign worker: 12 months or more (Trade Union Law 2024).", None))
#endif // QT_CONFIG(tooltip)
        self.cccd_label.setText(QCoreApplication.translate("MemberForm", u"CCCD (12 digits)", None))
        self.phone_label.setText(QCoreApplication.translate("MemberForm", u"Phone", None))
        self.job_label.setText(QCoreApplication.translate("MemberForm", u"Job", None))
        self.card_no_label.setText(QCoreApplication.translate("MemberForm", u"Card number", None))
        self.union_id_label.setText(QCoreApplication.translate("MemberForm", u"Grassroots union", None))
        self.joined_on_label.setText(QCoreApplication.translate("MemberForm", u"Joined on", None))
        self.joined_on.setPlaceholderText(QCoreApplication.translate("MemberForm", u"dd/mm/yyyy", None))
        self.note_label.setText(QCoreApplication.translate("MemberForm", u"Note", None))
    # retranslateUi

