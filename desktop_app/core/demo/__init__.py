"""Demo data at district and city scale (``build_demo``); ``names`` holds the name lists."""

from desktop_app.core import lazy

__all__ = ["SCALES", "build_demo"]

__getattr__ = lazy.attributes(__name__, dict.fromkeys(__all__, "builder"))
