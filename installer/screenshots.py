"""Pictures of the first-run wizard pages, the settings dialog and the about box for the
documentation (docs/images/first_run_*.png), in Vietnamese, offscreen.

    QT_QPA_PLATFORM=offscreen python installer/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="scd-shots-"))
    os.environ["SOCONGDOAN_DATA_DIR"] = str(tmp / "SoCongDoan")
    os.environ["SOCONGDOAN_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.storage import config
    from desktop_app.core.storage.paths import resources_dir
    from desktop_app.ui import about, first_run, settings_dialog

    app = QApplication(sys.argv)
    for f in (resources_dir() / "fonts").glob("DejaVuSans*.ttf"):
        QFontDatabase.addApplicationFont(str(f))
    app.setFont(QFont("DejaVu Sans", 9))
    translators = []
    for qm in sorted((resources_dir() / "translations").glob("*_vi.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            app.installTranslator(tr)
            translators.append(tr)
    OUT.mkdir(parents=True, exist_ok=True)

    w = first_run.FirstRunWizard(config.Config())
    w.show()
    shots = []

    def shot(name):
        app.processEvents()
        path = OUT / f"first_run_{name}.png"
        w.grab().save(str(path))
        shots.append(path)

    shot("1_welcome")
    w.next()
    shot("2_data")
    w.data.folder.setText("/media/canbo/KINGSTON/SoCongDoan")
    w.next()
    shot("2b_usb_refused")
    w.data.folder.setText(str(tmp / "SoCongDoan"))
    w.next()
    w.start.demo.setChecked(True)
    shot("3_start")
    w.next()
    form = w.body.form
    form.name.setText("Liên đoàn Lao động quận Nam Từ Liêm")
    form.short_name.setText("LĐLĐ quận Nam Từ Liêm")
    form.parent_name.setText("Liên đoàn Lao động thành phố Hà Nội")
    form.parent_short_name.setText("LĐLĐ TP Hà Nội")
    form.place_name.setText("Nam Từ Liêm")
    shot("4_body")
    w.button(w.WizardButton.FinishButton).click()
    app.processEvents()

    dlg = settings_dialog.SettingsDialog(w.result_path)
    dlg.show()
    for i, name in enumerate(("settings_body", "settings_data")):
        dlg.tabs.setCurrentIndex(i)
        app.processEvents()
        path = OUT / f"first_run_{name}.png"
        dlg.grab().save(str(path))
        shots.append(path)
    dlg.reject()
    box = about.AboutDialog()
    box.show()
    app.processEvents()
    path = OUT / "first_run_about.png"
    box.grab().save(str(path))
    shots.append(path)
    for p in shots:
        print(p.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
