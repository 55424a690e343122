"""Where the data lives: the SQLite file (``db``: connections, pragmas, audit, settings),
its numbered schema steps (``migrations``), the program's settings file (``config``) and the
user's folders (``paths``)."""
