"""Python's garbage collector, run on the UI thread only.

Left automatic, a collection can start on whichever thread happens to allocate, such as
a worker computing the overview; a Qt object collected there is deleted from the wrong
thread or deferred to a later event loop, and a dialog freed that way crashed the
process. The usual cure for Qt programs: switch automatic collection off and collect
from a timer on the UI thread when the collector's own thresholds say it is time.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 0
            if counts[1] > self.threshold[1]:
                generation = 2 if counts[2] > self.threshold[2] else 1
            gc.collect(generation)
