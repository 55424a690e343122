"""Write the empty import templates into resources/templates/ (committed):

    .venv/bin/python scripts/make_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.excel.export import write_template  # noqa: E402

NAMES = {"members": "mau-nhap-doan-vien.xlsx", "unions": "mau-nhap-cong-doan-co-so.xlsx",
         "officers": "mau-nhap-can-bo-cong-doan.xlsx", "enrolments": "mau-nhap-hoc-vien-lop-tap-huan.xlsx"}


def main() -> int:
    out = ROOT / "resources" / "templates"
    out.mkdir(parents=True, exist_ok=True)
    for kind, name in NAMES.items():
        write_template(kind, out / name)
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
