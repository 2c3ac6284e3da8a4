"""Phone numbers as written in French releases, and their E.164 form.

Accepted: ``01 53 18 41 00``, ``01.53.18.41.00``, ``01-53-18-41-00``, ``0153184100``,
``+33 (0)1 53 18 41 00``, ``+33 1 53 18 41 00``, ``0033 1 …``, North American numbers
(``(418) 643-1234``, ``514 555-1234``, ``1 800 463-5060``, and with the country code written
the French way: ``01-408-404-4976``, ``(01) 269-483-1234``, ``001 408 …``), a country and area
code in brackets before a local number (``(61-2) 9452 9068``, ``(44-20) 7946 0018``) and other
international numbers starting with ``+``; each may end with an extension (``x304``,
``poste 12``). Dates, amounts, postcodes, SIRET and ISBN numbers and year ranges never match:
French numbers need ten digits starting with 0, the other forms a fixed shape of digit groups,
separators are regular, and a number glued to other digits is refused.
"""

from __future__ import annotations

import re

__all__ = ["PHONE", "to_e164"]

# One optional separator between digit groups.
_SEP = r"[ \u00a0\u202f.\-]?"
# Ten digits from 0, or +33 / 0033 with an optional (0): 01 53 18 41 00, +33 (0)1 53 18 41 00.
_FRENCH = rf"(?:(?:\+|00)\s?33{_SEP}(?:\(0\){_SEP})?[1-9]|0[1-9])(?:{_SEP}\d\d){{4}}"
# The North American country code: +1, 1, and as French writers dial it, 01, 001 or (01).
_NANP_COUNTRY = r"(?:(?:\+|00?)?1[ .-]|\(0?1\)\s?)"
# Area code, exchange and line: (418) 643-1234, 418 643-1234, 408-404-4976.
_NORTH_AMERICAN = rf"{_NANP_COUNTRY}?(?:\(\d{{3}}\)\s?|\d{{3}}[ .-])\d{{3}}[ .-]\d{{4}}"
# Country and area code in brackets, then a local number of 3-4 + 4 digits or four pairs:
# (61-2) 9452 9068, (44-20) 7946 0018, (+33 1) 53 18 41 00.
_BRACKETED_COUNTRY = (
    r"\((?:\+|00)?[1-9]\d{0,2}[-\s]\d{1,4}\)\s?(?:\d{3,4}[ .-]\d{4}|\d\d(?:[ .-]\d\d){3})"
)
# Any other country, after a plus: +41 22 730 51 11, +44 (0)20 7946 0018.
_INTERNATIONAL = r"\+(?!33)\d{1,3}(?:[ \u00a0.\-]{0,2}(?:\(\d{1,4}\)|\d{1,5})){2,6}"
# An extension after the number: x304, ext. 12, poste 2045.
_EXTENSION = r"(?:,?\s?(?:x|ext\.?|poste)\s?\d{1,5})"

#: Any supported phone number.
PHONE = re.compile(
    rf"(?<![\w+/.-])(?:{_FRENCH}|{_NORTH_AMERICAN}|{_BRACKETED_COUNTRY}|{_INTERNATIONAL})"
    rf"{_EXTENSION}?(?![\w/-]|\.\d)"
)

# The extension, to leave out of the E.164 form.
_TRAILING_EXTENSION = re.compile(rf"{_EXTENSION}$")
# A number that says its country: +…, 00…, or a bracketed country and area code.
_WITH_COUNTRY = re.compile(r"\s*(?:\+|00|\((?:\+|00)?[1-9]\d{0,2}[-\s])")
# The North American country code at the start of a number.
_NANP_START = re.compile(rf"\s*{_NANP_COUNTRY}")


def to_e164(phone: str) -> str:
    """The E.164 form of a number that gives its country (``+33153184100``); ``""`` for others.

    French national numbers (ten digits from 0) are French; North American numbers need their
    country code (``1 800 …``, ``01-408-…``), other numbers a ``+``, a ``00`` or a bracketed
    country code. An extension is left out.
    """
    number = _TRAILING_EXTENSION.sub("", phone)
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if digits.startswith("0033"):
        digits = digits[2:]
    if digits.startswith("33") and len(digits) == 11:
        return "+" + digits
    if digits.startswith("0") and len(digits) == 10:
        return "+33" + digits[1:]
    if _NANP_START.match(number):
        national = digits.lstrip("0")
        return "+" + national if len(national) == 11 else ""
    if _WITH_COUNTRY.match(number):
        return "+" + digits.removeprefix("00")
    return ""
