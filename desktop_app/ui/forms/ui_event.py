# Generated from forms/event.ui by scripts/compile_forms.py - do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        EventForm.resize(940, 740)
        self.grid = QGridLayout(EventForm)
        self.grid.setObjectName(u"grid")
        self.form_error = QLabel(EventForm)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.form_error.setWordWrap(True)
        self.form_error.setText(u"")

        self.grid.addWidget(self.form_error, 0, 0, 1, 3)

        self.kind_label = QLabel(EventForm)
        self.kind_label.setObjectName(u"kind_label")

        self.grid.addWidget(self.kind_label, 1, 0, 1, 1)

        self.kind = QComboBox(EventForm)
        self.kind.setObjectName(u"kind")

        self.grid.addWidget(self.kind, 1, 1, 1, 1)

        self.kind_error = QLabel(EventForm)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #b00020;")
        self.kind_error.setWordWrap(True)
        self.kind_error.setText(u"")

        self.grid.addWidget(self.kind_error, 1, 2, 1, 1)

        self.title_label = QLabel(EventForm)
        self.title_label.setObjectName(u"title_label")

        self.grid.addWidget(self.title_label, 2, 0, 1, 1)

        self.title = QLineEdit(EventForm)
        self.title.setObjectName(u"title")

        self.grid.addWidget(self.title, 2, 1, 1, 1)

        self.title_error = QLabel(EventForm)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setStyleSheet(u"color: #b00020;")
        self.title_error.setWordWrap(True)
        self.title_error.setText(u"")

        self.grid.addWidget(self.title_error, 2, 2, 1, 1)

        self.number_label_label = QLabel(EventForm)
        self.number_label_label.setObjectName(u"number_label_label")

        self.grid.addWidget(self.number_label_label, 3, 0, 1, 1)

        self.number_label = QLineEdit(EventForm)
        self.number_label.setObjectName(u"number_label")

        self.grid.addWidget(self.number_label, 3, 1, 1, 1)

        self.number_label_error = QLabel(EventForm)
        self.number_label_error.setObjectName(u"number_label_error")
        self.number_label_error.setStyleSheet(u"color: #b00020;")
        self.number_label_error.setWordWrap(True)
        self.number_label_error.setText(u"")

        self.grid.addWidget(self.number_label_error, 3, 2, 1, 1)

        self.term_label = QLabel(EventForm)
        self.term_label.setObjectName(u"term_label")

        self.grid.addWidget(self.term_label, 4, 0, 1, 1)

        self.term = QLineEdit(EventForm)
        self.term.setObjectName(u"term")

        self.grid.addWidget(self.term, 4, 1, 1, 1)

        self.term_error = QLabel(EventForm)
        self.term_error.setObjectName(u"term_error")
        self.term_error.setStyleSheet(u"color: #b00020;")
        self.term_error.setWordWrap(True)
        self.term_error.setText(u"")

        self.grid.addWidget(self.term_error, 4, 2, 1, 1)

        self.starts_at_label = QLabel(EventForm)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.grid.addWidget(self.starts_at_label, 5, 0, 1, 1)

        self.starts_at = QLineEdit(EventForm)
        self.starts_at.setObjectName(u"starts_at")

        self.grid.addWidget(self.starts_at, 5, 1, 1, 1)

        self.starts_at_error = QLabel(EventForm)
        self.starts_at_error.setObjectName(u"starts_at_error")
        self.starts_at_error.setStyleSheet(u"color: #b00020;")
        self.starts_at_error.setWordWrap(True)
        self.starts_at_error.setText(u"")

        self.grid.addWidget(self.starts_at_error, 5, 2, 1, 1)

        self.ends_at_label = QLabel(EventForm)
        self.ends_at_label.setObjectName(u"ends_at_label")

        self.grid.addWidget(self.ends_at_label, 6, 0, 1, 1)

        self.ends_at = QLineEdit(EventForm)
        self.ends_at.setObjectName(u"ends_at")

        self.grid.addWidget(self.ends_at, 6, 1, 1, 1)

        self.ends_at_error = QLabel(EventForm)
        self.ends_at_error.setObjectName(u"ends_at_error")
        self.ends_at_error.setStyleSheet(u"color: #b00020;")
        self.ends_at_error.setWordWrap(True)
        self.ends_at_error.setText(u"")

        self.grid.addWidget(self.ends_at_error, 6, 2, 1, 1)

        self.place_label = QLabel(EventForm)
        self.place_label.setObjectName(u"place_label")

        self.grid.addWidget(self.place_label, 7, 0, 1, 1)

        self.place = QLineEdit(EventForm)
        self.place.setObjectName(u"place")

        self.grid.addWidget(self.place, 7, 1, 1, 1)

        self.place_error = QLabel(EventForm)
        self.place_error.setObjectName(u"place_error")
        self.place_error.setStyleSheet(u"color: #b00020;")
        self.place_error.setWordWrap(True)
        self.place_error.setText(u"")

        self.grid.addWidget(self.place_error, 7, 2, 1, 1)

        self.doc_number_label = QLabel(EventForm)
        self.doc_number_label.setObjectName(u"doc_number_label")

        self.grid.addWidget(self.doc_number_label, 8, 0, 1, 1)

        self.doc_number = QLineEdit(EventForm)
        self.doc_number.setObjectName(u"doc_number")

        self.grid.addWidget(self.doc_number, 8, 1, 1, 1)

        self.doc_number_error = QLabel(EventForm)
        self.doc_number_error.setObjectName(u"doc_number_error")
        self.doc_number_error.setStyleSheet(u"color: #b00020;")
        self.doc_number_error.setWordWrap(True)
        self.doc_number_error.setText(u"")

        self.grid.addWidget(self.doc_number_error, 8, 2, 1, 1)

        self.expected_count_label = QLabel(EventForm)
        self.expected_count_label.setObjectName(u"expected_count_label")

        self.grid.addWidget(self.expected_count_label, 9, 0, 1, 1)

        self.expected_count = QLineEdit(EventForm)
        self.expected_count.setObjectName(u"expected_count")

        self.grid.addWidget(self.expected_count, 9, 1, 1, 1)

        self.expected_count_error = QLabel(EventForm)
        self.expected_count_error.setObjectName(u"expected_count_error")
        self.expected_count_error.setStyleSheet(u"color: #b00020;")
        self.expected_count_error.setWordWrap(True)
        self.expected_count_error.setText(u"")

        self.grid.addWidget(self.expected_count_error, 9, 2, 1, 1)

        self.present_count_label = QLabel(EventForm)
        self.present_count_label.setObjectName(u"present_count_label")

        self.grid.addWidget(self.present_count_label, 10, 0, 1, 1)

        self.present_count = QLineEdit(EventForm)
        self.present_count.setObjectName(u"present_count")

        self.grid.addWidget(self.present_count, 10, 1, 1, 1)

        self.present_count_error = QLabel(EventForm)
        self.present_count_error.setObjectName(u"present_count_error")
        self.present_count_error.setStyleSheet(u"color: #b00020;")
        self.present_count_error.setWordWrap(True)
        self.present_count_error.setText(u"")

        self.grid.addWidget(self.present_count_error, 10, 2, 1, 1)

        self.participant_count_label = QLabel(EventForm)
        self.participant_count_label.setObjectName(u"participant_count_label")

        self.grid.addWidget(self.participant_count_label, 11, 0, 1, 1)

        self.participant_count = QLineEdit(EventForm)
        self.participant_count.setObjectName(u"participant_count")

        self.grid.addWidget(self.participant_count, 11, 1, 1, 1)

        self.participant_count_error = QLabel(EventForm)
        self.participant_count_error.setObjectName(u"participant_count_error")
        self.participant_count_error.setStyleSheet(u"color: #b00020;")
        self.participant_count_error.setWordWrap(True)
        self.participant_count_error.setText(u"")

        self.grid.addWidget(self.participant_count_error, 11, 2, 1, 1)

        self.conclusions_label = QLabel(EventForm)
        self.conclusions_label.setObjectName(u"conclusions_label")

        self.grid.addWidget(self.conclusions_label, 12, 0, 1, 1)

        self.conclusions = QPlainTextEdit(EventForm)
        self.conclusions.setObjectName(u"conclusions")
        self.conclusions.setMaximumSize(QSize(16777215, 56))

        self.grid.addWidget(self.conclusions, 12, 1, 1, 1)

        self.conclusions_error = QLabel(EventForm)
        self.conclusions_error.setObjectName(u"conclusions_error")
        self.conclusions_error.setStyleSheet(u"color: #b00020;")
        self.conclusions_error.setWordWrap(True)
        self.conclusions_error.setText(u"")

        self.grid.addWidget(self.conclusions_error, 12, 2, 1, 1)

        self.summary_label = QLabel(EventForm)
        self.summary_label.setObjectName(u"summary_label")

        self.grid.addWidget(self.summary_label, 13, 0, 1, 1)

        self.summary = QPlainTextEdit(EventForm)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumSize(QSize(16777215, 56))

        self.grid.addWidget(self.summary, 13, 1, 1, 1)

        self.summary_error = QLabel(EventForm)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setStyleSheet(u"color: #b00020;")
        self.summary_error.setWordWrap(True)
        self.summary_error.setText(u"")

        self.grid.addWidget(self.summary_error, 13, 2, 1, 1)

        self.children = QTabWidget(EventForm)
        self.children.setObjectName(u"children")
        self.children.setMinimumSize(QSize(0, 200))
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.people = QTableWidget(self.people_tab)
        if (self.people.columnCount() < 4):
            self.people.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.people.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.people.setObjectName(u"people")
        self.people.setWordWrap(False)
        self.people.setRowCount(1)
        self.people.setColumnCount(4)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.verticalHeader().setVisible(False)

        self.people_layout.addWidget(self.people)

        self.people_error = QLabel(self.people_tab)
        self.people_error.setObjectName(u"people_error")
        self.people_error.setStyleSheet(u"color: #b00020;")
        self.people_error.setWordWrap(True)
        self.people_error.setText(u"")

        self.people_layout.addWidget(self.people_error)

        self.children.addTab(self.people_tab, "")
        self.items_tab = QWidget()
        self.items_tab.setObjectName(u"items_tab")
        self.items_layout = QVBoxLayout(self.items_tab)
        self.items_layout.setObjectName(u"items_layout")
        self.items = QTableWidget(self.items_tab)
        if (self.items.columnCount() < 5):
            self.items.setColumnCount(5)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        self.items.setObjectName(u"items")
        self.items.setWordWrap(False)
        self.items.setRowCount(1)
        self.items.setColumnCount(5)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setVisible(False)

        self.items_layout.addWidget(self.items)

        self.items_error = QLabel(self.items_tab)
        self.items_error.setObjectName(u"items_error")
        self.items_error.setStyleSheet(u"color: #b00020;")
        self.items_error.setWordWrap(True)
        self.items_error.setText(u"")

        self.items_layout.addWidget(self.items_error)

        self.children.addTab(self.items_tab, "")
        self.unions_tab = QWidget()
        self.unions_tab.setObjectName(u"unions_tab")
        self.unions_layout = QVBoxLayout(self.unions_tab)
        self.unions_layout.setObjectName(u"unions_layout")
        self.unions = QTableWidget(self.unions_tab)
        if (self.unions.columnCount() < 2):
            self.unions.setColumnCount(2)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.unions.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.unions.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        self.unions.setObjectName(u"unions")
        self.unions.setWordWrap(False)
        self.unions.setRowCount(1)
        self.unions.setColumnCount(2)
        self.unions.horizontalHeader().setStretchLastSection(True)
        self.unions.verticalHeader().setVisible(False)

        self.unions_layout.addWidget(self.unions)

        self.unions_error = QLabel(self.unions_tab)
        self.unions_error.setObjectName(u"unions_error")
        self.unions_error.setStyleSheet(u"color: #b00020;")
        self.unions_error.setWordWrap(True)
        self.unions_error.setText(u"")

        self.unions_layout.addWidget(self.unions_error)

        self.children.addTab(self.unions_tab, "")
        self.results_tab = QWidget()
        self.results_tab.setObjectName(u"results_tab")
        self.results_layout = QVBoxLayout(self.results_tab)
        self.results_layout.setObjectName(u"results_layout")
        self.results = QTableWidget(self.results_tab)
        if (self.results.columnCount() < 4):
            self.results.setColumnCount(4)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.results.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.results.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.results.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.results.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        self.results.setObjectName(u"results")
        self.results.setWordWrap(False)
        self.results.setRowCount(1)
        self.results.setColumnCount(4)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)

        self.results_layout.addWidget(self.results)

        self.results_error = QLabel(self.results_tab)
        self.results_error.setObjectName(u"results_error")
        self.results_error.setStyleSheet(u"color: #b00020;")
        self.results_error.setWordWrap(True)
        self.results_error.setText(u"")

        self.results_layout.addWidget(self.results_error)

        self.children.addTab(self.results_tab, "")

        self.grid.addWidget(self.children, 14, 0, 1, 3)

        self.buttons = QDialogButtonBox(EventForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.grid.addWidget(self.buttons, 15, 0, 1, 3)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.title_label.setBuddy(self.title)
        self.number_label_label.setBuddy(self.number_label)
        self.term_label.setBuddy(self.term)
        self.starts_at_label.setBuddy(self.starts_at)
        self.ends_at_label.setBuddy(self.ends_at)
        self.place_label.setBuddy(self.place)
        self.doc_number_label.setBuddy(self.doc_number)
        self.expected_count_label.setBuddy(self.expected_count)
        self.present_count_label.setBuddy(self.present_count)
        self.participant_count_label.setBuddy(self.participant_count)
        self.conclusions_label.setBuddy(self.conclusions)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.number_label)
        QWidget.setTabOrder(self.number_label, self.term)
        QWidget.setTabOrder(self.term, self.starts_at)
        QWidget.setTabOrder(self.starts_at, self.ends_at)
        QWidget.setTabOrder(self.ends_at, self.place)
        QWidget.setTabOrder(self.place, self.doc_number)
        QWidget.setTabOrder(self.doc_number, self.expected_count)
        QWidget.setTabOrder(self.expected_count, self.present_count)
        QWidget.setTabOrder(self.present_count, self.participant_count)
        QWidget.setTabOrder(self.participant_count, self.conclusions)
        QWidget.setTabOrder(self.conclusions, self.summary)
        QWidget.setTabOrder(self.summary, self.children)
        QWidget.setTabOrder(self.children, self.people)
        QWidget.setTabOrder(self.people, self.items)
        QWidget.setTabOrder(self.items, self.unions)
        QWidget.setTabOrder(self.unions, self.results)

        self.retranslateUi(EventForm)
        self.buttons.rejected.connect(EventForm.reject)

        self.children.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EventForm)
    # setupUi

    def retranslateUi(self, EventForm):
        EventForm.setWindowTitle(QCoreApplication.translate("EventForm", u"Event", None))
        self.kind_label.setText(QCoreApplication.translate("EventForm", u"Kind", None))
        self.title_label.setText(QCoreApplication.translate("EventForm", u"Title *", None))
        self.number_label_label.setText(QCoreApplication.translate("EventForm", u"Number (e.g. l\u1ea7n th\u1ee9 Nh\u1ea5t)", None))
        self.term_label.setText(QCoreApplication.translate("EventForm", u"Term", None))
        self.starts_at_label.setText(QCoreApplication.translate("EventForm", u"Starts (dd/mm/yyyy hh:mm) *", None))
        self.ends_at_label.setText(QCoreApplication.translate("EventForm", u"Ends (dd/mm/yyyy hh:mm)", None))
        self.place_label.setText(QCoreApplication.translate("EventForm", u"Place", None))
        self.doc_number_label.setText(QCoreApplication.translate("EventForm", u"Document number", None))
        self.expected_count_label.setText(QCoreApplication.translate("EventForm", u"Expected", None))
        self.present_count_label.setText(QCoreApplication.translate("EventForm", u"Present", None))
        self.participant_count_label.setText(QCoreApplication.translate("EventForm", u"Participations", None))
        self.conclusions_label.setText(QCoreApplication.translate("EventForm", u"Conclusions", None))
        self.summary_label.setText(QCoreApplication.translate("EventForm", u"Summary", None))
        ___qtablewidgetitem = self.people.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventForm", u"Role (chair / secretary / guest)", None))
        ___qtablewidgetitem1 = self.people.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventForm", u"Name", None))
        ___qtablewidgetitem2 = self.people.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EventForm", u"Position", None))
        ___qtablewidgetitem3 = self.people.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EventForm", u"Unit", None))
#if QT_CONFIG(tooltip)
        self.people.setToolTip(QCoreApplication.translate("EventForm", u"One person a row; a new row appears when the last one is used.", None))
#endif // QT_CONFIG(tooltip)
        self.children.setTabText(self.children.indexOf(self.people_tab), QCoreApplication.translate("EventForm", u"Chairs, secretary, guests", None))
        ___qtablewidgetitem4 = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EventForm", u"Time", None))
        ___qtablewidgetitem5 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("EventForm", u"Speaker", None))
        ___qtablewidgetitem6 = self.items.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("EventForm", u"Role", None))
        ___qtablewidgetitem7 = self.items.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("EventForm", u"Unit", None))
        ___qtablewidgetitem8 = self.items.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("EventForm", u"Content", None))
#if QT_CONFIG(tooltip)
        self.items.setToolTip(QCoreApplication.translate("EventForm", u"One programme item a row, in order.", None))
#endif // QT_CONFIG(tooltip)
        self.children.setTabText(self.children.indexOf(self.items_tab), QCoreApplication.translate("EventForm", u"Programme", None))
        ___qtablewidgetitem9 = self.unions.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("EventForm", u"Grassroots union (name or code)", None))
        ___qtablewidgetitem10 = self.unions.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("EventForm", u"Participants", None))
#if QT_CONFIG(tooltip)
        self.unions.setToolTip(QCoreApplication.translate("EventForm", u"The grassroots unions that took part and how many of their members did.", None))
#endif // QT_CONFIG(tooltip)
        self.children.setTabText(self.children.indexOf(self.unions_tab), QCoreApplication.translate("EventForm", u"Participating unions", None))
        ___qtablewidgetitem11 = self.results.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("EventForm", u"Contest", None))
        ___qtablewidgetitem12 = self.results.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("EventForm", u"Prize", None))
        ___qtablewidgetitem13 = self.results.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("EventForm", u"Winner (unit or person)", None))
        ___qtablewidgetitem14 = self.results.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("EventForm", u"Grassroots union (name or code)", None))
#if QT_CONFIG(tooltip)
        self.results.setToolTip(QCoreApplication.translate("EventForm", u"The prizes: contest, prize (Nh\u1ea5t, Nh\u00ec, Ba\u2026), who won it and their union.", None))
#endif // QT_CONFIG(tooltip)
        self.children.setTabText(self.children.indexOf(self.results_tab), QCoreApplication.translate("EventForm", u"Results", None))
    # retranslateUi

