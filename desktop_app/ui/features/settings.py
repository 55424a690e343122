"""Window integration of the settings dialog and the licences/about box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.ui.features.host import FeatureHost


def install(window: FeatureHost) -> None:
    settings = QAction(QCoreApplication.translate("SettingsFeature", "&Settings…"), window)
    settings.setObjectName("action_settings")
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
    settings.setShortcut(QKeySequence("Ctrl+,") if preferences.isEmpty() else preferences)
    settings.setStatusTip(QCoreApplication.translate("SettingsFeature", "Managing body, data folder and language"))
    settings.triggered.connect(lambda: _settings(window))
    window.add_feature_actions("settings", settings)

    licences = QAction(QCoreApplication.translate("SettingsFeature", "&Licences…"), window)
    licences.setObjectName("action_licences")
    licences.setStatusTip(QCoreApplication.translate(
        "SettingsFeature", "Version, where your data is, and the licences of the components"))
    licences.triggered.connect(lambda: _about(window))
    window.add_feature_actions("help", licences)


def _settings(window) -> None:
    from desktop_app.ui.settings_dialog import show_settings
    show_settings(window)


def _about(window) -> None:
    from desktop_app.ui.about import show_about
    show_about(window)
