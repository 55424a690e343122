"""The window and its big dialogs fit the screens officers have (``scripts/screens.py``,
one child process per screen: ``QT_SCALE_FACTOR`` and the screen size are fixed when Qt
starts). Screenshots land in the test's folder; ``docs/images/screens/`` keeps some."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SCREENS = [("1366x768", 1.0), ("1280x720", 1.0), ("1366x768", 1.25), ("1366x768", 1.5)]


@pytest.mark.parametrize(("screen", "scale"), SCREENS, ids=[f"{s}@{round(f * 100)}" for s, f in SCREENS])
def test_window_and_dialogs_fit_the_screen(screen, scale, demo_db_path, tmp_path):
    out = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screens.py"), "--screen", screen, "--scale", str(scale),
         "--out", str(out), "--db", str(demo_db_path)],
        cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    width, height = report["available"][2:]
    assert report["window"][2] <= width and report["window"][3] <= height
    assert set(report["dialogs"]) == {"member", "event", "import", "backup", "merge", "member_records", "preview"}
    shots = sorted(p.name for p in out.glob("*.png"))
    assert len(shots) == 12, shots     # five tabs, seven dialogs
