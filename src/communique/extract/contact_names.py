"""The names of press contacts: what is shaped like a person's name, and which names are a
person's for certain.

A name is a given name (or initials) and family names, with particles in any case between
them (``Sarah Van den Broeck``, ``Jean de La Tour``, ``J.-P. Martin``, ``Marie d'Aubigny``);
it holds no word of an organisation (``communique.french.contact_words.ORGANISATION_WORDS``).
It is *certain* with a civility, initials or a given name of
``communique.french.contact_words.GIVEN_NAMES``; a capitalised pair that starts with no known
given name (``Littoral Vivant``) is only *shaped* like a name, and the contact lines decide
by the evidence around it (a certain name below it, an e-mail domain that spells it).

!!! info "Added in version 0.2"
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..french.contact_words import GIVEN_NAMES, NAME_PARTICLES, ORGANISATION_WORDS, ROLE_NOUNS
from ..french.vocabulary import ROLE_WORDS
from .text import is_person_name, strip_decoration

__all__ = [
    "is_name",
    "is_strong_name",
    "leading_name",
    "spelled_in",
    "user_spells",
    "without_civility",
]

# -- names --------------------------------------------------------------------------------

# A civility before a name: M., Mme, Dr…
_CIVILITY = re.compile(
    r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Madame|Monsieur|Mademoiselle|Docteure?"
    r"|Professeure?|Ma[îi]tre"
    # the ranks gendarmes, police officers and firefighters sign with
    r"|Capitaine|Commandant|Lieutenant(?:-colonel)?|Colonel|G[ée]n[ée]rale?|Adjudant(?:-chef)?"
    r"|Major|Sergent(?:-chef)?|Commissaire|Chef\s+d['’]escadron)\s+"
)


def without_civility(name: str) -> str:
    """A contact's name without the courtesy title before it (``M. Laurent Vuilleumier`` ->
    ``Laurent Vuilleumier``, ``Dr Valérie Salamin-Rey``): the title addresses the person, the
    name identifies them. A civility alone stays as written."""
    bare = _CIVILITY.sub("", name, count=1) if _CIVILITY.match(name) else name
    return bare if bare.strip() else name


# A given name written as initials: J., J.-P., J-P.
_INITIALS = re.compile(r"[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)?")

# A given name: Capitalised or in capitals, possibly hyphenated (Anaïs, Jean-Luc, AZIZ).
# Letters of European names beyond Latin-1 (Łukasz, Çağla, Šimon) are taken in either case.
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"

_LOWER = "a-zß-öø-ÿ\u0100-\u017f"

_GIVEN_WORD = re.compile(
    rf"[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+)(?:-[{_UPPER}][{_LOWER}{_UPPER}]+)?"
)

# A family name: Capitalised, in capitals, O'Neil, N'Diaye, d'Aubigny, McLean, hyphenated;
# a middle initial (Jean P. Dupont) stands among them.
_FAMILY_WORD = re.compile(
    rf"(?:[{_UPPER}][{_LOWER}]+|[{_UPPER}]{{2,}}|[{_UPPER}dl]['’][{_UPPER}][\w{_LOWER}]+"
    rf"|Ma?c[A-Z][a-z]+)(?:-[{_UPPER}][\w{_LOWER}]+)*|[{_UPPER}]\."
)


def _fold(word: str) -> str:
    """``word`` in lower case without accents, to look it up in a table."""
    folded = word.casefold()
    if folded.isascii():
        return folded  # (nothing to decompose, no accent to drop)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join([c for c in decomposed if not unicodedata.combining(c)])


# An organisation's acronym is this short ("ARB", "CHI", "SNCF"); a given name in capitals
# that is not one of the known given names and is this short is taken for one.
_ACRONYM = 5


# Contact lines repeat the same fields (a name is tested as a name, a certain name, a
# leading name): the name tests are pure, and remembered.
@functools.lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...] | None:
    """The words of ``text`` when it is shaped like a person's name, else ``None``.

    A given name (or initials) then family names, with particles in any case between them
    (``Sarah Van den Broeck``, ``Jean de La Tour``, ``J.-P. Martin``), two to five words;
    no word of an organisation (``Réseau Paniers Partagés``), no role noun first
    (``Coordinateur Allemagne``).
    """
    bare = strip_decoration(_CIVILITY.sub("", text.strip(), count=1))
    words = bare.split()
    if not 3 <= len(bare) <= 45 or not 2 <= len(words) <= 5:
        return None
    for word in words:  # (a loop: any() over a generator costs more)
        if _fold(word.strip(".,")) in ORGANISATION_WORDS:
            return None
    if not (_GIVEN_WORD.fullmatch(words[0]) or _INITIALS.fullmatch(words[0])):
        return None
    if _fold(words[0]) in ROLE_NOUNS:
        return None  # "Coordinateur Allemagne" is a role
    family = [word for word in words[1:] if _fold(word) not in NAME_PARTICLES]
    if not family or not all(_FAMILY_WORD.fullmatch(word) for word in family):
        return None
    first = words[0]
    acronym = first.isalpha() and first.isupper() and len(first) <= _ACRONYM
    acronym = acronym and _fold(first) not in GIVEN_NAMES
    if acronym and any(not word.isupper() for word in family):
        return None  # an acronym then a name: "ARB Hauts-Plateaux", "CHI des Deux-Rivières"
    if family[-1].endswith("."):
        return None  # "Jean P." is a given name and an initial, no family name
    return tuple(words)


@functools.lru_cache(maxsize=4096)
def is_name(text: str) -> bool:
    """Whether a contact field is a person's name (shape, or the shared name test)."""
    if _name_words(text) is not None:
        return is_person_name(text) or is_strong_name(text)
    return False


@functools.lru_cache(maxsize=4096)
def is_strong_name(text: str) -> bool:
    """A name that is a person's for certain: a civility, initials or a known given name.

    "Littoral Vivant" is shaped like a name but starts with no given name: an organisation
    when the block says so (a person's name follows, its e-mail domain spells it).
    """
    if _CIVILITY.match(text.strip()):
        return True
    words = _name_words(text)
    if words is None:
        return False
    first = words[0]
    return bool(
        _INITIALS.fullmatch(first)
        or _fold(first) in GIVEN_NAMES
        or _fold(first.partition("-")[0]) in GIVEN_NAMES
    )


def leading_name(value: str) -> str | None:
    """A person's name for certain opening a field that goes on without a separator:
    ``Marie Dupont chargée de communication``, ``Marie DUPONT Attachée de presse``.

    The name ends where a word can no longer be a family name (a small word, a role word).
    """
    words = value.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        lead, rest = " ".join(words[:size]), words[size]
        ends = not _FAMILY_WORD.fullmatch(rest) or ROLE_WORDS.match(rest) is not None
        if ends and is_name(lead) and is_strong_name(lead):
            return lead
    return None


def spelled_in(value: str, labels: str) -> bool:
    """Whether ``value``'s letters spell ``labels`` or a label of it ("Littoral Vivant" in
    ``littoral-vivant.example.org``)."""
    letters = "".join(c for c in _fold(value) if c.isalnum())
    if len(letters) < 4:
        return False
    return any(
        "".join(c for c in label if c.isalnum()) == letters
        for label in re.split(r"[.@]", _fold(labels))
    )


def user_spells(user: str, name: str) -> bool:
    """Whether an e-mail's user part is written from ``name`` the usual ways: ``prenom.nom``,
    ``pnom``, ``nom``, ``prenom``, ``nom.prenom`` (``hread`` for Heather Read), the family
    name with or without its particles (``anais.delatour``, ``a.latour``, ``a.tour``)."""
    words = _name_words(name)
    if words is None:
        return False
    letters = "".join(c for c in _fold(user) if c.isalnum())
    pieces = [piece for word in words for piece in re.split(r"['’]", word)]  # d'Aubigny
    parts = ["".join(c for c in _fold(piece) if c.isalnum()) for piece in pieces]
    given, rest = parts[0], [part for part in parts[1:] if part]
    if len(letters) < 3 or not given or not rest:
        return False
    families = {"".join(rest), "".join(p for p in rest if p not in NAME_PARTICLES and len(p) > 1)}
    families |= {"".join(rest[i:]) for i in range(len(rest))}
    spellings = {given}
    for family in families - {""}:
        spellings |= {given + family, given[0] + family, family, family + given}
    return letters in spellings
