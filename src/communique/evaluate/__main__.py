"""``python -m communique.evaluate DIR``: the same as ``communique evaluate DIR``."""

from . import main

raise SystemExit(main())
