"""Vietnamese text: normalisation, accent folding and validators.

Everything that enters the database goes through ``nfc``/``clean`` first, because
Excel files and other programs hand us NFD text and stray spaces, and NFD text both
breaks equality and renders with misplaced marks in PDFs.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop_app.core.errors import ValidationError

_SPACES = re.compile(r"\s+")
# "đ" has no decomposition in Unicode, so stripping combining marks never folds it.
_D_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str | None) -> str:
    """NFC form of ``text`` ('' for None)."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text))


def clean(text: object) -> str:
    """NFC, trimmed, inner whitespace collapsed to one space; '' for None."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(str(text))).strip()


def fold(text: str | None) -> str:
    """Accent-free lower-case form used for search and duplicate detection.

    "Nguyễn Văn Đức" -> "nguyen van duc". NFD first so that both NFC and NFD input
    fold the same way.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_D_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def has_diacritics(text: str) -> bool:
    return fold(text) != _SPACES.sub(" ", nfc(text).lower()).strip()


def title_name(text: str) -> str:
    """A person's name with each word capitalised ("nguyễn văn a" -> "Nguyễn Văn A")."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in clean(text).split(" ") if w)


# --- validators -----------------------------------------------------------------

_CCCD = re.compile(r"^\d{12}$")


def normalise_cccd(value: object) -> str | None:
    """A 12-digit citizen ID (CCCD) or None when blank.

    Raises ValidationError for anything that is not exactly 12 digits once spaces
    and dots are removed.
    """
    text = clean(value).replace(" ", "").replace(".", "")
    if not text:
        return None
    if not _CCCD.match(text):
        raise ValidationError("cccd", "member.cccd_not_12_digits", value=repr(clean(value)))
    return text


_PHONE_DIGITS = re.compile(r"[\s.\-()]")


def normalise_phone(value: object) -> str | None:
    """A Vietnamese phone number in the 0xxxxxxxxx form, or None when blank.

    Accepts +84 / 84 prefixes and the usual separators; mobile and landline numbers
    are 10 or 11 digits with the leading 0.
    """
    text = _PHONE_DIGITS.sub("", clean(value))
    if not text:
        return None
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) in (11, 12):
        text = "0" + text[2:]
    elif not text.startswith("0") and len(text) == 9 and text.isdigit():
        # Excel drops the leading zero of a number typed without quotes.
        text = "0" + text
    if not (text.isdigit() and text.startswith("0") and len(text) in (10, 11)):
        raise ValidationError("phone", "member.bad_phone", value=repr(clean(value)))
    return text


_DATE_FORMS = (
    re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})$"),  # d/m/y
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: object, field: str = "date") -> dt.date | None:
    """A date from what people type: ISO, d/m/yyyy, d-m-yy, d.m.yy, Excel serials.

    Two-digit years below or equal to the current year's last two digits are read as
    20xx, the rest as 19xx (a birth year "85" is 1985). None for blank input.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        serial = float(value)
        if not (1 <= serial < 2958466) or serial != int(serial):
            raise ValidationError(field, "date.not_a_date", value=repr(value))
        return EXCEL_EPOCH + dt.timedelta(days=int(serial))
    text = clean(value)
    if not text:
        return None
    text = text.split(" ")[0] if _ISO.match(text.split(" ")[0]) else text
    try:
        m = _ISO.match(text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        for form in _DATE_FORMS:
            m = form.match(text)
            if m:
                year = int(m[3])
                if len(m[3]) == 2:
                    pivot = dt.date.today().year % 100
                    year += 2000 if year <= pivot else 1900
                return dt.date(year, int(m[2]), int(m[1]))
        if text.isdigit() and 3 <= len(text) <= 7:
            return parse_date(int(text), field)
    except ValueError:
        raise ValidationError(field, "date.impossible", value=repr(text)) from None
    raise ValidationError(field, "date.not_a_date_dd_mm", value=repr(text))


def iso_date(value: object, field: str = "date") -> str | None:
    """``parse_date`` as an ISO string, the form stored in the database."""
    d = parse_date(value, field)
    return d.isoformat() if d else None


def vn_date(value: str | dt.date | None) -> str:
    """dd/mm/yyyy for display; '' for None."""
    if not value:
        return ""
    d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return d.strftime("%d/%m/%Y")


def vn_number(n: int | float | None) -> str:
    """1234567 -> '1.234.567' (Vietnamese thousands separator)."""
    if n is None:
        return ""
    return f"{round(n):,}".replace(",", ".")


def mask_cccd(cccd: str | None) -> str:
    """Partly masked ID number for printed lists: '001******789'."""
    if not cccd:
        return ""
    return cccd[:3] + "*" * (len(cccd) - 6) + cccd[-3:]
