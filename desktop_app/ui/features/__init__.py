"""Feature modules: each defines ``install(window)`` (see the UI contract)."""
