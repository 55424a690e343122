"""A dialog dropped while work runs is deleted on the UI thread (``ui/operations`` pauses
automatic garbage collection while a worker runs). Before, the worker's collection
deleted it there and the process crashed: in a child process, so a crash fails only
this test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("dropped_dialog_gc.py")


def test_a_dialog_dropped_during_work_is_deleted_on_the_ui_thread(demo_db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    done = subprocess.run([sys.executable, str(SCRIPT), str(demo_db_path)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("deleted on MainThread work [300000]"), done.stdout
