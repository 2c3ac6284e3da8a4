"""The long fuzz: hypothesis with a large budget, for as long as asked.

    python fuzz/run.py --minutes 10

Rounds of release-like text (every adapter), release-like bytes, generated releases and their
rewrites run until the time is up. Each round is one hypothesis run with a fresh seed; a
failing input (after shrinking) is saved as a self-describing JSON fixture under
``tests/regressions/``, which ``tests/test_robustness.py`` replays in every test run. The
oracle is the one of the test suite (:func:`tests.test_robustness.check_text` and
:func:`check_bytes`): any ``str`` parses, any ``bytes`` parse or raise a library error, spans
stay in range, results serialise. The exit status is 1 when something was found.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import hypothesis  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests import strategies as gs  # noqa: E402
from tests.test_robustness import REGRESSIONS, check_bytes, check_text  # noqa: E402

from communique import parse  # noqa: E402
from communique.registry import adapter_names  # noqa: E402

ADAPTERS = st.sampled_from((None, *adapter_names()))


class Found(Exception):
    """A failing input, with what is needed to save it."""

    def __init__(self, target: str, value: str | bytes, adapter: str | None, error: BaseException):
        super().__init__(f"{type(error).__name__}: {error}")
        self.target, self.value, self.adapter, self.error = target, value, adapter, error


def _guard(target: str, value: str | bytes, adapter: str | None, check: Callable[[], None]) -> None:
    try:
        check()
    except Exception as error:
        raise Found(target, value, adapter, error) from error


def _text_target(text: str, adapter: str | None) -> None:
    _guard("text", text, adapter, lambda: check_text(text, adapter))


def _bytes_target(raw: bytes, adapter: str | None) -> None:
    _guard("bytes", raw, adapter, lambda: check_bytes(raw, adapter))


def _generated_target(release: gs.GenRelease, chain: list[gs.Transform], markdown: bool) -> None:
    text = gs.apply_all(chain, gs.render_markdown(release) if markdown else gs.render_text(release))
    _guard("text", text, None, lambda: check_text(text))
    parse(text)


TARGETS: dict[str, tuple[Callable[..., None], tuple[st.SearchStrategy[Any], ...]]] = {
    "release-like text": (_text_target, (gs.release_like_text, ADAPTERS)),
    "any text": (_text_target, (st.text(), ADAPTERS)),
    "release-like bytes": (_bytes_target, (gs.release_like_bytes, ADAPTERS)),
    "generated releases": (
        _generated_target,
        (gs.gen_releases(), gs.transform_chains, st.booleans()),
    ),
}


def save(found: Found) -> Path:
    """Write the failing input as a regression fixture; returns its path."""
    if isinstance(found.value, bytes):
        payload: dict[str, Any] = {"input_base64": base64.b64encode(found.value).decode("ascii")}
        digest = hashlib.sha256(found.value).hexdigest()[:12]
    else:
        payload = {"input": found.value}
        digest = hashlib.sha256(found.value.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    record = {
        "description": f"found by fuzz/run.py: {type(found.error).__name__}: "
        f"{str(found.error)[:300]}",
        "target": found.target,
        "adapter": found.adapter,
        **payload,
    }
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"fuzz-{found.target}-{digest}.json"
    path.write_text(json.dumps(record, ensure_ascii=True, indent=2) + "\n", encoding="utf-8")
    return path


def run_round(name: str, examples: int, seed: int) -> tuple[int, Found | None]:
    """One hypothesis run of ``examples`` inputs on target ``name``; returns (count, found)."""
    function, strategies = TARGETS[name]
    count = 0

    def counted(data: st.DataObject) -> None:
        nonlocal count
        count += 1
        function(*(data.draw(strategy) for strategy in strategies))

    test = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )(given(st.data())(counted))
    try:
        hypothesis.seed(seed)(test)()
    except Found as found:
        return count, found
    return count, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    parser.add_argument("--examples", type=int, default=500, help="inputs per round")
    parser.add_argument("--seed", type=int, default=None, help="first round's seed")
    args = parser.parse_args(argv)
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    totals = dict.fromkeys(TARGETS, 0)
    saved: list[Path] = []
    rounds = 0
    while time.monotonic() < deadline:
        for name in TARGETS:
            if time.monotonic() >= deadline:
                break
            count, found = run_round(name, args.examples, seed + rounds)
            rounds += 1
            totals[name] += count
            if found is not None:
                path = save(found)
                saved.append(path)
                print(f"FOUND ({name}): {found} -> {path.relative_to(ROOT)}", flush=True)
    minutes = (time.monotonic() - started) / 60
    print(
        f"{sum(totals.values()):,} inputs in {minutes:.1f} min over {rounds} rounds "
        f"(first seed {seed}): " + ", ".join(f"{name} {count:,}" for name, count in totals.items())
    )
    print(f"{len(saved)} failing input(s) saved" + "".join(f"\n  {p}" for p in saved))
    return 1 if saved else 0


if __name__ == "__main__":
    raise SystemExit(main())
