from __future__ import annotations

import time
import zipfile

import pytest

from desktop_app.core.errors import UserError
from desktop_app.core.excel import importer as I
from desktop_app.core.excel import read as R
from tests.excel.conftest import db_hash, make_book


def test_not_a_workbook(tmp_path, db):
    for name, data in (("a.xlsx", b"hello, this is text"), ("b.xlsx", b""), ("c.xlsx", b"PK\x03\x04broken")):
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(UserError):
            I.open_source(p, "members")
    z = tmp_path / "d.xlsx"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(UserError, match="not an Excel"):
        R.read_sheet(z)
    with pytest.raises(UserError, match="no such file"):
        R.read_sheet(tmp_path / "missing.xlsx")


def _xlsx_with_sheet(path, sheet_xml_chunks, extra=None):
    """A minimal workbook whose sheet XML is streamed from ``sheet_xml_chunks``."""
    ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="applicati'
          'on/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relations'
            'hips"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relations'
            'hips/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relati'
              'onships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/rel'
              'ationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("xl/workbook.xml", wb)
        zf.writestr("xl/_rels/workbook.xml.rels", wbrels)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            for chunk in sheet_xml_chunks:
                f.write(chunk)
    return path


HEAD = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData>')
TAIL = b"</sheetData></worksheet>"


def test_million_rows_refused_quickly(tmp_path, db):
    def chunks():
        yield HEAD
        yield b'<row r="1"><c r="A1" t="inlineStr"><is><t>H\xe1\xbb\x8d t\xc3\xaan</t></is></c></row>'
        for start in range(2, 1_000_002, 50_000):
            yield b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i)
                           for i in range(start, start + 50_000))
        yield TAIL
    path = _xlsx_with_sheet(tmp_path / "big.xlsx", chunks())
    before = db_hash(db)
    started = time.perf_counter()
    with pytest.raises(UserError, match="more than 300,000 rows"):
        I.open_source(path, "members")
    assert time.perf_counter() - started < 5
    assert db_hash(db) == before


def test_zip_bomb_refused(tmp_path):
    def chunks():
        yield HEAD
        zeros = b" " * (1 << 20)
        for _ in range(80):  # 80 MB of spaces compress about 1000:1
            yield zeros
        yield TAIL
    path = _xlsx_with_sheet(tmp_path / "bomb.xlsx", chunks())
    assert path.stat().st_size < 2_000_000
    started = time.perf_counter()
    with pytest.raises(UserError, match="zip bomb"):
        R.read_sheet(path)
    assert time.perf_counter() - started < 2


def test_xml_bomb_refused(tmp_path):
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
           b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>')
    path = _xlsx_with_sheet(tmp_path / "lol.xlsx", [lol, TAIL])
    with pytest.raises(UserError, match="XML bomb"):
        R.read_sheet(path)
    shared = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><sst/>')
    path = _xlsx_with_sheet(tmp_path / "lol2.xlsx", [HEAD, TAIL], {"xl/sharedStrings.xml": shared})
    with pytest.raises(UserError, match="XML bomb"):
        R.read_sheet(path)


def test_sheet_choice_and_first_sheet_with_data(tmp_path):
    path = make_book(tmp_path / "x.xlsx", [], sheet="Trống", extra_sheets={"Đoàn viên": [["Họ tên"], ["A"]]})
    assert R.read_sheet(path).name == "Đoàn viên"
    assert R.read_sheet(path, "Trống").rows in ([], [[""]], [[]])
    with pytest.raises(UserError, match="no sheet named"):
        R.read_sheet(path, "Khác")
    assert R.sheet_names(path) == ["Trống", "Đoàn viên"]


def _ods(path, rows_xml: str):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="DS">'
               f'{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
    return path


CELL = '<table:table-cell office:value-type="string"{}><text:p>{}</text:p></table:table-cell>'
REP50 = ' table:number-columns-repeated="50"'
REP1000 = ' table:number-columns-repeated="1000"'


def test_ods_repeated_rows_refused_but_trailing_empty_rows_fine(tmp_path):
    """A few hundred bytes of .ods can claim two million filled rows: refused before reading."""
    bomb = _ods(tmp_path / "rep.ods", f"<table:table-row>{CELL.format('', 'Họ và tên')}</table:table-row>"
                '<table:table-row table:number-rows-repeated="2000000">'
                f"{CELL.format(REP50, 'Lê Văn Tám')}</table:table-row>")
    started = time.perf_counter()
    with pytest.raises(UserError, match="more than 300,000 rows"):
        R.read_sheet(bomb)
    assert time.perf_counter() - started < 2
    wide = _ods(tmp_path / "wide.ods", '<table:table-row table:number-rows-repeated="200000">'
                f"{CELL.format(REP1000, 'x')}</table:table-row>")
    with pytest.raises(UserError, match="far more than a list holds"):
        R.read_sheet(wide)
    fine = _ods(tmp_path / "fine.ods", f"<table:table-row>{CELL.format('', 'Họ và tên')}</table:table-row>"
                f"<table:table-row>{CELL.format('', 'Lê Văn Tám')}"
                '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
                '<table:table-row table:number-rows-repeated="1048574">'
                '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    assert R.read_sheet(fine).rows[:2] == [["Họ và tên"], ["Lê Văn Tám"]]


def test_far_away_cell_refused(tmp_path):
    """Two cells, A1 and XFD250000, would make a reader allocate 4 billion cells."""
    xml = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
           b'<row r="250000"><c r="XFD250000"><v>1</v></c></row>')
    path = _xlsx_with_sheet(tmp_path / "far.xlsx", [HEAD, xml, TAIL])
    with pytest.raises(UserError, match="far more than a list holds"):
        R.read_sheet(path)


def test_ods_and_openpyxl_free_reading(tmp_path):
    """calamine reads .ods too: a tiny OpenDocument sheet written by hand."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="DS">'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p>'
               '</table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string">'
               '<text:p>Lê Văn Tám</text:p></table:table-cell></table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    path = tmp_path / "x.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
    sheet = R.read_sheet(path)
    assert sheet.rows == [["Họ và tên"], ["Lê Văn Tám"]]
