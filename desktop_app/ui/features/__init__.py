"""Feature modules plugged into the main window.

Every module here defines ``install(window) -> None``; the main window imports each at
start-up and calls it (a failing one is reported on stderr and skipped). ``install``
adds actions with ``window.add_feature_actions(menu_key, *actions, toolbar=False)``.
"""
