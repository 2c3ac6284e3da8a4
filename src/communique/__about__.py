"""The package version: the single source of truth.

``pyproject.toml`` reads it (hatch's dynamic version), ``communique.__version__`` re-exports
it and ``communique --version`` prints it; ``scripts/release.sh`` bumps it.
"""

__version__ = "0.1.0.dev0"
