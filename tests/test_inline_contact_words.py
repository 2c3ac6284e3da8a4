"""The inline-contact rule scans only the lines that hold one of its cue's words.

``extract.contacts.inline`` skips a line that may hold none of ``INLINE_CONTACT_WORDS``
(``may_hold``: the words may hold any letter); these tests say that no line holding a cue is
skipped.
"""

from __future__ import annotations

from hypothesis import given

from communique.extract.contacts import INLINE_CONTACT_WORDS
from communique.extract.text import may_hold
from communique.french.vocabulary import INLINE_CONTACT

from .strategies import inline_contact_lines


def test_the_cue_words_are_lower_case() -> None:
    # (any letter: may_hold searches every text holding a letter that re.I reads as another)
    assert all(w == w.lower() for w in INLINE_CONTACT_WORDS)


@given(inline_contact_lines)
def test_a_line_with_a_cue_holds_a_cue_word(line: str) -> None:
    if INLINE_CONTACT.search(line) is not None:
        assert may_hold(line, INLINE_CONTACT_WORDS)


def test_cues_in_any_case_are_seen() -> None:
    for line in (
        "CONTACT : Marie Roux",
        "Contacts presse : Léa",
        "N'hésitez pas à contacter Hugo",
        "Adressez vos questions à Léa",
        "ADREſſEZ toutes vos demandes à Léa",
        "Transmettez toutes les questions à Jean",
        "Envoyez vos demandes à Paul",
        "Merci de confirmer votre présence avant le 21 mai auprès de :",
        "ACCRÉDITATIONS AUPRÈS DU :",
        "Réponse souhaitée auprès de Marie Roux :",
        "Les journalistes peuvent ÉCRIRE À",
        "LES MÉDIAS PEUVENT ECRIRE A presse@x.fr",
    ):
        assert INLINE_CONTACT.search(line) is not None, line
        assert may_hold(line, INLINE_CONTACT_WORDS), line
    assert not may_hold("Le préfet annonce un programme.", INLINE_CONTACT_WORDS)
    # (the words of the old guard that prose holds: "permettre", "secrétaire")
    assert not may_hold("Cela permet au secrétaire de répondre.", INLINE_CONTACT_WORDS)
