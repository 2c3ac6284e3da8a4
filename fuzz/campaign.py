"""Run every atheris harness (``fuzz/harness.py``) for a while, and save what they find.

    python fuzz/campaign.py --seconds 15                 # CI: every harness, 15 s each
    python fuzz/campaign.py --seconds 3600 --jobs 8      # the long run, eight at a time
    python fuzz/campaign.py --only docx pdf --corpus ~/communique-corpus

Each harness starts from the corpus ``fuzz/seed_corpus.py`` writes (kept in ``--corpus`` so a
long run can resume and grow it) and runs as its own process, with libFuzzer's per-input
timeout (``--timeout``, a hang is a finding) and a memory limit. Every input a harness fails
on (a crash, a hang, an out-of-memory) becomes a self-describing JSON fixture in
``tests/regressions/``, replayed by ``tests/test_robustness.py`` in every test run. The
summary gives the executions and findings of each harness; the exit status is 1 when
something was found.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fuzz.seed_corpus import write as write_seeds  # noqa: E402
from fuzz.targets import TARGETS  # noqa: E402

HARNESS = ROOT / "fuzz" / "harness.py"
REGRESSIONS = ROOT / "tests" / "regressions"
_RUNS = re.compile(r"Done (\d+) runs in")
_PROGRESS = re.compile(r"^#(\d+)\s", re.M)
# atheris prints the exception on the line after this banner.
_UNCAUGHT = re.compile(r"Uncaught Python exception: ===\n(.+)")
_ERROR = re.compile(
    r"^(?:=+\s*)?(?:Uncaught Python exception|\w*Error|.*ERROR: libFuzzer).*$", re.M
)


def save_regression(harness: str, data: bytes, kind: str, what: str) -> Path:
    """Write the input ``data`` a harness failed on as a regression fixture."""
    target, adapter = TARGETS[harness]
    digest = hashlib.sha256(data).hexdigest()[:12]
    record: dict[str, object] = {
        "description": f"found by fuzz/campaign.py ({harness} harness, {kind}): {what[:300]}",
        "target": target,
        "adapter": adapter,
    }
    if target == "bytes":
        record["input_base64"] = base64.b64encode(data).decode("ascii")
    else:
        record["input"] = data.decode("utf-8", errors="replace")
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"atheris-{harness}-{digest}.json"
    path.write_text(json.dumps(record, ensure_ascii=True, indent=2) + "\n", encoding="utf-8")
    return path


def run_harness(harness: str, corpus: Path, seconds: int, timeout: int) -> dict[str, object]:
    """One harness for ``seconds``; what it ran and the fixtures it produced."""
    artifacts = Path(tempfile.mkdtemp(prefix=f"communique-fuzz-{harness}-"))
    started = time.monotonic()
    command = [
        sys.executable,
        str(HARNESS),
        harness,
        str(corpus / harness),
        f"-max_total_time={seconds}",
        f"-timeout={timeout}",
        "-rss_limit_mb=4096",
        "-max_len=262144",
        f"-artifact_prefix={artifacts}/",
        "-print_final_stats=1",
    ]
    finished = subprocess.run(
        command, capture_output=True, text=True, errors="replace", check=False
    )
    log = finished.stdout + finished.stderr
    runs = sum(int(n) for n in _RUNS.findall(log))
    stats = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
    if stats:
        runs = max(runs, int(stats.group(1)))
    progress = _PROGRESS.findall(log)  # libFuzzer's "#123456 pulse …" lines, when it stopped
    if progress:
        runs = max(runs, *(int(n) for n in progress))
    saved = []
    uncaught = _UNCAUGHT.search(log)
    errors = _ERROR.findall(log)
    for artifact in sorted(artifacts.iterdir()):
        kind = artifact.name.split("-", 1)[0]  # crash, timeout, oom, slow-unit, leak
        what = (uncaught.group(1) if uncaught else errors[-1] if errors else kind).strip()
        saved.append(str(save_regression(harness, artifact.read_bytes(), kind, what)))
    return {
        "harness": harness,
        "executions": runs,
        "seconds": round(time.monotonic() - started),
        "found": saved,
        "status": finished.returncode,
        "log_tail": "\n".join(log.splitlines()[-15:]) if finished.returncode else "",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=20, help="time per harness (default 20)")
    parser.add_argument("--jobs", type=int, default=1, help="harnesses run at once (default 1)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    parser.add_argument("--only", nargs="+", choices=sorted(TARGETS), help="these harnesses")
    parser.add_argument("--corpus", type=Path, help="corpus folder kept between runs")
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.mkdtemp(prefix="communique-corpus-"))
    write_seeds(corpus)
    harnesses = args.only or list(TARGETS)
    results = []
    found = 0
    with ThreadPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        runs = pool.map(lambda h: run_harness(h, corpus, args.seconds, args.timeout), harnesses)
        for result in runs:  # each line as soon as its harness is done: a long run keeps them
            results.append(result)
            names = result["found"]
            assert isinstance(names, list)
            found += len(names)
            print(
                f"{result['harness']:>8}: {result['executions']:>9,} executions in "
                f"{result['seconds']} s, {len(names)} finding(s)"
                + "".join(f"\n          -> {name}" for name in names),
                flush=True,
            )
            if result["status"] and not names:
                print(f"          harness exited with {result['status']}:\n{result['log_tail']}")
    total = sum(int(str(r["executions"])) for r in results)
    print(f"{total:,} executions over {len(results)} harnesses; {found} finding(s)")
    failed = found or any(r["status"] for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
