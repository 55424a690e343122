# Generated from forms/course.ui by scripts/compile_forms.py - do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_CourseForm(object):
    def setupUi(self, CourseForm):
        if not CourseForm.objectName():
            CourseForm.setObjectName(u"CourseForm")
        CourseForm.resize(720, 386)
        self.grid = QGridLayout(CourseForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(CourseForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.title_label = QLabel(CourseForm)
        self.title_label.setObjectName(u"title_label")

        self.grid.addWidget(self.title_label, 1, 0, 1, 1)

        self.title = QLineEdit(CourseForm)
        self.title.setObjectName(u"title")

        self.grid.addWidget(self.title, 1, 1, 1, 1)

        self.title_error = QLabel(CourseForm)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setStyleSheet(u"color: #b00020;")
        self.title_error.setWordWrap(True)
        self.title_error.setText(u"")

        self.grid.addWidget(self.title_error, 1, 2, 1, 1)

        self.topic_label = QLabel(CourseForm)
        self.topic_label.setObjectName(u"topic_label")

        self.grid.addWidget(self.topic_label, 2, 0, 1, 1)

        self.topic = QLineEdit(CourseForm)
        self.topic.setObjectName(u"topic")

        self.grid.addWidget(self.topic, 2, 1, 1, 1)

        self.topic_error = QLabel(CourseForm)
        self.topic_error.setObjectName(u"topic_error")
        self.topic_error.setStyleSheet(u"color: #b00020;")
        self.topic_error.setWordWrap(True)
        self.topic_error.setText(u"")

        self.grid.addWidget(self.topic_error, 2, 2, 1, 1)

        self.target_group_label = QLabel(CourseForm)
        self.target_group_label.setObjectName(u"target_group_label")

        self.grid.addWidget(self.target_group_label, 3, 0, 1, 1)

        self.target_group = QLineEdit(CourseForm)
        self.target_group.setObjectName(u"target_group")

        self.grid.addWidget(self.target_group, 3, 1, 1, 1)

        self.target_group_error = QLabel(CourseForm)
        self.target_group_error.setObjectName(u"target_group_error")
        self.target_group_error.setStyleSheet(u"color: #b00020;")
        self.target_group_error.setWordWrap(True)
        self.target_group_error.setText(u"")

        self.grid.addWidget(self.target_group_error, 3, 2, 1, 1)

        self.starts_on_label = QLabel(CourseForm)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.grid.addWidget(self.starts_on_label, 4, 0, 1, 1)

        self.starts_on = QLineEdit(CourseForm)
        self.starts_on.setObjectName(u"starts_on")

        self.grid.addWidget(self.starts_on, 4, 1, 1, 1)

        self.starts_on_error = QLabel(CourseForm)
        self.starts_on_error.setObjectName(u"starts_on_error")
        self.starts_on_error.setStyleSheet(u"color: #b00020;")
        self.starts_on_error.setWordWrap(True)
        self.starts_on_error.setText(u"")

        self.grid.addWidget(self.starts_on_error, 4, 2, 1, 1)

        self.ends_on_label = QLabel(CourseForm)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.grid.addWidget(self.ends_on_label, 5, 0, 1, 1)

        self.ends_on = QLineEdit(CourseForm)
        self.ends_on.setObjectName(u"ends_on")

        self.grid.addWidget(self.ends_on, 5, 1, 1, 1)

        self.ends_on_error = QLabel(CourseForm)
        self.ends_on_error.setObjectName(u"ends_on_error")
        self.ends_on_error.setStyleSheet(u"color: #b00020;")
        self.ends_on_error.setWordWrap(True)
        self.ends_on_error.setText(u"")

        self.grid.addWidget(self.ends_on_error, 5, 2, 1, 1)

        self.place_label = QLabel(CourseForm)
        self.place_label.setObjectName(u"place_label")

        self.grid.addWidget(self.place_label, 6, 0, 1, 1)

        self.place = QLineEdit(CourseForm)
        self.place.setObjectName(u"place")

        self.grid.addWidget(self.place, 6, 1, 1, 1)

        self.place_error = QLabel(CourseForm)
        self.place_error.setObjectName(u"place_error")
        self.place_error.setStyleSheet(u"color: #b00020;")
        self.place_error.setWordWrap(True)
        self.place_error.setText(u"")

        self.grid.addWidget(self.place_error, 6, 2, 1, 1)

        self.trainer_label = QLabel(CourseForm)
        self.trainer_label.setObjectName(u"trainer_label")

        self.grid.addWidget(self.trainer_label, 7, 0, 1, 1)

        self.trainer = QLineEdit(CourseForm)
        self.trainer.setObjectName(u"trainer")

        self.grid.addWidget(self.trainer, 7, 1, 1, 1)

        self.trainer_error = QLabel(CourseForm)
        self.trainer_error.setObjectName(u"trainer_error")
        self.trainer_error.setStyleSheet(u"color: #b00020;")
        self.trainer_error.setWordWrap(True)
        self.trainer_error.setText(u"")

        self.grid.addWidget(self.trainer_error, 7, 2, 1, 1)

        self.sessions_label = QLabel(CourseForm)
        self.sessions_label.setObjectName(u"sessions_label")

        self.grid.addWidget(self.sessions_label, 8, 0, 1, 1)

        self.sessions = QLineEdit(CourseForm)
        self.sessions.setObjectName(u"sessions")

        self.grid.addWidget(self.sessions, 8, 1, 1, 1)

        self.sessions_error = QLabel(CourseForm)
        self.sessions_error.setObjectName(u"sessions_error")
        self.sessions_error.setStyleSheet(u"color: #b00020;")
        self.sessions_error.setWordWrap(True)
        self.sessions_error.setText(u"")

        self.grid.addWidget(self.sessions_error, 8, 2, 1, 1)

        self.note_label = QLabel(CourseForm)
        self.note_label.setObjectName(u"note_label")

        self.grid.addWidget(self.note_label, 9, 0, 1, 1)

        self.note = QPlainTextEdit(CourseForm)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 80))

        self.grid.addWidget(self.note, 9, 1, 1, 1)

        self.note_error = QLabel(CourseForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setStyleSheet(u"color: #b00020;")
        self.note_error.setWordWrap(True)
        self.note_error.setText(u"")

        self.grid.addWidget(self.note_error, 9, 2, 1, 1)

        self.buttons = QDialogButtonBox(CourseForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 10, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.topic_label.setBuddy(self.topic)
        self.target_group_label.setBuddy(self.target_group)
        self.starts_on_label.setBuddy(self.starts_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.place_label.setBuddy(self.place)
        self.trainer_label.setBuddy(self.trainer)
        self.sessions_label.setBuddy(self.sessions)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.topic)
        QWidget.setTabOrder(self.topic, self.target_group)
        QWidget.setTabOrder(self.target_group, self.starts_on)
        QWidget.setTabOrder(self.starts_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.place)
        QWidget.setTabOrder(self.place, self.trainer)
        QWidget.setTabOrder(self.trainer, self.sessions)
        QWidget.setTabOrder(self.sessions, self.note)

        self.retranslateUi(CourseForm)
        self.buttons.rejected.connect(CourseForm.reject)

        QMetaObject.connectSlotsByName(CourseForm)
    # setupUi

    def retranslateUi(self, CourseForm):
        CourseForm.setWindowTitle(QCoreApplication.translate("CourseForm", u"Training course", None))
        self.title_label.setText(QCoreApplication.translate("CourseForm", u"Title *", None))
        self.topic_label.setText(QCoreApplication.translate("CourseForm", u"Topic", None))
        self.target_group_label.setText(QCoreApplication.translate("CourseForm", u"For (target group)", None))
        self.starts_on_label.setText(QCoreApplication.translate("CourseForm", u"Starts on *", None))
        self.starts_on.setPlaceholderText(QCoreApplication.translate("CourseForm", u"dd/mm/yyyy", None))
        self.ends_on_label.setText(QCoreApplication.translate("CourseForm", u"Ends on", None))
        self.ends_on.setPlaceholderText(QCoreApplication.translate("CourseForm", u"dd/mm/yyyy", None))
        self.place_label.setText(QCoreApplication.translate("CourseForm", u"Place", None))
        self.trainer_label.setText(QCoreApplication.translate("CourseForm", u"Trainer", None))
        self.sessions_label.setText(QCoreApplication.translate("CourseForm", u"Sessions", None))
        self.note_label.setText(QCoreApplication.translate("CourseForm", u"Note", None))
    # retranslateUi

