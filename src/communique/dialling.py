"""Phones a program can dial: the E.164 form and the kind of each number a release writes.

Two readers give the same results on French numbers:

* ``phonenumbers`` (Google's libphonenumber), when the ``phones`` extra is installed
  (``pip install 'communique[phones]'``): every country's numbering plan, the kind of any
  number it knows;
* else the library's own grammar (`communique.french.phones` for the forms,
  `communique.french.dialling` for the overseas prefixes and the kinds): French
  numbers, overseas ones with their own country codes (``0590 12 34 56`` ->
  ``+590590123456``), and the numbers that write their country code.

`BACKEND` names the reader in use; `require_phonenumbers` raises
`MissingDependencyError` naming the extra when a program needs the first.

!!! info "Added in version 0.1"
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from .exceptions import MissingDependencyError
from .french import phones as grammar
from .french.dialling import COUNTRY_CODES, OVERSEAS, SHORT, kind_of_national

__all__ = ["BACKEND", "backend", "phone_kind", "require_phonenumbers", "to_e164"]

_NOT_DIGIT = re.compile(r"\D")
#: ``phonenumbers``'s number types -> the kinds communique names.
_KINDS_BY_TYPE = {
    0: "fixed",  # FIXED_LINE
    1: "mobile",  # MOBILE
    2: "fixed",  # FIXED_LINE_OR_MOBILE (North America)
    3: "freephone",  # TOLL_FREE
    4: "premium",  # PREMIUM_RATE
    5: "shared-cost",  # SHARED_COST
    6: "voip",  # VOIP
    7: "personal",  # PERSONAL_NUMBER
    8: "pager",  # PAGER
    9: "uan",  # UAN
    10: "voicemail",  # VOICEMAIL
}


@functools.cache
def _phonenumbers() -> ModuleType | None:
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def backend() -> str:
    """``"phonenumbers"`` when the extra is installed, else ``"builtin"``."""
    return "phonenumbers" if _phonenumbers() is not None else "builtin"


#: The reader in use when the module was imported (see `backend`).
BACKEND = backend()


def require_phonenumbers() -> ModuleType:
    """The ``phonenumbers`` module; `MissingDependencyError` naming the
    extra when it is not installed."""
    module = _phonenumbers()
    if module is None:
        raise MissingDependencyError(
            "reading every country's phone numbers needs phonenumbers: "
            "pip install 'communique[phones]' (without it, French numbers and numbers "
            "written with their country code are read by communique's own grammar)"
        )
    return module


def _digits(phone: str) -> str:
    number = grammar._TRAILING_EXTENSION.sub("", phone)
    return _NOT_DIGIT.sub("", number.replace("(0)", ""))


def _overseas(digits: str) -> str | None:
    """The E.164 form of an overseas national number (``0590…`` -> ``+590590…``)."""
    region = OVERSEAS.get(digits[:4]) if len(digits) == 10 else None
    return f"+{COUNTRY_CODES[region]}{digits[1:]}" if region is not None else None


@functools.lru_cache(maxsize=4096)
def to_e164(phone: str) -> str:
    """The E.164 form of ``phone`` as written (``01 53 18 41 00`` -> ``+33153184100``), or
    ``""`` when it cannot be told: a short number, a grouping several countries share
    (``0475 12 34 56``: Belgian mobile or French fixed), a number without its country.

    Both readers give the same form: the grammar tells the country, ``phonenumbers`` (when
    installed) checks the number against its country's plan and drops an impossible one.
    """
    digits = _digits(phone)
    if SHORT.fullmatch(digits):
        return ""
    if digits.startswith("0") and not digits.startswith("00"):
        overseas = _overseas(digits)
        if overseas is not None:
            return overseas
    if digits.startswith(("33", "0033")):
        overseas = _overseas("0" + digits.removeprefix("00").removeprefix("33"))
        if overseas is not None:
            return overseas  # "+33 590 …": written with France's code, dialled overseas
    return grammar.to_e164(phone)


def _parsed(e164: str) -> object | None:
    """``phonenumbers``'s reading of an E.164 form, when it is a valid number."""
    module = _phonenumbers()
    if module is None or not e164:
        return None
    try:
        number = module.parse(e164, None)
    except module.NumberParseException:
        return None
    return number if module.is_valid_number(number) else None


def phone_kind(phone: str) -> str | None:
    """What ``phone`` rings: ``fixed``, ``mobile``, ``voip``, ``freephone``, ``shared-cost``,
    ``premium``, ``short`` (``3949``)… or ``None`` when it cannot be told.

    French numbers (mainland and overseas) have the kind of their prefix
    (`communique.french.dialling`) with either reader; with ``phonenumbers``, every
    other country's numbers have a kind too.
    """
    digits = _digits(phone)
    if SHORT.fullmatch(digits):
        return "short"
    e164 = to_e164(phone)
    # A French number (mainland or overseas) has the kind of its prefix, whichever reader is
    # installed: the tables agree with phonenumbers on every allocated range, also know a
    # range phonenumbers does not know yet, and cost nothing.
    national = _national(e164)
    if national is not None:
        return kind_of_national(national)
    module = _phonenumbers()
    if module is None:
        return None
    number = _parsed(e164)
    return _KINDS_BY_TYPE.get(module.number_type(number)) if number is not None else None


def _national(e164: str) -> str | None:
    """The French national number of an E.164 form (``+590590…`` -> ``0590…``), or ``None``."""
    for region, code in COUNTRY_CODES.items():
        if e164.startswith("+" + code):
            national = "0" + e164[1 + len(code) :]
            if region == "FR" or OVERSEAS.get(national[:4]) is not None:
                return national
    return None
