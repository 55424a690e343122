"""Package facades that load their modules on first use.

The window starts in a fraction of a second only if it does not import what it does not
show yet: ReportLab (~0.1 s), cryptography, openpyxl. A facade such as
``core.reports.annual_pdf`` or ``core.backup.create_backup`` therefore resolves its name
when it is first read (PEP 562 module ``__getattr__``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``package.<homes[name]>``
    when ``name`` is first read, and keeps the value in the package."""
    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(importlib.import_module(package), name, value)
        return value
    return __getattr__
