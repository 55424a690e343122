# Generated from forms/custom_field.ui by scripts/compile_forms.py - do not edit.
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

class Ui_CustomFieldForm(object):
    def setupUi(self, CustomFieldForm):
        if not CustomFieldForm.objectName():
            CustomFieldForm.setObjectName(u"CustomFieldForm")
        CustomFieldForm.resize(560, 330)
        self.grid = QGridLayout(CustomFieldForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(CustomFieldForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.entity_label = QLabel(CustomFieldForm)
        self.entity_label.setObjectName(u"entity_label")

        self.grid.addWidget(self.entity_label, 1, 0, 1, 1)

        self.entity = QComboBox(CustomFieldForm)
        self.entity.setObjectName(u"entity")

        self.grid.addWidget(self.entity, 1, 1, 1, 1)

        self.entity_error = QLabel(CustomFieldForm)
        self.entity_error.setObjectName(u"entity_error")
        self.entity_error.setStyleSheet(u"color: #b00020;")
        self.entity_error.setWordWrap(True)
        self.entity_error.setText(u"")

        self.grid.addWidget(self.entity_error, 1, 2, 1, 1)

        self.name_label = QLabel(CustomFieldForm)
        self.name_label.setObjectName(u"name_label")

        self.grid.addWidget(self.name_label, 2, 0, 1, 1)

        self.name = QLineEdit(CustomFieldForm)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 2, 1, 1, 1)

        self.name_error = QLabel(CustomFieldForm)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b00020;")
        self.name_error.setWordWrap(True)
        self.name_error.setText(u"")

        self.grid.addWidget(self.name_error, 2, 2, 1, 1)

        self.kind_label = QLabel(CustomFieldForm)
        self.kind_label.setObjectName(u"kind_label")

        self.grid.addWidget(self.kind_label, 3, 0, 1, 1)

        self.kind = QComboBox(CustomFieldForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 3, 1, 1, 1)

        self.kind_error = QLabel(CustomFieldForm)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #b00020;")
        self.kind_error.setWordWrap(True)
        self.kind_error.setText(u"")

        self.grid.addWidget(self.kind_error, 3, 2, 1, 1)

        self.choices_label = QLabel(CustomFieldForm)
        self.choices_label.setObjectName(u"choices_label")

        self.grid.addWidget(self.choices_label, 4, 0, 1, 1)

        self.choices = QPlainTextEdit(CustomFieldForm)
        self.choices.setObjectName(u"choices")
        self.choices.setMaximumSize(QSize(16777215, 90))

        self.grid.addWidget(self.choices, 4, 1, 1, 1)

        self.choices_error = QLabel(CustomFieldForm)
        self.choices_error.setObjectName(u"choices_error")
        self.choices_error.setStyleSheet(u"color: #b00020;")
        self.choices_error.setWordWrap(True)
        self.choices_error.setText(u"")

        self.grid.addWidget(self.choices_error, 4, 2, 1, 1)

        self.buttons = QDialogButtonBox(CustomFieldForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 5, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.entity_label.setBuddy(self.entity)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.choices_label.setBuddy(self.choices)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entity, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.choices)

        self.retranslateUi(CustomFieldForm)
        self.buttons.rejected.connect(CustomFieldForm.reject)

        QMetaObject.connectSlotsByName(CustomFieldForm)
    # setupUi

    def retranslateUi(self, CustomFieldForm):
        CustomFieldForm.setWindowTitle(QCoreApplication.translate("CustomFieldForm", u"Field of your own", None))
        self.entity_label.setText(QCoreApplication.translate("CustomFieldForm", u"For *", None))
        self.name_label.setText(QCoreApplication.translate("CustomFieldForm", u"Name *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CustomFieldForm", u"V\u00ed d\u1ee5: Nh\u00f3m m\u00e1u", None))
        self.kind_label.setText(QCoreApplication.translate("CustomFieldForm", u"Kind *", None))
        self.choices_label.setText(QCoreApplication.translate("CustomFieldForm", u"Choices (one a line)", None))
#if QT_CONFIG(tooltip)
        self.choices.setToolTip(QCoreApplication.translate("CustomFieldForm", u"Only for a choice field.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

