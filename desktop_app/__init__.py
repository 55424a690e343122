"""Sổ Công đoàn: record keeping for Vietnamese upper-level trade unions."""

__version__ = "0.1.0"
APP_NAME = "SoCongDoan"
APP_TITLE = "Sổ Công đoàn"
