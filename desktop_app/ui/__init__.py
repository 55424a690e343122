"""The Qt window. Everything here is thin over ``desktop_app.core``.

PySide6 6.12 on Python 3.11 gets the reference counts of the singletons wrong: every
call of a Qt method that returns nothing drops one reference to ``None`` and every
``Signal.emit()`` one to ``True`` (measured: ``QLineEdit.setText`` x50 -> None's count
-50). The wheels assume Python 3.12's immortal objects. After a few thousand calls the
interpreter aborts with "none_dealloc" / "bool_dealloc". We make the singletons
immortal the way 3.12 does, by giving them a reference count no program can use up.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 40


def _pin_singletons() -> None:
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    if sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, Ellipsis, NotImplemented):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcount.value < _PINNED:
            refcount.value += _PINNED


_pin_singletons()
