"""Per-user settings that live outside the database: which database file to open,
the interface language, recently opened files.

A small JSON file in the user config folder, written atomically. The command line
reads it too, so ``python -m desktop_app backup create ...`` acts on the same file
the window opens.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME
from desktop_app.core.storage.files import atomic_write

MAX_RECENT = 8


@dataclass
class Config:
    db_path: str | None = None       # None: socongdoan.sqlite3 in the user data folder
    language: str = "vi"             # "vi" or "en"
    recent_files: list[str] = field(default_factory=list)
    first_run_done: bool = False


def config_path() -> Path:
    override = os.environ.get("SOCONGDOAN_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return folder / "config.json"


def load() -> Config:
    """The saved settings; defaults when the file is missing or unreadable."""
    try:
        raw = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Config()
    known = {k: v for k, v in raw.items() if k in Config.__dataclass_fields__}
    try:
        return Config(**known)
    except TypeError:
        return Config()


def save(config: Config) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "w", encoding="utf-8") as f:
        json.dump(asdict(config), f, ensure_ascii=False, indent=2)


def remember_file(config: Config, path: str | Path) -> Config:
    """Put ``path`` first in the recent files list."""
    text = str(Path(path).resolve())
    config.recent_files = [text] + [p for p in config.recent_files if p != text][: MAX_RECENT - 1]
    return config
