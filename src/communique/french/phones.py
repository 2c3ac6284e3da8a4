"""Phone numbers as written in French releases, and their E.164 form.

Accepted: ``01 53 18 41 00``, ``01.53.18.41.00``, ``01-53-18-41-00``, ``0153184100``,
``+33 (0)1 53 18 41 00``, ``+33 1 53 18 41 00``, ``0033 1 …``, North American numbers
(``(418) 643-1234``, ``514 555-1234``, ``1 800 463-5060``) and other international numbers
starting with ``+``. Dates, amounts and postcodes never match: French numbers need ten
digits starting with 0, separators are regular, and a number glued to other digits is refused.
"""

from __future__ import annotations

import re

__all__ = ["PHONE", "to_e164"]

_SEP = r"[ \u00a0\u202f.\-]?"
_FRENCH = rf"(?:(?:\+|00)\s?33{_SEP}(?:\(0\){_SEP})?[1-9]|0[1-9])(?:{_SEP}\d\d){{4}}"
_NORTH_AMERICAN = r"(?:\+?1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}"
_INTERNATIONAL = r"\+(?!33)\d{1,3}(?:[ \u00a0.\-]{0,2}(?:\(\d{1,4}\)|\d{1,5})){2,6}"

#: Any supported phone number.
PHONE = re.compile(rf"(?<![\w+/.-])(?:{_FRENCH}|{_NORTH_AMERICAN}|{_INTERNATIONAL})(?![\w/-]|\.\d)")


def to_e164(phone: str) -> str:
    """The E.164 form of a French number (``+33153184100``); ``""`` for others."""
    digits = re.sub(r"\D", "", phone.replace("(0)", ""))
    if digits.startswith("0033"):
        digits = digits[2:]
    if digits.startswith("33") and len(digits) == 11:
        return "+" + digits
    if digits.startswith("0") and len(digits) == 10:
        return "+33" + digits[1:]
    if phone.lstrip().startswith("+"):
        return "+" + digits
    return ""
