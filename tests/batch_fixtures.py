"""Small invented French releases for the batch, records, view and CLI tests.

Each is written for these tests (no corpus text); ``release_text(n)`` varies the city, the
date, the headline and the contact with ``n`` so outputs can be told apart and ordered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .strategies import MONTH_NAMES

CITIES = ("Lyon", "Rennes", "Toulouse", "Lille", "Nantes", "Dijon", "Brest")
FIRST_NAMES = ("Claire", "Julien", "Sophie", "Karim", "Élodie", "Thomas", "Inès")


def release_date(n: int) -> dt.date:
    return dt.date(2021, 1 + n % 12, 1 + n % 28)


def headline(n: int) -> str:
    return f"La métropole inaugure sa {n + 1}e station de vélos en libre-service"


def release_text(n: int) -> str:
    """A plain-text release whose fields depend on ``n``."""
    city = CITIES[n % len(CITIES)]
    date = release_date(n)
    months = MONTH_NAMES
    name = FIRST_NAMES[n % len(FIRST_NAMES)]
    return f"""\
MÉTROPOLE DE {city.upper()}

Communiqué de presse

{city}, le {date.day} {months[date.month - 1]} {date.year}
N° {100 + n}

{headline(n)}

Le conseil métropolitain a voté la création d'une nouvelle station, ouverte à tous dès
le mois prochain, avec quarante vélos à assistance électrique.

Les usagers pourront emprunter un vélo avec leur carte de transport habituelle.

Contact presse :
{name} Martin, chargée de communication
{name.lower()}.martin@metropole-exemple.fr
04 72 00 00 {n % 100:02d}
"""


def write_releases(folder: Path, count: int, suffix: str = ".txt") -> list[Path]:
    """Write ``count`` releases as ``folder/release-NNN<suffix>``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"release-{n:03d}{suffix}"
        path.write_text(release_text(n), encoding="utf-8")
        paths.append(path)
    return paths
