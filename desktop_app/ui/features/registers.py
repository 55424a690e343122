"""Records menu: the registers kept beside the lists (awards, congresses, dues), each
in its own dialog. A change made there is undone by Edit → Undo like any other edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from desktop_app.core.work import Changes
from desktop_app.ui import registers
from desktop_app.ui.features.host import FeatureHost

C = "RegistersFeature"


def _on_change(window: FeatureHost, kind: str) -> Callable[[str, Callable[[Any], None]], None]:
    def changed(description: str, undo: Callable[[Any], None]) -> None:
        window.push_undo(description, undo)
        window.apply_changes(Changes.of(kind))
    return changed


def open_awards(window: FeatureHost) -> None:
    from desktop_app.ui.awards_register import AwardsRegister

    key = window.current_tab_key()
    member = window.selected_id("members") if key == "members" else None
    union = window.selected_id("unions") if key == "unions" else None
    registers.show(AwardsRegister(window, window.db, _on_change(window, "awards"), union_id=union, member_id=member))


def open_congresses(window: FeatureHost) -> None:
    from desktop_app.ui.congresses_register import CongressesRegister

    union = window.selected_id("unions") if window.current_tab_key() == "unions" else None
    registers.show(CongressesRegister(window, window.db, _on_change(window, "congresses"), union_id=union))


def open_dues(window: FeatureHost) -> None:
    from desktop_app.ui.dues_register import DuesRegister

    union = window.selected_id("unions") if window.current_tab_key() == "unions" else None
    registers.show(DuesRegister(window, window.db, _on_change(window, "dues"), union_id=union))


def open_audit(window: FeatureHost) -> None:
    from desktop_app.ui.audit_viewer import AuditViewer

    registers.show(AuditViewer(window, window.db))


def open_custom_fields(window: FeatureHost) -> None:
    from desktop_app.ui.custom_fields_register import CustomFieldsRegister

    def changed(description: str, undo: Callable[[Any], None]) -> None:
        window.push_undo(description, undo)
        window.apply_changes(Changes.of("members", "unions"))
    registers.show(CustomFieldsRegister(window, window.db, changed))


ACTIONS = (
    ("action_register_awards", QT_TRANSLATE_NOOP("RegistersFeature", "&Awards…"),
     QT_TRANSLATE_NOOP("RegistersFeature", "Awards to unions and members: proposals, decisions, the list to send up"),
     open_awards),
    ("action_register_congresses", QT_TRANSLATE_NOOP("RegistersFeature", "&Congresses and terms…"),
     QT_TRANSLATE_NOOP("RegistersFeature", "Congresses of the grassroots unions, their terms, the unions due"),
     open_congresses),
    ("action_register_dues", QT_TRANSLATE_NOOP("RegistersFeature", "&Dues and fund status…"),
     QT_TRANSLATE_NOOP("RegistersFeature", "Đoàn phí and kinh phí công đoàn due and remitted by each union"),
     open_dues),
    ("action_register_audit", QT_TRANSLATE_NOOP("RegistersFeature", "Audit &log…"),
     QT_TRANSLATE_NOOP("RegistersFeature", "Who changed what and when: edits of the registers, imports, exports, "
                                           "backups, merges"),
     open_audit),
    ("action_register_custom_fields", QT_TRANSLATE_NOOP("RegistersFeature", "&Fields of your own…"),
     QT_TRANSLATE_NOOP("RegistersFeature", "Add fields of your own to members and unions (text, number, date, choice)"),
     open_custom_fields),
)


def install(window: FeatureHost) -> None:
    actions = []
    for name, label, tip, handler in ACTIONS:
        action = QAction(QCoreApplication.translate(C, label), window)
        action.setObjectName(name)
        action.setStatusTip(QCoreApplication.translate(C, tip))
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        actions.append(action)
    window.add_feature_actions("records", *actions)
