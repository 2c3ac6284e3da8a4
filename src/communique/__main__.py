"""``python -m communique``: the same as the ``communique`` command."""

from .cli import main

raise SystemExit(main())
