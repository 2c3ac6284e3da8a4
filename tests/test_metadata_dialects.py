"""Metadata dialects of the sites that publish releases: every key a press room writes.

Static-site generators put a release's title and date in front matter under many names
(Jekyll and Hugo ``date``, Astro ``pubDate``, Eleventy ``published``, CMS exports
``publication_date``…); Pelican and MultiMarkdown write unfenced ``Title:`` / ``Date:``
lines. Each dialect gives the same headline and date; an edit date is never the release's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse

TITLE = "Un nouveau centre de santé ouvre à Vierzon"
BODY = (
    "Le centre accueillera dès lundi les patients de six communes, avec quatre médecins "
    "généralistes, deux infirmières et un service de téléconsultation ouvert le samedi matin."
)
DATE = dt.date(2024, 3, 12)
DATE_KEYS = (
    "date",
    "Date",
    "published",
    "publishDate",
    "publish_date",
    "pubDate",
    "published_at",
    "publishedAt",
    "date_publication",
    "publication_date",
    "datePublished",
    "created",
)
# How a front-matter value writes the date (YAML reads the ISO form as a date itself).
DATE_VALUES = ("2024-03-12", "2024-03-12T09:30:00+01:00", '"12/03/2024"', '"12 mars 2024"')


@given(key=st.sampled_from(DATE_KEYS), value=st.sampled_from(DATE_VALUES))
def test_every_front_matter_date_key_dates_the_release(key: str, value: str) -> None:
    release = parse(f"---\ntitle: {TITLE}\n{key}: {value}\n---\n\n{BODY}\n")
    assert release.headline == TITLE
    assert release.date == DATE


@pytest.mark.parametrize("key", ["lastmod", "updated", "modified"])
def test_an_edit_date_is_not_the_release_date(key: str) -> None:
    release = parse(f"---\ntitle: {TITLE}\n{key}: 2024-04-01\n---\n\n{BODY}\n")
    assert release.date is None


PELICAN_KEYS = (
    "Category: Communiqués",
    "Tags: santé, Vierzon",
    "Slug: centre-sante-vierzon",
    "Author: Ville de Vierzon",
    "Authors: Service communication",
    "Summary: Un centre de santé ouvre.",
    "Modified: 2024-03-20",
    "Status: published",
    "Lang: fr",
)


@given(extra=st.lists(st.sampled_from(PELICAN_KEYS), max_size=4, unique=True))
def test_pelican_and_multimarkdown_header_lines_are_metadata(extra: list[str]) -> None:
    lines = [f"Title: {TITLE}", "Date: 2024-03-12 10:20", *extra]
    release = parse("\n".join(lines) + f"\n\n{BODY}\n")
    assert release.headline == TITLE
    assert release.date == DATE
    assert "Title:" not in " ".join(s.heading or "" for s in release.sections)


@given(
    st.sampled_from(
        [
            "Travaux du pont : circulation alternée pendant trois semaines",
            "Santé : un centre ouvre à Vierzon",
            "Budget 2024 : 12 M€ pour les écoles",
        ]
    ),
    st.sampled_from(["Authors", "Author", "Auteur"]),
)
def test_a_pelican_value_may_hold_a_colon(title: str, author_key: str) -> None:
    """Pelican reads "Key: value" to the end of the line; YAML refuses the second colon, and
    the whole header used to be lost."""
    lines = [
        f"Title: {title}",
        "Date: 2024-03-12 10:20",
        f"{author_key}: Ville de Vierzon",
        "Summary: Un centre de santé ouvre : il accueille ses premiers patients lundi.",
    ]
    release = parse("\n".join(lines) + f"\n\n{BODY}\n")
    assert release.headline == title
    assert release.date == DATE
    assert (
        release.header.lede
        == "Un centre de santé ouvre : il accueille ses premiers patients lundi."
    )
    assert [issuer.name for issuer in release.header.issuers] == ["Ville de Vierzon"]
    assert not [d for d in release.diagnostics if d.code == "invalid-front-matter"]


def test_flat_page_yaml_lines_are_read_as_yaml() -> None:
    """Flask-FlatPages reads its unfenced lines as YAML: a quoted title loses its quotes."""
    release = parse(f'title: "{TITLE}"\ndate: 2024-03-12\nauthor: Ville de Vierzon\n\n{BODY}\n')
    assert release.headline == TITLE
