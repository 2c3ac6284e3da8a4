"""Write a folder of varied French press releases for batch benchmarks.

The releases are made from the two seeds (read at run time from ``seeds/``) and from a small
invented plain-text template, with deterministic variations: the dates and places of the
dateline, the reference number, phone numbers and e-mail addresses, the order and number of
body paragraphs, line endings (LF or CRLF), French typographic spaces before ``:``, and the
file extension (``.txt`` or ``.md``). The same ``--seed`` always gives the same files.

Usage::

    python benchmarks/make_corpus.py /tmp/corpus              # 3000 releases
    python benchmarks/make_corpus.py /tmp/corpus --count 500 --seed 7
    communique parse /tmp/corpus --format jsonl -o /dev/null --jobs 2

The releases go into 100-file subfolders (``/tmp/corpus/000/…``) so the batch command's
recursive walk is exercised too.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")  # fmt: skip
CITIES = ("Paris", "Lyon", "Marseille", "Lille", "Nantes", "Strasbourg", "Rennes", "Bordeaux",
          "Saint-Étienne", "Aix-en-Provence", "Le Havre", "Clermont-Ferrand")  # fmt: skip

# "le 24 juillet 2012", "le 1er mars 2005": a day (1-2 digits or 1er), a month name, a year.
_DATE = re.compile(r"\ble (\d{1,2}|1er) (" + "|".join(MONTHS) + r") (\d{4})\b")
# A dateline's place: a capitalised run of at most 40 characters ending with ", le".
_PLACE = re.compile(r"^([*_]{0,3})([A-ZÉ][\w' -]{1,40}), le ", re.MULTILINE)
# "N° 046": the reference number.
_REFERENCE = re.compile(r"N° \d{1,5}")
# "01 53 18 41 00": a French phone number written in pairs.
_PHONE = re.compile(r"\b0\d(?: \d\d){4}\b")
# the local part of an e-mail address (bounded, no nested quantifier).
_EMAIL_LOCAL = re.compile(r"\b[\w.-]{1,64}(?=@)")

TEMPLATE = """\
{ISSUER}

Communiqué de presse

{city}, le {day} {month} {year}

{headline}

{paragraphs}

Contact presse :
{name}, responsable presse
{email}
{phone}
"""

ISSUERS = ("RÉGION NORMANDIE", "VILLE DE GRENOBLE", "CHAMBRE DE COMMERCE DE LA DRÔME",
           "UNIVERSITÉ DE POITIERS", "OFFICE DE TOURISME DU PAYS BASQUE")  # fmt: skip
HEADLINES = ("Un nouveau pôle d'innovation ouvre ses portes", "La médiathèque sera rénovée",
             "Un plan pour le vélo en ville", "Les journées du patrimoine reviennent",
             "Un fonds de soutien pour les PME")  # fmt: skip
SENTENCES = (
    "Le projet mobilise plusieurs partenaires publics et privés du territoire.",
    "Les travaux commenceront au printemps et dureront environ dix-huit mois.",
    "Une réunion publique d'information sera organisée à l'hôtel de ville.",
    "Le budget total s'élève à 2,4 millions d'euros, dont un tiers financé par l'État.",
    "Les habitants sont invités à donner leur avis en ligne jusqu'à la fin du mois.",
)
NAMES = ("Camille Bernard", "Lucas Moreau", "Chloé Lefèvre", "Hugo Garnier", "Manon Roux")


def vary_seed(text: str, rng: random.Random) -> str:
    """The seed with new dates, place, reference, phones, e-mails and paragraph order."""
    text = _DATE.sub(lambda m: f"le {_day(rng)} {rng.choice(MONTHS)} {rng.randint(2005, 2024)}",
                     text)  # fmt: skip
    city = rng.choice(CITIES)
    text = _PLACE.sub(lambda m: f"{m.group(1)}{city}, le ", text, count=1)
    text = _REFERENCE.sub(lambda m: f"N° {rng.randint(1, 999):03d}", text)
    text = _PHONE.sub(lambda m: _phone(rng), text)
    text = _EMAIL_LOCAL.sub(lambda m: f"{m.group()}{rng.randint(1, 99)}", text)
    paragraphs = text.split("\n\n")
    body = [i for i, p in enumerate(paragraphs) if len(p) > 200 and not p.startswith(("*", "#"))]
    if len(body) > 2:
        moved = [paragraphs[i] for i in body]
        rng.shuffle(moved)
        keep = rng.randint(2, len(moved))
        for slot, index in enumerate(body):
            paragraphs[index] = moved[slot] if slot < keep else ""
    return "\n\n".join(p for p in paragraphs if p)


def from_template(rng: random.Random) -> str:
    """A release from the invented template."""
    name = rng.choice(NAMES)
    return TEMPLATE.format(
        ISSUER=rng.choice(ISSUERS),
        city=rng.choice(CITIES),
        day=_day(rng),
        month=rng.choice(MONTHS),
        year=rng.randint(2005, 2024),
        headline=rng.choice(HEADLINES),
        paragraphs="\n\n".join(rng.sample(SENTENCES, rng.randint(2, len(SENTENCES)))),
        name=name,
        email=name.lower().replace(" ", ".").replace("é", "e").replace("è", "e") + "@exemple.fr",
        phone=_phone(rng),
    )


def _day(rng: random.Random) -> str:
    day = rng.randint(1, 28)
    return "1er" if day == 1 else str(day)


def _phone(rng: random.Random) -> str:
    return "0" + str(rng.randint(1, 9)) + "".join(f" {rng.randint(0, 99):02d}" for _ in range(4))


def make(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` (file name, text) pairs."""
    rng = random.Random(seed)
    seeds = [path.read_text(encoding="utf-8") for path in SEEDS]
    files = []
    for n in range(count):
        text = from_template(rng) if n % 3 == 2 else vary_seed(seeds[n % len(seeds)], rng)
        if rng.random() < 0.3:
            text = text.replace(" :", "\N{NARROW NO-BREAK SPACE}:")
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
        suffix = ".md" if n % 3 != 2 and rng.random() < 0.5 else ".txt"
        files.append((f"{n // 100:03d}/release-{n:05d}{suffix}", text))
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    for name, text in make(args.count, args.seed):
        path = args.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.count} releases under {args.folder}")


if __name__ == "__main__":
    main()
