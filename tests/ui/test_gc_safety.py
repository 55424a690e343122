"""The window is safe however it is built: no start-up switches the garbage collector
off, yet collections on worker threads while reports build and the overview computes
free no Qt object there (a segmentation fault would kill the subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("gc_stress.py")


def test_worker_thread_collections_do_not_crash_the_window(demo_db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(SCRIPT), str(demo_db_path), "6"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("ok 6 rounds"), done.stdout
