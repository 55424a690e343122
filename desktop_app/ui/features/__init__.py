"""Feature modules plugged into the main window, named in ``FEATURES``.

Every module here defines ``install(host: FeatureHost) -> None`` and uses of the window
only what ``FeatureHost`` (``features/host.py``) lists. The window installs them in
the order of ``FEATURES``; one that fails to import or install is left out and
returned by ``install_all`` so that the window tells the user (and a test sees it).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

# Menus fill in this order (the Help menu: shortcuts and About before Licences).
FEATURES = ("backup", "excel", "help", "merge", "registers", "reports", "settings", "statistics")


@dataclass(frozen=True)
class FeatureFailure:
    name: str
    error: BaseException


def install_all(host, names: tuple[str, ...] | None = None) -> list[FeatureFailure]:
    failures = []
    for name in FEATURES if names is None else names:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
            module.install(host)
        except Exception as e:  # noqa: BLE001 - the window opens without it and says so
            failures.append(FeatureFailure(name, e))
    return failures
