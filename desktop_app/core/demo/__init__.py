"""Demo data at district and city scale (``build_demo``); ``names`` holds the name lists."""

from desktop_app.core.demo.builder import SCALES, build_demo

__all__ = ["SCALES", "build_demo"]
