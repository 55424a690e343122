"""Turning what people typed into Excel cells into clean values.

Each function takes the raw cell value as calamine gives it (str, float, int, bool,
date, datetime; '' for an empty cell) and returns the clean value or None for a
blank cell. A value that cannot be understood raises ``ValidationError`` with the
reason shown in the import report. ``Notice`` carries a value plus a warning for
the report when something was repaired or dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import Message
from desktop_app.core.text import EXCEL_EPOCH, fold, normalise_phone, parse_date
from desktop_app.core.vocabulary import SEX


def clean(value: object) -> str:
    """``text.clean`` (NFC, trimmed, single spaces) with a fast path for clean input."""
    if value is None:
        return ""
    s = str(value)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())

_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@])")


class Notice:
    """A cleaned value with a warning for the report ("CCCD: leading zeros restored")."""

    __slots__ = ("value", "warning")

    def __init__(self, value: Any, warning: str):
        self.value = value
        self.warning = warning


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """NFC, trimmed, spaces collapsed; a number typed as 12.0 comes back as '12';
    the apostrophe our exports put before = + - @ is taken off again."""
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, (dt.datetime, dt.date)):
        value = value.strftime("%d/%m/%Y")
    out = clean(value)
    if out[:1] == "'":
        out = _FORMULA_GUARD.sub("", out)
    return out or None


_VN_LONG = re.compile(r"^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4}|\d{2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/\-.](\d{4})$")
_TIME_TAIL = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$", re.IGNORECASE)


def date(value: Any, field: str, earliest: dt.date = dt.date(1900, 1, 1),
         latest: dt.date | None = None) -> str | Notice | None:
    """An ISO date from a real date cell, an Excel serial or text in the usual
    Vietnamese forms (12/03/1985, 12-3-1985, 12.03.85, "ngày 12 tháng 3 năm 1985").

    A bare year (1985) or month/year is not a date: it is dropped with a warning
    rather than invented.
    """
    if blank(value):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "date.not_a_date", value=repr(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if number.is_integer() and 1900 <= number <= 2100:
            return Notice(None, Message("date.only_year", year=int(number)))
        if not number.is_integer() and number > 1:
            number = float(int(number))  # a date-time serial: keep the day
        d = parse_date(number, field)
        floor = SERIAL_FLOOR.get(field, SERIAL_FLOOR[""])
        if d is not None and d < floor:
            # An age ("31") or a count typed in a date column reads as a day of 1900.
            raise ValidationError(field, "excel.number_not_date", value=_number_text(value))
    elif isinstance(value, dt.datetime):
        d = value.date()
    elif isinstance(value, dt.date):
        d = value
    else:
        t = clean(value)
        m = _DMY.match(t)
        if m:
            year = int(m[3])
            if len(m[3]) == 2:
                year += 2000 if year <= dt.date.today().year % 100 else 1900
            try:
                d = dt.date(year, int(m[2]), int(m[1]))
            except ValueError:
                raise ValidationError(field, "date.impossible", value=repr(t)) from None
            return _bounded(d, field, earliest, latest)
        t = _TIME_TAIL.sub("", t)
        m = _VN_LONG.match(fold(t))
        if m:
            try:
                d = dt.date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                raise ValidationError(field, "date.impossible", value=repr(t)) from None
        elif re.fullmatch(r"\d{4}", t) and 1900 <= int(t) <= 2100:
            return Notice(None, Message("date.only_year", year=t))
        elif _MONTH_YEAR.match(t):
            return Notice(None, Message("date.only_month_year", value=t))
        else:
            d = parse_date(t, field)
    if d is None:
        return None
    return _bounded(d, field, earliest, latest)


# The earliest date an Excel serial number may stand for: people born before 1920 are
# not on today's lists, and the union's history here starts in 1930.
SERIAL_FLOOR = {"": dt.date(1920, 1, 1), "joined_on": dt.date(1930, 1, 1), "founded_on": dt.date(1930, 1, 1)}


def _number_text(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _bounded(d: dt.date, field: str, earliest: dt.date, latest: dt.date | None) -> str:
    if d < earliest:
        raise ValidationError(field, "date.before", day=format(d, '%d/%m/%Y'), earliest=format(earliest, '%d/%m/%Y'))
    if latest is not None and d > latest:
        raise ValidationError(field, "date.in_future", day=format(d, '%d/%m/%Y'))
    return d.isoformat()


# Province codes that begin a 12-digit CCCD: 001 (Hà Nội) to 096 (Cà Mau).
def _province_ok(digits: str) -> bool:
    return 1 <= int(digits[:3]) <= 96


def cccd(value: Any, birth_date: str | None = None) -> str | Notice | None:
    """A 12-digit CCCD. Restores leading zeros Excel dropped (the number 1085012345 is
    CCCD 001085012345: every CCCD starts with a 0 province code), accepts floats and
    scientific notation that still hold every digit; refuses what lost digits."""
    if blank(value):
        return None
    warning = None
    if isinstance(value, bool):
        raise ValidationError("cccd", "excel.not_id_number", value=repr(value))
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            raise ValidationError("cccd", "excel.not_id_number", value=repr(value))
        digits = str(int(value))
    elif isinstance(value, int):
        digits = str(value)
    else:
        t = clean(value).replace(" ", "").replace(".", "").replace("-", "") if not re.search(
            r"[eE][+]?\d", str(value)) else clean(value).replace(" ", "")
        t = t.lstrip("'")
        if re.fullmatch(r"\d+", t):
            digits = t
        else:
            m = re.fullmatch(r"(\d+)(?:[.,](\d+))?[eE]\+?(\d+)", t)
            if not m:
                raise ValidationError("cccd", "excel.cccd_not_12_digits", value=repr(clean(value)))
            significant = len((m[1] + (m[2] or "")).lstrip("0"))
            if significant < 9:
                raise ValidationError("cccd", "excel.cccd_lost_digits", value=repr(clean(value)))
            try:
                digits = str(int(Decimal(t.replace(",", "."))))
            except (InvalidOperation, ValueError):
                raise ValidationError("cccd", "excel.cccd_not_12_digits", value=repr(clean(value))) from None
            warning = Message("excel.cccd_scientific_converted")
    if len(digits) == 12:
        out = digits
    elif len(digits) in (10, 11) and _province_ok(digits.zfill(12)):
        out = digits.zfill(12)
        warning = Message("excel.cccd_zeros_restored", digits=digits, cccd=out)
    elif len(digits) == 9:
        raise ValidationError("cccd", "excel.old_cmnd", digits=digits)
    else:
        raise ValidationError("cccd", "excel.cccd_digit_count", digits=len(digits), digits2=digits)
    if birth_date and warning and warning.code == "excel.cccd_zeros_restored":
        # digits 5-6 are the birth year's last two digits: a check when zeros were added
        if out[4:6] != birth_date[2:4]:
            raise ValidationError("cccd", "excel.cccd_zeros_not_birth_year", digits=digits)
    return Notice(out, warning) if warning else out


def phone(value: Any) -> str | None:
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, int):
        value = str(value)
    return normalise_phone(value)


_MARKS = {"x", "v", "1", "co", "yes", "true", "\u2713", "\u2714", "*", "+"}


@functools.lru_cache(maxsize=4096)
def _word(text: str) -> str:
    """Folded short cell text ("Nữ", "x", "Nam"): cached, the same few values repeat."""
    return fold(text).strip(" .")


def sex(value: Any) -> str | None:
    if blank(value):
        return None
    found = SEX.find(str(value))
    if found is not None:
        return found
    raise ValidationError("sex", "member.sex_nam_or_nu", value=repr(clean(value)))


def mark(value: Any) -> bool:
    """Whether a check-box-like cell is ticked ("x", "X", "✓", 1, TRUE)."""
    if blank(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return _word(str(value)) in _MARKS


def looks_like_date(value: Any) -> bool:
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 1900 <= value <= 2100 or 3000 < value < 80000
    if isinstance(value, str):
        t = value.strip()
        return bool(re.match(r"^\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}", t) or re.fullmatch(r"\d{4}", t))
    return False


def integer(value: Any, field: str, minimum: int = 0) -> int | None:
    if blank(value):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "number.not_whole", value=repr(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, "number.not_whole", value=repr(value))
        n = int(value)
    elif isinstance(value, int):
        n = value
    else:
        t = clean(value).replace(".", "").replace(",", "").replace(" ", "")
        if not re.fullmatch(r"-?\d+", t):
            raise ValidationError(field, "number.not_whole", value=repr(clean(value)))
        n = int(t)
    if n < minimum:
        raise ValidationError(field, "number.too_small", minimum=minimum, value=n)
    return n


def excel_serial(d: dt.date) -> int:
    return (d - EXCEL_EPOCH).days
