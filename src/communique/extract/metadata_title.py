"""The metadata title, weighed against the text's own: the header step takes a document's
metadata title (an HTML ``<title>``, a front matter's ``title``) as the headline unless it is
clearly wrong (a file name, a placeholder, a document type alone, the site's section, a
template's directive), or it is the text's title after a short prefix (a company's name, a
document type); when it is kept and the text's title says something else, that is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import diagnostics
from ..french.vocabulary import DOC_TYPE, DOC_TYPE_PREFIX, ISSUER_WORDS, PRESS_ROOM_SECTION
from .draft import Draft, Field
from .page_furniture import SECTION_TITLE, TEMPLATE_LINE
from .text import folded, strip_decoration

__all__ = ["compare_titles", "paraphrased_copy", "prefixed_copy", "shortened_copy", "wrong_title"]


# Titles that say nothing about the release: a file name, an editor's placeholder.
_FILE_NAME_TITLE = re.compile(r"[^\n]{1,200}\.(?:docx?|odt|rtf|pdf|html?|txt|md)", re.I)
# A file's name without its extension, as a converter puts it in <title>: words joined by
# underscores (one at least), no space ("CP_Solvea_acquisition_FR", "cp_2026-03-14").
_FILE_NAME_STEM = re.compile(r"[\w.-]{3,200}")
# Hyphens join a stem's words as often as underscores; a hyphen-joined word is a file's name
# only with a file's marks: a release abbreviation first ("CP-…", "cdp-…"), a year or a date
# ("…-2026-06-02-…") or a language code last ("…-FR"), so "Saint-Jean-de-Luz" and
# "Covid-19" stay titles.
_STEM_ABBREVIATIONS = frozenset({"cp", "cdp", "dp", "dossier", "communique"})
_STEM_LANGUAGES = frozenset(
    {"FR", "EN", "DE", "ES", "IT", "NL", "fr", "en", "de", "es", "it", "nl"}
)
_STEM_YEAR = re.compile(r"(?:19|20)\d\d")
# (LibreOffice writes "- no title specified", Google Docs "Document sans titre", editors
# "Untitled document")
_PLACEHOLDER_TITLE = re.compile(
    r"(?:untitled(?:\s+document)?|(?:document\s+)?sans\s+titre|(?:nouveau\s+)?document\s*\d*"
    r"|-?\s*no\s+title\s+specified|titre|title|page|accueil|home)"
    r"(?:\s*\d+)?",
    re.I,
)


def _hyphen_joined_stem(bare: str) -> bool:
    words = bare.split("-")
    return len(words) >= 3 and (
        words[0].lower() in _STEM_ABBREVIATIONS
        or words[-1] in _STEM_LANGUAGES
        or any(_STEM_YEAR.fullmatch(word) for word in words)
    )


def wrong_title(title: str) -> str | None:
    """Why a metadata title is clearly not the release's headline, if it is not."""
    bare = strip_decoration(title)
    if not bare:
        return "empty"
    if DOC_TYPE.fullmatch(bare):
        return "only a document type"
    if (
        _FILE_NAME_TITLE.fullmatch(bare)
        or (_FILE_NAME_STEM.fullmatch(bare) and ("_" in bare or _hyphen_joined_stem(bare)))
        or bare.lower().startswith("microsoft word -")
    ):
        return "a file name"
    if _PLACEHOLDER_TITLE.fullmatch(bare):
        return "a placeholder"
    if TEMPLATE_LINE.fullmatch(title):
        return "a template's directive"
    if SECTION_TITLE.fullmatch(bare):
        return "the name of the site's section"
    return None


def shortened_copy(title: str, written: str) -> bool:
    """Whether the metadata title is the text's title cut short: a page's ``og:title`` keeps
    words of its ``<h1>`` and drops the rest (``Incendie du Semnoz : point de situation`` over
    ``… point de situation à 16 h 30``; ``TER gratuits le week-end`` over ``Transports : les
    TER gratuits le week-end … dès le 7 février``), with or without an ellipsis. The title as
    the page shows it is the release's own."""
    shown = " ".join(written.split())
    meta, text = " ".join(title.casefold().split()), shown.casefold()
    meta = meta.removesuffix("...").removesuffix("…").rstrip()
    at = text.find(meta) if meta else -1
    end = at + len(meta)
    if at < 0 or len(text) <= len(meta) or len(text) != len(shown):
        return False
    before, after = shown[:at], shown[end:]
    # The added words go on with the title's own sentence ("… de Gilley et ses 18 salariés",
    # "Transports : les TER …"): after a word, in lower case; not a rubric before a mark
    # ("Actualités – …", "Sécurité | …"), nor a type, a site, a date or a note after one
    # ("… - Communiqué de presse", "… | Actualités", "… (mis à jour …)", "…, Dole, le 5 mai").
    opened = before.rstrip()
    return (
        (
            not before
            or (before[-1] in ' «“"' and opened[-1:] not in _MARKS)
            # (the title goes on in lower case after its topic: "Colis : l'autorité …")
            or (_topic_prefix(before) and not shown[at : at + 1].isupper())
        )
        and (not after or _GOES_ON_TITLE.match(after) is not None)
    )


def _topic_prefix(before: str) -> bool:
    """Whether ``before`` is a title's topic and its colon (``Colis : ``, ``Fabriques de
    territoire : ``), the first part of the title an ``og:title`` drops; not a press room's
    section or a type (``Actualités : ``, ``Communiqué de presse : ``)."""
    found = _TOPIC.fullmatch(before)
    if found is None:
        return False
    topic = found.group("topic")
    # not a site's section, a type ("Communiqué du 3 mars 2026 : …"), a body's name ("Ville de
    # Lyon : …"), nor a date or a district ("Presse Lyon 9e : …")
    return not (
        PRESS_ROOM_SECTION.match(topic)
        or DOC_TYPE.match(topic)
        or ISSUER_WORDS.match(topic)
        or any(char.isdigit() for char in topic)
    )


# A topic before its colon: a few words, no other mark that sets a rubric or a site apart.
_TOPIC = re.compile(r"(?P<topic>[^|>/»›–—:;\n]{2,60}?)[ \u00a0\u202f]?: ")


# Marks that set a rubric or a site's name apart from a title: "Actualités – …", "… | Site".
_MARKS = frozenset("|>/»›–—-:,;")
# The words a page's <h1> adds after its shortened copy (past a closing quote): a space, then
# a lower-case word or a figure, or a colon and the title's second part, none a call to the
# reader ("… : retrouvez le dossier …").
_GOES_ON_TITLE = re.compile(
    # (", un record pour …": a comma, then words in lower case; "…, Dole, le 5 mai" names a
    # place and a date in capitals)
    r"(?:\s?[»”\"])?(?: | : |, (?=[a-zà-ÿ]))"
    r"(?!(?:retrouvez|t[ée]l[ée]chargez|d[ée]couvrez|lisez|consultez"
    r"|voir|lire|en\s+images|vid[ée]o|photos?)\b)(?:[a-zà-ÿ0-9]|(?<=: )\w+\s\w+\s\w+)"
)


def paraphrased_copy(title: str, written: str) -> bool:
    """Whether the metadata title is a site's shorter rewording of the text's title: nearly
    every word it holds is in the longer title the text writes (``Sécheresse : restrictions
    d'eau renforcées dans la Drôme`` over ``# Sécheresse : le préfet de la Drôme renforce
    les restrictions d'usage de l'eau dans quatre bassins versants``). A title that says
    something else (``Emploi tech : l'État propose 350 postes`` over ``L'ÉTAT RECRUTE !``)
    shares few of its words."""
    if " ".join(title.casefold().split()) in " ".join(written.casefold().split()):
        return False  # a copy, whole or cut short: `shortened_copy` reads what it adds
    if len(written) > _TITLE_LIMIT and _SENTENCE_BREAK.search(written):
        return False  # sentences in bold under the label: the lede, which retells the title
    meta, text = _content_stems(title), _content_stems(written)
    if len(meta) < _PARAPHRASE_WORDS or len(text) <= len(meta):
        return False
    return len(meta & text) >= _PARAPHRASE_SHARE * len(meta)


def _content_stems(title: str) -> set[str]:
    """The title's words of four letters or more, folded and cut to their first letters (a
    rewording changes endings: ``renforcées``, ``renforce``)."""
    return {word[:_STEM_LETTERS] for word in _CONTENT_WORD.findall(folded(title))}


_CONTENT_WORD = re.compile(r"\w{4,}")
# A title is at most this long (the headline's "title-length" evidence) and one sentence.
_TITLE_LIMIT = 250
_SENTENCE_BREAK = re.compile(r"[.!?…][ \t\n]+[«A-ZÀ-Ý]")
# A rewording keeps this share of the metadata title's words, of at least this many words;
# the first letters of a word stand for it.
_PARAPHRASE_SHARE = 0.75
_PARAPHRASE_WORDS = 3
_STEM_LETTERS = 6


def prefixed_copy(title: str, written: str) -> bool:
    """Whether the metadata title is the text's title after a short prefix: the company's
    or the site's name a wire page puts before it (``QUORVANE : Chiffre d'affaires…`` over
    the page's ``<h1>Chiffre d'affaires…</h1>``), or a document type before the title or its
    beginning (``Invitation presse – L'épave remonte`` over ``# L'épave remonte : …``)."""
    # (apostrophes alike: a portal retypes "’" as "'")
    meta, text = (
        " ".join(value.casefold().replace("’", "'").split()) for value in (title, written)
    )
    if not text or meta == text:
        return False
    typed = DOC_TYPE_PREFIX.match(meta)
    if typed is not None and text.startswith(meta[typed.end() :].strip()):
        return True  # "Invitation presse – L'épave remonte" over "L'épave remonte : …"
    if meta.endswith(text):
        copied = text
    else:
        # the portal's copy cut short: "NÉOVIA SANTÉ : Néovia Santé finalise l'acquisition
        # de Cardiolab" over the release's "… de Cardiolab et devient un acteur …"
        mark = next((at for at, ch in enumerate(meta[: _PREFIX_NAME + 1]) if ch in ":|"), -1)
        copied = meta[mark + 1 :].strip() if mark > 0 else ""
        if len(copied.split()) < _CUT_COPY_WORDS or not text.startswith(copied):
            return False
    # The prefix a wire page's title puts before the release's title: a name, then a colon,
    # a bar or a dash ("quorvane : "), read without a pattern (the name holds any letter).
    prefix = meta[: -len(copied)].rstrip()
    if not prefix or prefix[-1] not in _PREFIX_ENDS:
        return False
    name = prefix[:-1].strip()
    if not 0 < len(name) <= _PREFIX_NAME or any(mark in name for mark in ":|–—"):
        return False
    # a name ("quorvane :"), not a topical kicker ("budget 2024 :"): the title as written
    # gives it in capitals or with every word capitalised, and without a figure
    written = " ".join(title.split())[: len(name)]  # (the name as written, before its mark)
    return not any(ch.isdigit() for ch in written) and (
        written.isupper() or all(w[:1].isupper() for w in written.split() if len(w) > 3)
    )


_PREFIX_ENDS = ":|–—-"
_PREFIX_NAME = 60
# A copy cut short holds this many words of the title at least.
_CUT_COPY_WORDS = 4


def typed_topic(title: str) -> bool:
    """Whether the metadata title is a document type and a short topic (``Invitation presse –
    Lycée de Saint-Laurent-du-Maroni``): a site's label for the page, which the page's own
    title outranks."""
    typed = DOC_TYPE_PREFIX.match(title)
    return typed is not None and 0 < len(title[typed.end() :].split()) <= _TOPIC_WORDS


_TOPIC_WORDS = 6


def without_site_name(title: str, lines: Iterable[str]) -> str | None:
    """The metadata title without the site's name it ends with, when the text writes that
    shorter title on a line of its own (``<title>Sécheresse : … - Les services de l'État
    dans le Morbihan</title>`` over ``<h1>Sécheresse : …</h1>``); else ``None``."""
    written = {" ".join(line.casefold().split()) for line in lines}
    for joint in _SITE_JOINTS:
        head, found, tail = title.rpartition(joint)
        if not found or not head.strip() or not 0 < len(tail.strip()) <= _SITE_NAME:
            continue
        if len(head.split()) < _TITLE_WORDS:
            continue  # "Budget 2026 - Le conseil adopte…", "Ville de Figeac | Titre": a kicker
        if " ".join(head.casefold().split()) in written:
            return head.strip()
    return None


# How a page's <title> joins the page's title and the site's name.
_SITE_JOINTS = (" - ", " – ", " — ", " | ", " :: ", " · ", " « ")
_SITE_NAME = 80
# A page's title holds this many words at least (a kicker, "Budget 2026", fewer).
_TITLE_WORDS = 4


def compare_titles(draft: Draft, title: str, text: Field) -> None:
    """Report a text title that says something else than the metadata title (which was kept)."""
    meta, written = folded(title), folded(text.value)
    if not meta or not written or meta in written or written in meta:
        return
    message = f"the metadata title {title!r} was kept; the text's title reads {text.value!r}"
    draft.diagnostics.append(diagnostics.make("metadata-disagrees", message, text.span))
