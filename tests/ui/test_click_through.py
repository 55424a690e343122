"""Every control of the main window clicked, as a user would (see ``walk_window.py``).

Each pass runs in a child process: a crash inside Qt (a segfault, an abort) then fails
this test with the child's output instead of ending the whole test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WALK = Path(__file__).with_name("walk_window.py")
ROOT = Path(__file__).parents[2]


def run_walk(mode: str, tmp_path: Path, database: str = "district") -> dict:
    report = tmp_path / f"walk-{mode}.json"
    env = dict(os.environ, CLICK_WALK_MODE=mode, CLICK_WALK_REPORT=str(report), QT_QPA_PLATFORM="offscreen",
               PYTHONFAULTHANDLER="1", CLICK_WALK_DB=database)
    proc = subprocess.run([sys.executable, "-m", "pytest", str(WALK), "-q", "-p", "no:cacheprovider",
                           "-W", "ignore::pytest.PytestCollectionWarning", "--basetemp", str(tmp_path / "walk")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    output = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines()
                       if "propagateSizeHints" not in line)
    assert proc.returncode == 0, f"the {mode} walk failed (exit {proc.returncode}):\n{output[-8000:]}"
    result = json.loads(report.read_text(encoding="utf-8"))
    print(f"{mode} walk ({database}): {result['clicks']} controls clicked, "
          f"{result['dialogs']} dialogs and menus answered, {result['seconds']} s")
    return result


@pytest.mark.parametrize("mode", ["patient", "impatient"])
def test_click_every_control(mode, tmp_path):
    result = run_walk(mode, tmp_path)
    assert result["errors"] == [] and result["no_effect"] == []
    # 4 list tabs x 2 selection states + the overview, each with its buttons and ~35 actions
    # (the patient pass also clicks the buttons inside each dialog the window opens).
    assert result["clicks"] > 250


def test_click_every_control_of_an_empty_database(tmp_path):
    """The first start without demo data: no row to select anywhere."""
    result = run_walk("patient", tmp_path, database="empty")
    assert result["errors"] == [] and result["no_effect"] == []
    assert result["clicks"] > 150
