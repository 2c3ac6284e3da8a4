"""Phone numbers as written in French and francophone releases, and their E.164 form.

Each way of writing a number is one `PhoneForm` of `PHONE_FORMS`: a named regex
fragment and the country its national numbers belong to. `PHONE` matches any of them,
tried in the table's order.

Accepted: French numbers in every grouping (``01 53 18 41 00``, ``01.53.18.41.00``,
``01-53-18-41-00``, ``0153184100``, ``+33 (0)1 53 18 41 00``, ``+33 1 53 18 41 00``,
``(+33) 6 02 13 14 57``, ``0033 1 …``, ``+33 612 345 678``), with thin or figure spaces
between groups and a label's full stop touching the number (``Tél.01 …``); free and
shared-cost numbers (``0 800 123 456``); overseas and Belgian mobile numbers grouped
four-two-two-two (``0262 12 34 56``, ``0475 12 34 56``); Swiss national numbers
(``021 312 45 80``); Belgian fixed numbers (``02 563 41 87``, ``081 23 45 67``); North
American numbers (``(418) 643-1234``, ``514 555-1234``, ``1 800 463-5060``, and with the
country code written the French way: ``01-408-404-4976``, ``(01) 269-483-1234``,
``001 408 …``); a country and area code in brackets before a local number
(``(61-2) 9452 9068``, ``(44-20) 7946 0018``) and other international numbers starting with
``+`` (Morocco ``+212 5 37 …``, Senegal ``+221 …``). Each may end with an extension
(``x304``, ``poste 12``, ``Ext. 12``, ``int. 23``). Dates, amounts, postcodes, SIRET and
ISBN numbers and year ranges never match: national numbers start with 0 and have a fixed
shape of digit groups, and a number glued to other digits is refused.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["PHONE", "PHONE_FORMS", "PhoneForm", "phone_form", "phone_in", "to_e164"]


@attrs.frozen
class PhoneForm:
    """One way of writing a phone number.

    ``country`` is the dialling code of the numbers this form writes nationally (``"33"`` for
    ``01 53 18 41 00``); ``None`` when the number gives its own country (``+41 …``) or when
    the national form is shared by several countries (``0475 12 34 56`` is Belgian or
    French overseas), so that no E.164 form is guessed.

    !!! info "Added in version 0.2"
    """

    name: str
    fragment: str
    country: str | None = None


# One optional separator between digit groups.
_SEP = r"[ \u00a0\u202f\u2009\u2007.\-]?"
# One separator that must be there: the national forms below are told apart by their groups.
_GAP = r"[ \u00a0\u202f\u2009\u2007.\-]"
# The French country code, written +33, 0033 or in brackets (+33); the (0) of the national
# prefix may be kept in brackets: +33 (0)1 …
_FRENCH_COUNTRY = rf"(?:(?:\+|00)\s?33|\(\s?(?:\+|00)?33\s?\)){_SEP}(?:\(0\){_SEP})?"

#: The forms, most specific first (the first that matches wins).
PHONE_FORMS: tuple[PhoneForm, ...] = (
    # Four, then three pairs: French overseas (0262 12 34 56, 0590 …) and Belgian mobiles
    # (0475 12 34 56), Moroccan numbers (0522-12-34-56); before the French form, which would
    # read them as pairs that lost a separator.
    PhoneForm("four-pairs", rf"0\d{{3}}{_GAP}\d\d{_GAP}\d\d{_GAP}\d\d"),
    # Ten digits from 0 in pairs, or the country code and nine digits: 01 53 18 41 00,
    # +33 (0)1 53 18 41 00, (+33) 6 02 13 14 57. A pair may lose its separator.
    PhoneForm(
        "french",
        rf"(?:{_FRENCH_COUNTRY}[1-9]|0[1-9])(?:{_SEP}\d\d){{4}}",
        "33",
    ),
    # The country code, then nine digits in threes, as international writers group them:
    # +33 612 345 678, +33 (0)1 234 567 89 is not one.
    PhoneForm("french-threes", rf"{_FRENCH_COUNTRY}[1-9]\d\d{_GAP}\d{{3}}{_GAP}\d{{3}}", "33"),
    # Free, shared-cost and premium numbers written one-three-three-three: 0 800 123 456,
    # and four-three-three: 0800 123 456.
    PhoneForm("french-special", rf"0{_SEP}8\d\d{_GAP}\d{{3}}{_GAP}\d{{3}}", "33"),
    # Swiss national numbers: a three-digit area code, three digits, two pairs:
    # 021 312 45 80, 079 345 67 12.
    PhoneForm("swiss", rf"0\d\d{_GAP}\d{{3}}{_GAP}\d\d{_GAP}\d\d", "41"),
    # Belgian fixed numbers of nine digits: 02 563 41 87 (Brussels, Antwerp, Liège, Ghent),
    # 081 23 45 67 (other zones).
    PhoneForm(
        "belgian", rf"0[2-9]{_GAP}\d{{3}}{_GAP}\d\d{_GAP}\d\d|0\d\d(?:{_GAP}\d\d){{3}}", "32"
    ),
    # Area code, exchange and line, with the North American country code as French writers
    # dial it (+1, 1, 01, 001, (01)): (418) 643-1234, 418 643-1234, 01-408-404-4976.
    PhoneForm(
        "north-american",
        r"(?:(?:(?:\+|00?)?1[ .-]|\(0?1\)\s?))?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}",
    ),
    # Country and area code in brackets, then a local number of 3-4 + 4 digits or four pairs:
    # (61-2) 9452 9068, (44-20) 7946 0018, (+33 1) 53 18 41 00.
    PhoneForm(
        "bracketed-country",
        r"\((?:\+|00)?[1-9]\d{0,2}[-\s]\d{1,4}\)\s?(?:\d{3,4}[ .-]\d{4}|\d\d(?:[ .-]\d\d){3})",
    ),
    # Any other country, after a plus, a 00 or a bracketed plus: +41 22 730 51 11, +44 (0)20
    # 7946 0018, +212 5 37 …, 0049 176 96904298, (+49) 30 27595290.
    PhoneForm(
        "international",
        r"(?:\+(?!33)\d{1,3}|\(\+(?!33)\d{1,3}\)|00(?!33)[1-9]\d{0,2})"
        r"(?:[ \u00a0.\-]{0,2}(?:\(\d{1,4}\)|\d{1,5})){2,6}",
    ),
)

# An extension after the number: x304, ext. 12, Ext 12, poste 2045, Poste 25, p. 412, int. 23 (an
# internal line); the words in any case, the "x" only in lower case ("… 00 33 X 2 lignes"
# counts lines, it is no extension).
_EXTENSION = (
    r"(?:,?\s?(?:(?:x|(?i:ext\.?|extension|poste|int\.))\s?\d{1,5}"
    # "p. 412", in lower case, and not "P. 06 12 34 56 78" (P. for portable: a second number)
    r"|p\.\s?\d{1,5}(?![\s.]?\d)))"
)

#: Any supported phone number; the group named after its form says which form matched.
PHONE = re.compile(
    # Every form opens with a digit, a plus or a bracket: that is looked at first, so that
    # the engine leaves most positions after one test of a character (the matches are the
    # same; tests/test_formats.py checks the forms’ first characters).
    r"(?=[\d+(])"
    # Not inside a longer number or a decimal; a full stop after a label may touch it
    # ("Tél.01 53 18 41 00").
    r"(?<![\w+/-])(?<!\d\.)(?:"
    + "|".join(f"(?P<{form.name.replace('-', '_')}>{form.fragment})" for form in PHONE_FORMS)
    + rf"){_EXTENSION}?(?![\w/-]|\.\d)"
)


def phone_in(text: str) -> re.Match[str] | None:
    """``PHONE.search(text)``, without running the pattern on a text holding no digit (every
    form writes digits; the pattern, opening with a look-ahead, is tried at every position)."""
    return PHONE.search(text) if _DIGIT.search(text) is not None else None


_DIGIT = re.compile(r"\d")

_FORMS_BY_GROUP = {form.name.replace("-", "_"): form for form in PHONE_FORMS}

# The extension, to leave out of the E.164 form.
_TRAILING_EXTENSION = re.compile(rf"{_EXTENSION}$")
# A number that says its country: +…, 00…, or a bracketed country and area code.
_WITH_COUNTRY = re.compile(r"\s*(?:\+|00|\(\+|\((?:\+|00)?[1-9]\d{0,2}[-\s])")
# The North American country code at the start of a number.
_NANP_START = re.compile(r"\s*(?:(?:\+|00?)?1[ .-]|\(0?1\)\s?)")


def phone_form(phone: str) -> PhoneForm | None:
    """The form ``phone`` is written in, or ``None`` when it is no number of the table."""
    match = PHONE.fullmatch(phone.strip())
    if match is None or match.lastgroup is None:
        return None
    return _FORMS_BY_GROUP[match.lastgroup]


def to_e164(phone: str) -> str:
    """The E.164 form of a number that gives its country (``+33153184100``); ``""`` for others.

    A national number gets the country of its form (French numbers in pairs are French, a
    Swiss or Belgian grouping Swiss or Belgian); a grouping several countries share gives none.
    North American numbers need their country code (``1 800 …``, ``01-408-…``), other
    numbers a ``+``, a ``00`` or a bracketed country code. An extension is left out.
    """
    number = _TRAILING_EXTENSION.sub("", phone)
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if digits.startswith("0033"):
        digits = digits[2:]
    if digits.startswith("33") and len(digits) == 11:
        return "+" + digits
    form = phone_form(number)
    if form is not None and form.country is not None and digits.startswith("0"):
        return "+" + form.country + digits[1:]
    if _NANP_START.match(number):
        national = digits.lstrip("0")
        return "+" + national if len(national) == 11 else ""
    if _WITH_COUNTRY.match(number):
        return "+" + digits.removeprefix("00")
    return ""
