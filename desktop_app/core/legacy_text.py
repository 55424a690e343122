"""Vietnamese text typed in the old 8-bit encodings, back to Unicode (NFC).

Before Unicode, Vietnamese was typed with fonts that drew Vietnamese letters in place
of Western ones: ".VnTime" (TCVN3, the "ABC" encoding), "VNI-Times" (VNI: a letter
followed by a separate mark), VISCII and VPS fonts, or Windows-1258 (letters with
separate combining tone marks). Excel stores the characters the keyboard produced,
so a name typed as "Nguyễn Văn Đức" with .VnTime reads "NguyÔn V¨n §øc" in any other
font. Each old byte is stored as the Windows-1252 character with that number; this
module maps those characters back through each encoding's table.

No maintained Python library carries these tables (PyPI has none for TCVN3/VNI/VPS;
Python's own codecs know only cp1258), so they are data here, with their sources:

* TCVN3 (TCVN 5712:1993, VN3 — the ".VnTime" fonts): glibc iconv's TCVN5712-1 table,
  restricted to the VN3 repertoire (lower-case letters plus Ă Â Ê Ô Ơ Ư Đ; the capitals
  with tones come from the ".VnTimeH" fonts, which draw the same codes as capitals).
* VISCII (RFC 1456): glibc iconv's VISCII table.
* VPS: GNU recode 3.6's VPS table, which leaves out Ỗ; Ỗ is at 0x99 in the VPS chart
  (between Ổ 0x98 and ý 0x9A).
* VNI (VNI-Windows): the letter-plus-mark table of xvnkb (Đào Hải Lâm, vni.h), which
  GNU recode's "VNI" agrees with except for swapping the capitals Ắ/Ằ.
* Windows-1258: Python's ``cp1258`` codec, then NFC.

The tests check every table both ways on all 134 Vietnamese letters with diacritics
(upper and lower case) against iconv/recode where those know the encoding.

Detection (``convert``/``detect``) never touches text that is already good Unicode:
a conversion is taken only when it gives more valid Vietnamese syllables than the
text as it is (see ``score``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ENCODINGS = ("tcvn3", "vni", "viscii", "vps", "cp1258")
NAMES = {"tcvn3": "TCVN3", "vni": "VNI", "viscii": "VISCII", "vps": "VPS", "cp1258": "Windows-1258"}

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
_LOWER = "".join(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES) + "đ"
_ORDER = _LOWER + _LOWER.upper()   # 146 letters: the 134 with diacritics and a e i o u y in both cases
LETTERS = tuple(c for c in _ORDER if not c.isascii())  # the 134 Vietnamese letters with diacritics

# Byte of each letter of ``_ORDER`` ("--": not in the encoding).
_VISCII = bytes.fromhex(
    "61 e0 e1 e4 e3 d5 e5 a2 a1 c6 c7 a3 e2 a5 a4 a6 e7 a7 65 e8 e9 eb a8 a9 ea ab aa ac ad ae 69 ec ed ef ee b8"
    " 6f f2 f3 f6 f5 f7 f4 b0 af b1 b2 b5 bd b6 be b7 de fe 75 f9 fa fc fb f8 df d7 d1 d8 e6 f1 79 cf fd d6 db dc"
    " f0 41 c0 c1 c4 c3 80 c5 82 81 02 05 83 c2 85 84 86 06 87 45 c8 c9 cb 88 89 ca 8b 8a 8c 8d 8e 49 cc cd 9b ce"
    " 98 4f d2 d3 99 a0 9a d4 90 8f 91 92 93 b4 96 95 97 b3 94 55 d9 da 9c 9d 9e bf bb ba bc ff b9 59 9f dd 14 19"
    " 1e d0")
_VPS = bytes.fromhex(
    "61 e0 e1 e4 e3 e5 e6 a2 a1 a3 a4 a5 e2 c0 c3 c4 c5 c6 65 e8 e9 c8 eb cb ea 8a 89 8b cd 8c 69 ec ed cc ef ce"
    " 6f f2 f3 d5 f5 86 f4 d2 d3 b0 87 b6 d6 a9 a7 aa ab ae 75 f9 fa fb db f8 dc d8 d9 ba bb bf 79 ff 9a 9b cf 9c"
    " c7 41 80 c1 81 82 02 88 8e 8d 8f f0 04 c2 84 83 85 1c 03 45 d7 c9 de fe 05 ca 93 90 94 95 06 49 b5 b4 b7 b8"
    " 10 4f bc b9 bd be 11 d4 97 96 98 99 12 f7 9e 9d 9f a6 13 55 a8 da d1 ac 14 d0 af ad b1 1d 15 59 b2 dd fd b3"
    " 19 f1")
# TCVN3 (VN3): the lower-case letters of ``_LOWER``, then Ă Â Ê Ô Ơ Ư Đ.
_TCVN3_LOWER = bytes.fromhex(
    "61 b5 b8 b6 b7 b9 a8 bb be bc bd c6 a9 c7 ca c8 c9 cb 65 cc d0 ce cf d1 aa d2 d5 d3 d4 d6 69 d7 dd d8 dc de"
    " 6f df e3 e1 e2 e4 ab e5 e8 e6 e7 e9 ac ea ed eb ec ee 75 ef f3 f1 f2 f4 ad f5 f8 f6 f7 f9 79 fa fd fb fc fe"
    " ae")
_TCVN3_CAPITALS = dict(zip("ĂÂÊÔƠƯĐ", bytes.fromhex("a1 a2 a3 a4 a5 a6 a7")))
# VNI: the code of each letter of ``_LOWER`` (Latin-1 characters); the capitals are the
# same codes in capitals ("aø" à, "AØ" À).
_VNI_LOWER = ("a aø aù aû aõ aï aê aè aé aú aü aë aâ aà aá aå aã aä e eø eù eû eõ eï eâ eà eá eå eã eä"
              " i ì í æ ó ò o oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï u uø uù uû uõ uï"
              " ö öø öù öû öõ öï y yø yù yû yõ î ñ").split()


def _cp1252_char(b: int) -> str:
    """The character Windows (and so Excel) shows for byte ``b`` in a Western font; the five
    bytes cp1252 leaves undefined come through as the C1 control of the same number."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


CHAR_OF_BYTE = [_cp1252_char(b) for b in range(256)]
BYTE_OF_CHAR = {c: b for b, c in enumerate(CHAR_OF_BYTE)}
BYTE_OF_CHAR.update({chr(b): b for b in range(0x80, 0xA0)})  # C1 controls read as Latin-1
_SAFE_C0 = {0x09, 0x0A, 0x0D}


def _single_byte(table: bytes, letters: str) -> dict[str, str]:
    out = {}
    for letter, b in zip(letters, table):
        if b >= 0x80 or (b < 0x20 and b not in _SAFE_C0):
            out[CHAR_OF_BYTE[b]] = letter
    return out


def _tables() -> dict[str, dict[str, str]]:
    tcvn3 = _single_byte(_TCVN3_LOWER, _LOWER)
    tcvn3.update({CHAR_OF_BYTE[b]: letter for letter, b in _TCVN3_CAPITALS.items()})
    vni = {}
    for letter, code in zip(_LOWER, _VNI_LOWER):
        if not code.isascii():
            vni[code] = letter
            vni[code.upper()] = letter.upper()
    return {"tcvn3": tcvn3, "viscii": _single_byte(_VISCII, _ORDER), "vps": _single_byte(_VPS, _ORDER),
            "vni": vni}


TABLES = _tables()


def _cp1258_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1258")
    except UnicodeDecodeError:  # a byte cp1258 leaves undefined keeps its character
        return CHAR_OF_BYTE[b]


# the character Windows shows for a byte in a Western font -> what the byte means in cp1258
_CP1258 = {ord(c): _cp1258_char(b) for c, b in BYTE_OF_CHAR.items() if _cp1258_char(b) != c}
_PATTERNS = {name: re.compile("|".join(re.escape(k) for k in sorted(t, key=len, reverse=True)))
             for name, t in TABLES.items()}


def encode(text: str, encoding: str, *, upper_font: bool = False) -> str:
    """Unicode text as the legacy encoding shows it in a Western font (for tests and for
    making old-style files). ``upper_font``: TCVN3 as typed for a .VnTimeH font."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "cp1258":
        return "".join(CHAR_OF_BYTE[b] for b in _cp1258_bytes(text))
    if encoding == "tcvn3" and upper_font:
        text = text.lower()
    inverse = {v: k for k, v in TABLES[encoding].items()}
    if encoding == "vni":  # both cases are in the table; keep the code of the letter's own case
        inverse = {v: k for k, v in TABLES["vni"].items() if (k == k.upper()) == (v == v.upper())}
    out = []
    for ch in text:
        if ch in inverse:
            out.append(inverse[ch])
        elif encoding == "tcvn3" and ch.lower() in inverse:  # .VnTime has no "Á": typed as "á"
            out.append(inverse[ch.lower()])
        elif ch.isascii():
            out.append(ch)
        else:
            raise ValueError(f"{ch!r} cannot be written in {NAMES[encoding]}")
    return "".join(out)


def _cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps the tone as a separate combining mark after the letter."""
    out = bytearray()
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in _TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS))
        out += letter.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def decode(text: str, encoding: str, *, upper_font: bool = False) -> str:
    """``text`` read as the legacy ``encoding`` shown in a Western font → Unicode NFC.
    Characters that are not codes of the encoding stay as they are."""
    if encoding == "cp1258":
        out = unicodedata.normalize("NFC", text.translate(_CP1258))
    else:
        table = TABLES[encoding]
        out = _PATTERNS[encoding].sub(lambda m: table[m.group(0)], text)
        out = unicodedata.normalize("NFC", out)
    if upper_font:
        return out.upper()
    if encoding == "tcvn3":
        out = _capitalise(text, out)
    return out



def _capitalise(before: str, after: str) -> str:
    """A TCVN3 cell whose plain letters are all capitals was typed for a .VnTimeH font,
    which draws the lower-case codes as capitals: the whole cell is capitals."""
    # plain letters inside words, not only initials ("Lª Hµ" is "Lê Hà", not "LÊ HÀ")
    inner = [c for w in before.split() for c in w[1:] if c.isascii() and c.isalpha()]
    if len(inner) >= 2 and all(c.isupper() for c in inner) and after != after.upper():
        return after.upper()
    return after


def restore_capitals(texts: list[str]) -> list[str] | None:
    """TCVN3 has no capitals with tones outside the .VnTimeH fonts: a name typed in
    .VnTime writes "Ánh" as "¸nh" (shown "ánh"). In a column where nearly every cell has
    each word capitalised (names, places), the words that lost their capital get it
    back; returns None for other columns."""
    # the words that start with a plain letter show whether the column capitalises words
    multi = [[w for w in t.split() if w[0].isascii() and w[0].isalpha()] for t in texts if len(t.split()) >= 2]
    multi = [words for words in multi if words]
    titled = sum(all(w[0].isupper() for w in words) for words in multi)
    if not multi or titled < 0.8 * len(multi):
        return None
    return [" ".join(_capital(w) for w in t.split(" ")) for t in texts]


def _capital(word: str) -> str:
    if word and word[0].isalpha() and not word[0].isascii() and word[0].islower():
        return word[0].upper() + word[1:]
    return word


# --- is it Vietnamese? --------------------------------------------------------------

_ONSETS = sorted(("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                  "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"), key=len, reverse=True)
_RHYMES = set("""
a ai ao au ay ac ach am an ang anh ap at
ă ăc ăm ăn ăng ăp ăt
â âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu êng
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oong ooc
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oem oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut
ua uac uach uai uan uang uanh uao uat uay uăc uăm uăn uăng uăt
uân uâng uât uây uê uêch uênh uên uơ uy uya uych uyên uyêt uyn uynh uyp uyt uyu uya ue uen uet ueo
uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu ươ
y yêm yên yêng yêt yêu
""".split())
_STOPS = ("c", "ch", "p", "t")
_TONE_MARKS = set(_TONES[1:])


@lru_cache(maxsize=50_000)
def is_syllable(word: str) -> bool:
    """A written Vietnamese syllable (with or without its diacritics): onset, rhyme,
    at most one tone, a stop ending only with sắc or nặng, and plain casing
    (lower, Title or UPPER: "mÒ" is not a word)."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    d = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in d if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS))
    for onset in _ONSETS:
        if bare.startswith(onset):
            rhyme = bare[len(onset):]
            if onset == "q" and not rhyme.startswith("u"):
                continue
            if rhyme in _RHYMES or (onset == "gi" and ("i" + rhyme in _RHYMES or rhyme == "")):
                if tones and rhyme.endswith(_STOPS) and tones[0] not in ("\u0301", "\u0323"):
                    return False
                return True
    return False


_SPLIT = re.compile(r"[\s!-@\[-`{-~]+")


def score(text: str) -> int:
    """Valid Vietnamese syllables minus words with non-ASCII characters that are not
    syllables. Plain ASCII words that are not Vietnamese ("TNHH", "ABC") count 0."""
    total = 0
    for w in _SPLIT.split(text):
        if not w or not any(c.isalpha() for c in w):
            if w and not w.isascii():
                total -= 1  # a word of symbols only: "§"
            continue
        if is_syllable(w):
            total += 1
        elif not w.isascii():
            total -= 1
    return total


def could_be_legacy(text: str) -> bool:
    """Only characters an old 8-bit font could have produced, and at least one that is
    not ASCII: text with "ễ" or "ư" in it is Unicode already."""
    if text.isascii():
        return _LEGACY_C0.search(text) is not None
    return _NOT_LEGACY.search(text) is None


_LEGACY_C0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # VISCII and VPS put capitals there
_NOT_LEGACY = re.compile("[^" + re.escape("".join(sorted(BYTE_OF_CHAR))) + "]")


# --- fonts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FontHint:
    encoding: str
    upper: bool
    font: str


def font_hint(name: str | None) -> FontHint | None:
    """What an old Vietnamese font name says about the text typed in it."""
    if not name:
        return None
    n = name.strip()
    low = n.lower()
    if low.startswith(".vn"):
        return FontHint("tcvn3", n.endswith("H"), n)
    if low.startswith("vni-") or low.startswith("vni "):
        return FontHint("vni", False, n)
    if low.startswith("vps"):
        return FontHint("vps", False, n)
    if "viscii" in low:
        return FontHint("viscii", False, n)
    return None


UNICODE_FONT = {"tcvn3": "Times New Roman", "vni": "Times New Roman", "vps": "Times New Roman",
                "viscii": "Times New Roman", "cp1258": "Times New Roman"}


def unicode_font(name: str) -> str:
    """The Unicode font to show converted text in, keeping sans-serif fonts sans-serif."""
    low = name.lower()
    if any(k in low for k in ("arial", "helve", "avant", "univers", "swiss")):
        return "Arial"
    if "courier" in low:
        return "Courier New"
    return "Times New Roman"


# --- choosing a conversion --------------------------------------------------------------

def convert_cell(text: str, hint: FontHint | None = None, encoding: str | None = None, *,
                 ties: bool = True) -> str | None:
    """The Unicode text of a cell, or None when the cell should stay as it is.

    The font ``hint`` of the cell, or the ``encoding`` found for its column, says what to
    convert from; the cell is converted when that gives more valid syllables, and also
    when it gives as many if ``ties`` ("Vò" is a word, but in a TCVN3 column it is "Vũ";
    only a font or a column that is clearly old text justifies that)."""
    if not could_be_legacy(text):
        return text.upper() if hint and hint.upper and text != text.upper() else None
    enc = hint.encoding if hint else encoding
    if enc is None:
        return None
    out = decode(text, enc, upper_font=bool(hint and hint.upper))
    if out == text:
        return None
    before, after = score(text), score(out)
    return out if after > before or (after == before and (ties or hint is not None)) else None


@dataclass
class Guess:
    encoding: str | None
    improved: int = 0     # cells the conversion makes better
    candidates: int = 0   # cells an old font could have produced

    @property
    def strong(self) -> bool:
        """Clearly old text: then cells the conversion leaves as good as they were are
        converted too (a column with one old header over Unicode names is not)."""
        return self.encoding is not None and self.improved >= 3 and self.improved >= 0.8 * self.candidates


def guess_encoding(values, limit: int = 3000) -> Guess:
    """The legacy encoding of a column of text (distinct values, the first ``limit`` that
    could be legacy), or ``Guess(None)``: the encoding that gains the most valid syllables
    over the column, taken when it makes at least half the cells an old font could have
    produced better, and twice as many cells better as worse."""
    seen: set[str] = set()
    counts = {e: [0, 0, 0] for e in ENCODINGS}  # cells better, cells worse, total gain
    n = 0
    for v in values:
        if not isinstance(v, str) or v in seen or not could_be_legacy(v):
            continue
        seen.add(v)
        n += 1
        before = score(v)
        for e in ENCODINGS:
            out = decode(v, e)
            if out == v:
                continue
            after = score(out)
            counts[e][2] += after - before
            if after > before:
                counts[e][0] += 1
            elif after < before:
                counts[e][1] += 1
        if n >= limit:
            break
    best = max(ENCODINGS, key=lambda e: (counts[e][2], -ENCODINGS.index(e)))
    good, bad, gain = counts[best]
    if gain > 0 and good >= 2 * bad and 2 * good >= n:
        return Guess(best, good, n)
    return Guess(None, 0, n)
