"""Is the test suite slower than before? Both suites, side by side, in one run.

Checks out ``--base`` (default: main before the stages-as-packages work of issue 23)
and ``HEAD`` as git worktrees beside this checkout (so ``../shared`` resolves as it
does here), runs each one's ``pytest`` with this environment's Python (each worktree's
``pipeline/`` first on ``PYTHONPATH``, so each suite imports its own code), alternating
the order each round, and compares per-test times from pytest's JUnit XML:

- the whole suite of each (tests, wall time), and
- the tests both suites hold under the same id, summed: the like-for-like figure,
  since the newer suite also holds the tests of everything added since.

    python eval/bench_suite.py                 # one round, base then HEAD
    python eval/bench_suite.py --rounds 2      # base, HEAD, HEAD, base

Writes ``eval/results/suite.json`` (tables for eval/PERFORMANCE.md). Run it on a quiet
machine: a suite run beside another process measures the other process too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# main just before "Stages as packages" (f49accc), the suite the issue compared against
DEFAULT_BASE = "0ae2ac3"


def junit_times(xml_text: str) -> dict[str, tuple[float, str]]:
    """Test id -> (seconds, outcome) from pytest's JUnit XML; the outcome is ``passed``,
    ``failed`` (a failure or an error), or ``skipped``. Set-up and tear-down time are in
    each test's time, as pytest reports it."""
    out: dict[str, tuple[float, str]] = {}
    for case in ET.fromstring(xml_text).iter("testcase"):
        test_id = f"{case.get('classname', '')}::{case.get('name', '')}"
        outcome = "passed"
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "failed"
        elif case.find("skipped") is not None:
            outcome = "skipped"
        seconds = float(case.get("time") or 0.0)
        if test_id in out:  # an error in tear-down: pytest writes a second entry
            seconds += out[test_id][0]
            outcome = "failed" if "failed" in (outcome, out[test_id][1]) else outcome
        out[test_id] = (seconds, outcome)
    return out


def compare(
    base: dict[str, tuple[float, str]], head: dict[str, tuple[float, str]]
) -> dict[str, Any]:
    """The like-for-like figure: tests both suites hold and both passed, summed."""
    common = sorted(t for t in base.keys() & head.keys() if base[t][1] == head[t][1] == "passed")
    base_s = sum(base[t][0] for t in common)
    head_s = sum(head[t][0] for t in common)
    return {
        "tests": len(common),
        "base_seconds": round(base_s, 1),
        "head_seconds": round(head_s, 1),
        "ratio": round(head_s / base_s, 2) if base_s else None,
    }


def summary(times: dict[str, tuple[float, str]]) -> dict[str, int]:
    counts = {"tests": len(times), "passed": 0, "failed": 0, "skipped": 0}
    for _, outcome in times.values():
        counts[outcome] += 1
    return counts


def _commit(ref: str) -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def _run_suite(tree: Path, xml: Path, timeout: float) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree / "pipeline")}
    env.pop("PYTEST_ADDOPTS", None)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={xml}"]
    start = time.perf_counter()
    subprocess.run(cmd, cwd=tree, env=env, timeout=timeout, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(base_ref: str, rounds: int, timeout: float) -> dict[str, Any]:
    refs = {"base": _commit(base_ref), "head": _commit("HEAD")}
    runs: list[dict[str, Any]] = []
    times: dict[str, dict[str, tuple[float, str]]] = {}
    with tempfile.TemporaryDirectory(prefix="suite-bench-") as tmp:
        # siblings of this checkout, so that ``../shared`` resolves in them as it does here
        trees = {}
        for name, commit in refs.items():
            tree = ROOT.parent / f".{Path(tmp).name}-{name}"
            subprocess.run(
                ["git", "worktree", "add", "--detach", "--force", str(tree), commit],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            trees[name] = tree
        try:
            for r in range(rounds):
                order = ["base", "head"] if r % 2 == 0 else ["head", "base"]
                for name in order:
                    xml = Path(tmp) / f"{name}-{r}.xml"
                    wall = _run_suite(trees[name], xml, timeout)
                    found = junit_times(xml.read_text(encoding="utf-8")) if xml.is_file() else {}
                    times[f"{name}-{r}"] = found
                    runs.append(
                        {"suite": name, "commit": refs[name], "round": r, "wall_s": round(wall, 1)}
                        | summary(found)
                        | {"failed_ids": sorted(t for t, (_, o) in found.items() if o == "failed")}
                        | {"load_after": round(os.getloadavg()[0], 2)}
                    )
                    print(name, runs[-1], file=sys.stderr, flush=True)
        finally:
            for tree in trees.values():
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
                )
    common = [compare(times[f"base-{r}"], times[f"head-{r}"]) for r in range(rounds)]
    return {"refs": refs, "rounds": rounds, "runs": runs, "common": common}


def tables(data: dict[str, Any]) -> dict[str, Any]:
    from report import table

    runs = table(
        ["round", "suite", "commit", "tests", "passed", "failed", "skipped", "wall time"],
        (
            [r["round"] + 1, r["suite"], r["commit"], r["tests"], r["passed"], r["failed"]]
            + [r["skipped"], f"{r['wall_s']:.0f} s"]
            for r in data["runs"]
        ),
        "lllrrrrr",
    )
    common = table(
        ["round", "tests in both suites", "base", "HEAD", "HEAD / base"],
        (
            [i + 1, c["tests"], f"{c['base_seconds']:.0f} s", f"{c['head_seconds']:.0f} s"]
            + [c["ratio"]]
            for i, c in enumerate(data["common"])
        ),
        "lrrrr",
    )
    return {"runs": runs, "common": common}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default=DEFAULT_BASE, help="commit to compare against")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per suite run")
    args = parser.parse_args(argv)
    import bench_common as bc
    from report import write_results

    data = measure(args.base, args.rounds, args.timeout)
    data["machine"] = bc.machine()
    print(write_results("suite", data, tables(data)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
