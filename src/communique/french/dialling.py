"""Where French numbers ring: overseas prefixes, and what kind of line a prefix is.

The overseas departments and collectivities are dialled from mainland France with a national
number (``0590 12 34 56``, Guadeloupe) but have their own country codes: the E.164 form of
that number is ``+590 590 12 34 56``, not ``+33 …``. `OVERSEAS` maps each national
prefix to its territory (an ISO 3166 region, as ``phonenumbers`` names it) and
`COUNTRY_CODES` each territory to its dialling code. `KINDS` says what a French
national prefix is (fixed, mobile, freephone…), longest prefix first; `SHORT` the short
numbers (``3949``, ``15``, ``112``).

The library's own reading (`communique.dialling`) uses these tables when the
``phonenumbers`` extra is not installed.
"""

from __future__ import annotations

import re

__all__ = ["COUNTRY_CODES", "KINDS", "OVERSEAS", "SHORT", "kind_of_national"]

#: National prefix (four digits) -> overseas territory (ISO 3166 region code).
OVERSEAS: dict[str, str] = {
    "0590": "GP",  # Guadeloupe, Saint-Barthélemy, Saint-Martin (fixed)
    "0690": "GP",  # Guadeloupe (mobile)
    "0691": "GP",
    "0594": "GF",  # Guyane (fixed)
    "0694": "GF",  # Guyane (mobile)
    "0596": "MQ",  # Martinique (fixed)
    "0696": "MQ",  # Martinique (mobile)
    "0697": "MQ",
    "0262": "RE",  # La Réunion (fixed)
    "0263": "RE",
    "0692": "RE",  # La Réunion (mobile)
    "0693": "RE",
    "0269": "YT",  # Mayotte (fixed)
    "0639": "YT",  # Mayotte (mobile)
    "0508": "PM",  # Saint-Pierre-et-Miquelon
}

#: Territory -> dialling code (Mayotte shares La Réunion's).
COUNTRY_CODES: dict[str, str] = {
    "FR": "33",
    "GP": "590",
    "GF": "594",
    "MQ": "596",
    "RE": "262",
    "YT": "262",
    "PM": "508",
}

#: National prefix -> kind of line, longest prefix first when looked up.
KINDS: dict[str, str] = {
    "01": "fixed",
    "02": "fixed",
    "03": "fixed",
    "04": "fixed",
    "05": "fixed",
    "09": "voip",  # a fixed line over the internet (a box): not tied to a place
    "06": "mobile",
    "07": "mobile",
    "0690": "mobile",
    "0691": "mobile",
    "0694": "mobile",
    "0696": "mobile",
    "0697": "mobile",
    "0692": "mobile",
    "0693": "mobile",
    "0639": "mobile",
    "0800": "freephone",  # "08 00", "0 800": Numéro Vert
    "0801": "freephone",
    "0802": "freephone",
    "0803": "freephone",
    "0804": "freephone",
    "0805": "freephone",
    "0806": "shared-cost",
    "0807": "shared-cost",
    "0808": "shared-cost",
    "0809": "shared-cost",
    "081": "shared-cost",
    "082": "premium",
    "089": "premium",
}

#: Short numbers: four digits starting with 3 or 1 (``3949``, ``3237``), and the emergency
#: and service numbers of two or three digits (``15``, ``17``, ``18``, ``112``, ``114``, ``115``).
SHORT = re.compile(r"(?:[13]\d{3}|1[0-9]|11[0-9])")


def kind_of_national(digits: str) -> str | None:
    """The kind of a French national number (``0153184100`` -> ``fixed``), or ``None``."""
    for length in (4, 3, 2):
        kind = KINDS.get(digits[:length])
        if kind is not None:
            return kind
    return None
