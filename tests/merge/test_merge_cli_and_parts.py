"""The merge command line, the history combination rules and the translation file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from desktop_app.cli.main import main
from desktop_app.core.merge.history import combine, in_order
from desktop_app.core.storage.paths import resources_dir


def test_cli_dry_run_conflicts_choices_and_merge(files, tmp_path, capsys):
    a, b = str(files["a"]), str(files["c"])
    out = tmp_path / "conflicts.json"
    assert main(["merge", "--db", a, b, "--dry-run", "--write-conflicts", str(out)]) == 0
    text = capsys.readouterr().out
    assert "dry run: nothing was changed" in text and "20 added" in text
    conflicts = json.loads(out.read_text(encoding="utf-8"))
    assert conflicts and {"key", "ours", "theirs", "theirs_updated", "choice"} <= set(conflicts[0])
    for c in conflicts:
        c["choice"] = "ours"
    out.write_text(json.dumps(conflicts), encoding="utf-8")
    assert main(["merge", "--db", a, b, "--choices", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["committed"] and report["sources"][0]["added"]["members"] == 20
    assert all(c["choice"] == "ours" for c in report["sources"][0]["conflicts"])
    assert main(["merge", "--db", a, b]) == 0
    assert "nothing to merge" in capsys.readouterr().out


def test_cli_one_line_errors(files, tmp_path, capsys):
    bad = tmp_path / "word.sqlite3"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    assert main(["merge", "--db", str(files["a"]), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    choices = tmp_path / "c.json"
    choices.write_text("{not json")
    assert main(["merge", "--db", str(files["a"]), str(files["b"]), "--choices", str(choices)]) == 1
    assert capsys.readouterr().err.startswith("error: cannot read choices")


def row(kind, day, union=None, uid=None):
    return {"kind": kind, "on_date": day, "union_id": union, "uid": uid}


def test_combine_interleaves_in_date_order_without_duplicates():
    ours = [row("join", "2015-01-01", 1, "a1"), row("transfer", "2019-03-01", 2, "a2")]
    theirs = [row("join", "2015-01-01", 1, "x"), row("leave", "2021-05-01"), row("join", "2010-02-02", 9)]
    theirs.sort(key=lambda r: r["on_date"])
    combined, new = combine(ours, theirs)
    assert [r["on_date"] for r in combined] == ["2010-02-02", "2015-01-01", "2019-03-01", "2021-05-01"]
    assert len(new) == 2 and in_order(combined)
    assert combine(ours, [dict(r) for r in ours]) == (ours, [])


def test_combine_puts_a_same_day_exit_before_the_other_files_entry():
    ours = [row("join", "2020-01-01", 1), row("join", "2024-06-01", 5)]
    theirs = [row("join", "2015-01-01", 7), row("transfer_out", "2024-06-01")]
    combined, _ = combine(ours, theirs)
    assert [r["kind"] for r in combined] == ["join", "join", "transfer_out", "join"]
    assert combined[-1]["union_id"] == 5


def test_translation_complete_and_compiled():
    ts = resources_dir() / "translations" / "merge_vi.ts"
    assert ts.with_suffix(".qm").stat().st_size > 1000
    tree = ET.parse(ts)
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    for m in messages:
        t = m.find("translation")
        assert t.get("type") not in ("unfinished", "obsolete"), m.findtext("source")
        assert (t.text or "").strip() or t.find("numerusform") is not None


def test_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "merge_vi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MergeFeature", "Merge another file…") == "Gộp tệp khác vào…"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_sector_counts_are_as_of_the_date(demo_db):
    """by_sector_as_of passes named parameters; they must bind (they used to bind the
    string "d", which counted every row whatever the date)."""
    from desktop_app.core import stats
    for day in ("2018-05-31", "2024-12-31"):
        assert sum(s["members"] for s in stats.by_sector_as_of(demo_db, day)) == stats.members_as_of(demo_db, day)
        assert sum(s["unions"] for s in stats.by_sector_as_of(demo_db, day)) == stats.unions_as_of(demo_db, day)


def test_uid_matches_are_reserved_before_natural_keys():
    from desktop_app.core.merge.match import MemberIndex
    ours = [{"id": 1, "uid": "u1", "cccd": "001090000001", "name_folded": "an", "birth_date": "1990-01-01"}]
    theirs = [{"id": 7, "uid": "new", "cccd": "001090000001", "name_folded": "an", "birth_date": "1990-01-01"},
              {"id": 8, "uid": "u1", "cccd": None, "name_folded": "an", "birth_date": "1990-01-01"}]
    index = MemberIndex(ours)
    reserved = index.reserve_uids(theirs)
    assert index.find(theirs[0], reserved) == (None, "new")
    assert index.find(theirs[1], reserved) == (1, "uid")


def test_prefer_ours_and_theirs(files, scenario):
    from desktop_app.core.merge.engine import merge_files
    from desktop_app.core.storage.db import open_db
    from desktop_app.core.text import fold
    db = open_db(files["a"])
    try:
        uid = scenario.info["c_dup_cccd"]
        name = db.execute("SELECT full_name FROM members WHERE uid = ?", [uid]).fetchone()[0]
        ours = merge_files(db, [files["c"]], prefer="ours", dry_run=True)
        assert ours.conflicts and all(c.choice == "ours" for c in ours.conflicts)
        theirs = merge_files(db, [files["c"]], prefer="theirs")
        assert all(c.choice == "theirs" for c in theirs.conflicts)
        merged_name = db.execute("SELECT full_name FROM members WHERE uid = ?", [uid]).fetchone()[0]
        assert merged_name == fold(name).title() != name
        # the search index follows the new name
        assert db.execute("SELECT count(*) FROM members_fts WHERE members_fts MATCH ?",
                          [f'full_name:"{merged_name.split()[-1]}"']).fetchone()[0] >= 1
    finally:
        db.close()
