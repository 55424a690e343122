"""Lines under a list that are not records: totals, notes, the place-and-date line and
the signature block ("Tổng cộng: 48 đoàn viên", "Người lập biểu", "Hà Nội, ngày 5 tháng 3
năm 2024", "TM. BAN CHẤP HÀNH", the signer's name).

Words are matched with their diacritics: folded, "Tổng cộng" would also match the
family name Tống ("Tống Công Minh"). Text typed without any diacritics ("Tong cong: 48")
is matched only in the forms a total takes (followed by a colon, a number or nothing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

# A total or subtotal row: may hold numbers in many columns, anywhere in the list.
_TOTAL = re.compile(r"^(tổng cộng|tổng số|tổng|cộng)(\s*[:.]|\s+\d|\s+(đoàn viên|cđcs|người|công đoàn)\b|\s*$)")
_TOTAL_ASCII = re.compile(r"^(tong cong|tong so|cong)(\s*[:.]|\s+\d|\s*$)")
# The start of what follows a list: notes, place and date, the signature block.
_FOOTER = re.compile(
    r"^(người lập|người ghi|người ký|người tổng hợp|xác nhận|ghi chú\s*:|lưu ý\s*:|nơi nhận|"
    r"t\.?m\.?\s|t/m\s|k\.?t\.?\s|\(ký|ký tên)")
# Titles over a signature: a role or a job in a data row too, so only on a nearly empty row.
_TITLE = re.compile(r"^(chủ tịch|phó chủ tịch|trưởng ban|thủ quỹ|kế toán|thủ trưởng( đơn vị)?)$")
_DATE_LINE = re.compile(r"(^|,\s*)ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{2,4}")
# In the signature block, a row with at most this many filled cells is still the block
# (the signers' names under their titles); a fuller row is data again.
_BLOCK_CELLS = 2


def _texts(cells: Sequence[Any]) -> list[str]:
    return [unicodedata.normalize("NFC", str(c)).strip().lower() for c in cells
            if isinstance(c, str) and c.strip()]


def _filled(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip() != "")


def is_total(cells: Sequence[Any]) -> bool:
    texts = _texts(cells)
    if not texts:
        return False
    first = texts[0]
    return bool(_TOTAL.match(first) or (first.isascii() and _TOTAL_ASCII.match(first)))


def starts_footer(cells: Sequence[Any]) -> bool:
    texts = _texts(cells)
    if not texts:
        return False
    if _FOOTER.match(texts[0]) or any(_DATE_LINE.search(t) for t in texts):
        return True
    return _filled(cells) <= _BLOCK_CELLS and all(_TITLE.match(t) for t in texts)


class FooterReader:
    """Tells, row by row from the top of the data, which rows are not records."""

    def __init__(self) -> None:
        self.in_footer = False

    def skip(self, cells: Sequence[Any]) -> bool:
        if is_total(cells):
            return True
        if starts_footer(cells):
            self.in_footer = True
            return True
        return self.in_footer and _filled(cells) <= _BLOCK_CELLS
