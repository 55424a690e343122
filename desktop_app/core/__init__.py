"""The whole program minus the window. Never imports Qt."""
