"""One coverage-guided (atheris) harness per entry point of the library.

    python fuzz/harness.py TARGET CORPUS_DIR [libFuzzer flags, e.g. -max_total_time=60]

TARGET is ``str`` (``parse`` on text, adapter chosen by the library), ``bytes`` (``parse`` on
bytes), or an adapter forced by name: ``text``, ``markdown``, ``html``, ``email`` (given
text) and ``docx``, ``pdf`` (given bytes). The fuzzer's bytes become text as UTF-8 with
replacement, so text seeds stay readable and mutations stay text.

The oracle is the test suite's (:func:`tests.test_robustness.check_text` and
:func:`check_bytes`): any ``str`` parses (a text adapter may only refuse hostile input with
``UnsafeInputError``), any ``bytes`` parse or raise a library error with a message, spans stay
in range, results serialise. A failure is an uncaught exception: libFuzzer writes the input
to its ``-artifact_prefix`` and ``fuzz/campaign.py`` turns it into a regression fixture.

atheris is the optional extra ``fuzz`` (``pip install -e ".[fuzz]"``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

# The registry imports adapters lazily: import them here, inside the instrumentation.
with atheris.instrument_imports(include=["communique", "pypdf", "yaml", "markdown_it"]):
    import markdown_it  # noqa: F401
    import pypdf  # noqa: F401
    import yaml  # noqa: F401

    import communique
    import communique.adapters.docx
    import communique.adapters.email
    import communique.adapters.html
    import communique.adapters.markdown
    import communique.adapters.pdf
    import communique.adapters.text  # noqa: F401
    from communique.options import Options

from fuzz.targets import TARGETS  # noqa: E402
from tests.test_robustness import check_bytes, check_text  # noqa: E402

# Inputs stay small: the point is the paths an input takes, not its size (the size limit has
# its own tests). 256 KiB is above every seed.
_LARGEST_INPUT = 256 * 1024
assert Options().max_input_bytes > _LARGEST_INPUT


def as_text(data: bytes) -> str:
    """The fuzzer's bytes as the text a ``str`` harness parses."""
    return data.decode("utf-8", errors="replace")


def one_input(target: str) -> Callable[[bytes], None]:
    """The function atheris calls with each input of ``target``."""
    kind, adapter = TARGETS[target]

    def test_one_input(data: bytes) -> None:
        if len(data) > _LARGEST_INPUT:
            return
        if kind == "text":
            check_text(as_text(data), adapter)
        else:
            check_bytes(data, adapter)

    return test_one_input


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        raise SystemExit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [CORPUS] [libFuzzer flags]")
    target = argv[1]
    atheris.Setup([argv[0], *argv[2:]], one_input(target))
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
