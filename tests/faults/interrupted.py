"""Child process for the leftover tests: runs one operation and, when its progress
reaches the phase named on the command line, says so and waits to be killed.

    python interrupted.py OPERATION STOP_AT ARGS...
    OPERATION: backup (LIVE DEST [PASSPHRASE]) | restore (BACKUP LIVE) | merge (LIVE SOURCE)
               | import (LIVE WORKBOOK)
"""

import sys
import time

from desktop_app.core.backup import archive, crypto

crypto.SCRYPT_LOG2N = 10
op, stop_at, *args = sys.argv[1:]


def progress(done, total, text=""):
    if stop_at and text == stop_at and done > 0:
        print(f"at {text}", flush=True)
        time.sleep(60)
    return True


print("started", flush=True)
if op == "backup":
    live, dest, *secret = args
    archive.create_backup(live, dest, passphrase=secret[0] if secret else None, staged=True, progress=progress)
elif op == "restore":
    backup, live = args
    archive.restore_backup(backup, live, progress=progress)
elif op == "merge":
    from desktop_app.core.merge.source import open_source
    from desktop_app.core.storage.db import open_db

    live, source = args
    with open_source(source, open_db(live)):
        print("at open", flush=True)
        time.sleep(60)
elif op == "import":
    from desktop_app.core.excel import importer
    from desktop_app.core.storage.db import open_db

    live, book = args
    db = open_db(live)
    importer.import_file(db, importer.open_source(book, "members"), dry_run=False, progress=progress)
    db.close()
print("finished", flush=True)
