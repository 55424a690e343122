"""The floor for start-up: a bare PySide6 window with a tab widget and a table view,
shown, then the process exits — what any Qt program of this shape costs on this machine."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
view = QTableView()
view.setModel(QStandardItemModel(200, 8))
tabs.addTab(view, "Members")
window.setCentralWidget(tabs)
window.resize(1280, 760)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
