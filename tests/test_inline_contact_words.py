"""The inline-contact rule scans only the lines that hold one of its cue's words.

``extract.contacts.inline`` skips a line whose lower case holds none of
``INLINE_CONTACT_WORDS``; these tests say that no line holding a cue is skipped.
"""

from __future__ import annotations

from hypothesis import given

from communique.extract.contacts import INLINE_CONTACT_WORDS
from communique.extract.text import CASE_TWIN_LETTERS, lowered_holds
from communique.french.vocabulary import INLINE_CONTACT

from .strategies import inline_contact_lines


def test_the_cue_words_have_no_letter_with_a_case_twin() -> None:
    # re.I reads "ſ" as "s", "ı" and "İ" as "i", "K" as "k"; str.lower() does not.
    assert not [w for w in INLINE_CONTACT_WORDS if set(w) & set(CASE_TWIN_LETTERS)]
    assert all(w == w.lower() for w in INLINE_CONTACT_WORDS)


@given(inline_contact_lines)
def test_a_line_with_a_cue_holds_a_cue_word(line: str) -> None:
    if INLINE_CONTACT.search(line) is not None:
        assert lowered_holds(line, INLINE_CONTACT_WORDS)


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
        assert lowered_holds(line, INLINE_CONTACT_WORDS), line
    assert not lowered_holds("Le préfet annonce un programme.", INLINE_CONTACT_WORDS)
