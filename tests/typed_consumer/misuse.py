"""Code that misuses communique's types: mypy --strict must reject every marked line."""

from __future__ import annotations

from communique import parse

release = parse("Paris, le 24 juillet 2012")
headline: str = release.header.headline  # error: str | None is not str
count: int = release.contacts  # error: a tuple of contacts is not an int
parse(["not", "text"])  # error: neither str nor bytes
