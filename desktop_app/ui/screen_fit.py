"""Windows and dialogs that fit the screens officers have: 1366×768 and 1280×720 laptops,
often at 125 % or 150 % display scaling (a 1366×768 screen at 150 % leaves 911×485
logical pixels above the taskbar). A size chosen for a large monitor is cut down to the
screen's free area; a form taller than that scrolls, with its OK/Cancel kept in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStyle, QVBoxLayout, QWidget

# Room for the window frame and a Windows title bar, which the free area does not count.
FRAME_WIDTH = 16
FRAME_HEIGHT = 48


def available(widget: QWidget | None = None) -> QRect:
    """The free area (without the taskbar) of the screen the widget is on, or will be."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room(widget: QWidget | None = None) -> QSize:
    """The largest client size whose frame still fits the free area."""
    free = available(widget)
    return QSize(free.width() - FRAME_WIDTH, free.height() - FRAME_HEIGHT)


def fit(widget: QWidget, width: int | None = None, height: int | None = None, *,
        minimum: tuple[int, int] | None = None, centre: bool = False) -> None:
    """Resize to ``width``×``height`` (default: the current size) but no larger than the
    screen allows; a ``minimum`` size is lowered to fit as well."""
    space = room(widget)
    if minimum is not None:
        widget.setMinimumSize(min(minimum[0], space.width()), min(minimum[1], space.height()))
    w = min(width if width is not None else widget.width(), space.width())
    h = min(height if height is not None else widget.height(), space.height())
    widget.resize(max(w, widget.minimumWidth()), max(h, widget.minimumHeight()))
    if centre:
        free = available(widget)
        widget.move(free.topLeft() + QPoint(max((free.width() - widget.width() - FRAME_WIDTH) // 2, 0),
                                            max((free.height() - widget.height() - FRAME_HEIGHT) // 2, 0)))


def on_screen(widget: QWidget) -> bool:
    """Whether the whole window (with an allowance for its frame) is inside the free area."""
    free = available(widget)
    g = widget.geometry()
    return (g.width() + FRAME_WIDTH <= free.width() and g.height() + FRAME_HEIGHT <= free.height()
            and free.contains(g.topLeft()) and free.contains(g.bottomRight()))


def scroll_if_too_tall(dialog: QWidget, keep_in_view: list[QWidget]) -> QScrollArea | None:
    """When the dialog's form cannot fit the screen's height, move its layout into a
    scroll area; the widgets in ``keep_in_view`` (OK/Cancel) stay below it, always seen.
    Returns the scroll area, or None when the form fits as it is."""
    layout: QLayout | None = dialog.layout()
    if layout is None or dialog.minimumSizeHint().height() <= room(dialog).height():
        return None
    for w in keep_in_view:
        layout.removeWidget(w)
    inner = QWidget()
    inner.setObjectName("scrolled_form")
    inner.setLayout(layout)  # Qt takes the layout, and its widgets, off the dialog
    area = QScrollArea(dialog)
    area.setObjectName("form_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(min(inner.minimumSizeHint().width() + bar + 4, room(dialog).width()))
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    for w in keep_in_view:
        outer.addWidget(w)
    return area
