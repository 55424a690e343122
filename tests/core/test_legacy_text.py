"""The old Vietnamese encodings: every letter with every tone, both ways, against
independent tables where this machine has them (glibc iconv: TCVN5712-1, VISCII,
WINDOWS-1258; GNU recode: VPS, VNI), and no false detection on Unicode names."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata

import pytest

from desktop_app.core import legacy_text as L
from desktop_app.core.demo import names as N
from desktop_app.core.excel import legacy

TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ"


def test_the_134_letters():
    assert len(L.LETTERS) == 134
    assert len(set(L.LETTERS)) == 134
    assert sum(c.islower() for c in L.LETTERS) == 67
    assert all(unicodedata.is_normalized("NFC", c) for c in L.LETTERS)


def _typed(letter: str, encoding: str) -> tuple[str, bool]:
    """How the letter was typed: TCVN3 capitals with tones need the .VnTimeH font."""
    upper_font = encoding == "tcvn3" and letter.isupper() and letter not in TCVN3_CAPITALS
    return L.encode(letter, encoding, upper_font=upper_font), upper_font


@pytest.mark.parametrize("encoding", L.ENCODINGS)
def test_every_letter_both_ways(encoding):
    seen = {}
    for letter in L.LETTERS:
        code, upper_font = _typed(letter, encoding)
        assert code and not any(ord(c) > 0xFF and c not in L.BYTE_OF_CHAR for c in code)
        assert L.decode(code, encoding, upper_font=upper_font) == letter, (letter, code)
        if not upper_font:  # distinct letters have distinct codes (the lower-case font's)
            assert code not in seen, (letter, seen.get(code))
            seen[code] = letter
    # and back: each code of the table decodes to a letter that encodes to that code
    for code, letter in L.TABLES.get(encoding, {}).items():
        assert L.encode(letter, encoding) == code or (encoding == "tcvn3" and letter.isupper())


def _bytes(code: str) -> bytes:
    return bytes(L.BYTE_OF_CHAR[c] for c in code)


def _tool(name: str, args: list[str], data: bytes) -> bytes:
    if shutil.which(name) is None:
        pytest.skip(f"{name} is not installed")
    return subprocess.run([name, *args], input=data, capture_output=True, check=True).stdout


@pytest.mark.parametrize("encoding, charset", [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII"),
                                               ("cp1258", "WINDOWS-1258")])
def test_against_iconv(encoding, charset):
    letters = [c for c in L.LETTERS if encoding != "tcvn3" or c.islower() or c in TCVN3_CAPITALS]
    for letter in letters:
        ours = _bytes(L.encode(letter, encoding))
        back = _tool("iconv", ["-f", charset, "-t", "UTF-8"], ours).decode()
        assert unicodedata.normalize("NFC", back) == letter, (letter, ours)
    if encoding != "cp1258":  # iconv writes cp1258 precomposed where it can; we decode both
        for letter in letters:
            theirs = _tool("iconv", ["-f", "UTF-8", "-t", charset], letter.encode())
            assert L.decode("".join(L.CHAR_OF_BYTE[b] for b in theirs), encoding) == letter


def test_cp1258_precomposed_and_combining_both_decode():
    for letter in L.LETTERS:
        theirs = _tool("iconv", ["-f", "UTF-8", "-t", "WINDOWS-1258"], letter.encode())
        assert L.decode("".join(L.CHAR_OF_BYTE[b] for b in theirs), "cp1258") == letter


@pytest.mark.parametrize("encoding, charset", [("vps", "VPS"), ("vni", "VNI")])
def test_against_recode(encoding, charset):
    # recode 3.6 leaves Ỗ out of VPS and swaps the VNI capitals Ắ/Ằ (xvnkb and the
    # lower-case letters agree on "aé" = ắ)
    skip = {"vps": {"Ỗ"}, "vni": {"Ắ", "Ằ"}}[encoding]
    for letter in L.LETTERS:
        if letter in skip:
            continue
        theirs = _tool("recode", ["-f", f"UTF-8..{charset}"], letter.encode())
        assert _bytes(L.encode(letter, encoding)) == theirs, letter


def test_vnti_meh_upper_case_and_lower_font_capitals():
    assert L.decode("NguyÔn V¨n §øc", "tcvn3") == "Nguyễn Văn Đức"
    assert L.decode("nguyÔn v¨n §øc", "tcvn3", upper_font=True) == "NGUYỄN VĂN ĐỨC"
    assert L.decode("NGUYÔN V¨N §øC", "tcvn3") == "NGUYỄN VĂN ĐỨC"  # typed in capitals for .VnTimeH
    assert L.decode("Nguyeãn Vaên Ñöùc", "vni") == "Nguyễn Văn Đức"
    assert L.decode("NGUYEÃN VAÊN ÑÖÙC", "vni") == "NGUYỄN VĂN ĐỨC"


def test_font_names():
    assert L.font_hint(".VnTime") == L.FontHint("tcvn3", False, ".VnTime")
    assert L.font_hint(".VnTimeH").upper and L.font_hint(".VnArialH").upper
    assert not L.font_hint(".VnHelvetIns").upper
    assert L.font_hint("VNI-Times").encoding == "vni"
    assert L.font_hint("VPS Times").encoding == "vps"
    assert L.font_hint("VISCII Times").encoding == "viscii"
    assert L.font_hint("Times New Roman") is None and L.font_hint(None) is None
    assert L.unicode_font(".VnArial Narrow") == "Arial" and L.unicode_font(".VnTime") == "Times New Roman"


def demo_names(n: int, seed: int = 19) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        male = rnd.random() < 0.5
        middle = N.MIDDLE_M if male else N.MIDDLE_F
        family = rnd.choices([f for f, _ in N.FAMILY], [w for _, w in N.FAMILY])[0]
        mid = rnd.choices([m for m, _ in middle], [w for _, w in middle])[0]
        out.append(f"{family} {mid} {rnd.choice(N.GIVEN_M if male else N.GIVEN_F)}")
    return out


def test_unicode_names_are_never_touched():
    names = demo_names(10_000)
    rows = [[n, rnd_place] for n, rnd_place in zip(names, N.DISTRICTS * 400)]
    assert legacy.find(rows) == []
    # nor any name alone, as a one-cell column
    assert [n for n in names if L.guess_encoding([n]).encoding is not None] == []
    # nor any other text of the demo: places, streets, firms, jobs, course topics
    others = sorted(set(_strings([v for k, v in vars(N).items() if k.isupper()])))
    assert len(others) > 200
    assert [t for t in others if L.guess_encoding([t]).encoding is not None] == []
    assert legacy.find([[t] for t in others]) == []


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


@pytest.mark.parametrize("encoding", L.ENCODINGS)
def test_a_column_of_names_in_each_encoding_comes_back_exactly(encoding):
    names = demo_names(2_000, seed=7)
    rows = [[L.encode(n, encoding)] for n in names]
    found = legacy.find(rows)
    assert [f.encoding for f in found] == [encoding]
    back = [found[0].cells.get(r, rows[r][0]) for r in range(len(rows))]
    assert back == names


def test_score_prefers_real_syllables():
    assert L.is_syllable("Nguyễn") and L.is_syllable("quốc") and L.is_syllable("giữa")
    assert not L.is_syllable("mÒ") and not L.is_syllable("NguyÔn") and not L.is_syllable("tiêp̀")
    assert L.score("Nguyễn Văn Đức") == 3
    assert L.score("NguyÔn V¨n §øc") < 0
    assert L.score("Công ty TNHH ABC") == 2  # TNHH and ABC count nothing


def test_initials_alone_do_not_make_a_cell_capitals():
    assert L.decode("Lª Hµ", "tcvn3") == "Lê Hà"
    assert L.decode("NGUYÔN THÞ H¶I", "tcvn3") == "NGUYỄN THỊ HẢI"
