"""``zhbrief batch`` end to end: the local executor, the Ray executor, the translate stage alone.

One corpus of documents: the shared government work reports split at their top-level
headings (一、 二、 ...), and the WMT22 source lines grouped ten to a document (both in
tests/data). The same documents go through

- the translate stage alone: every span the batch translates (``spans_to_translate``,
  glossary applied) in one ``translate`` call on an already loaded model: the ceiling;
- ``run_batch`` (the local executor): read, analyse, translate in chunks, check,
  render, write, manifest: end to end, model load included;
- ``run_batch_ray`` on a local Ray cluster started here (its start timed apart): one
  actor with ``--cpus-per-worker`` CPUs (its translator threads), the rest for reading.

The translation memory is off (every run translates everything), outputs have a fixed
length (1.3x the source tokens, as in the other benchmarks) and outputs are compared
between the two executors. Degenerate-output retries (a second, safer decoding of a
sentence) are extra work the stage alone does not do: they are off in the timed runs
and counted apart (the stage alone's outputs that the checks would retry); ``--retry``
times the batch with them.

    python eval/bench_batch.py [--docs 24] [--beams 1] [--retry] [--model-dir DIR] [--json F]

Model: the random-weight model with the real opus-mt-zh-en architecture
(``bench_common.build_bench_model``) unless ``--model-dir`` holds a model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common as bc
import report as docs_report

DATA = bc.ROOT / "tests" / "data"
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")


def corpus(folder: Path, limit: int) -> list[Path]:
    """Write the documents into ``folder``: WMT22 ones first, then report sections."""
    docs: list[tuple[str, str]] = []
    lines = (DATA / "wmt22-zh-en" / "generaltest2022.zh-en.src.zh").read_text().splitlines()
    for i in range(0, len(lines), 10):
        docs.append((f"wmt22-{i // 10:02d}.txt", "\n\n".join(lines[i : i + 10])))
    for report in sorted((DATA / "gov-work-reports").glob("gwr_*.zh.txt")):
        part: list[str] = []
        n = 0
        for line in report.read_text(encoding="utf-8").splitlines():
            if _TOP_HEADING.match(line) and part:
                docs.append((f"{report.name[:8]}-{n:02d}.txt", "\n".join(part)))
                part, n = [], n + 1
            part.append(line)
        docs.append((f"{report.name[:8]}-{n:02d}.txt", "\n".join(part)))
    # Interleave the two sources so a small --docs still has both
    wmt = [d for d in docs if d[0].startswith("wmt")]
    gov = [d for d in docs if not d[0].startswith("wmt")]
    mixed = [d for pair in zip(gov, wmt, strict=False) for d in pair] + gov[len(wmt) :]
    paths = []
    for name, text in mixed[:limit]:
        (folder / name).write_text(text + "\n", encoding="utf-8")
        paths.append(folder / name)
    return paths


def outputs(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl" and not p.name.startswith(".")
    }


def retried(out: Path) -> int:
    return sum(
        json.loads(p.read_text(encoding="utf-8"))["coverage"]["retried"]
        for p in out.glob("*.en.json")
    )


def profile(tmp: Path, retry: bool) -> Path:
    """The benchmarks' fixed output length (equal work per run); retries off unless asked,
    so the batch translates exactly what the stage alone does."""
    path = tmp / "bench.yaml"
    text = (
        f"translate:\n  fixed_output_ratio: {bc.FIXED_RATIO}\nqa:\n  retry: {str(retry).lower()}\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def run(cli: list[str]) -> dict[str, Any]:
    """Run ``zhbrief batch``: wall seconds, and the run's own seconds from its summary."""
    started = time.perf_counter()
    proc = subprocess.run(cli, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    found = re.search(r"(\d+) done, \d+ skipped, (\d+) failed in (\S+);", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(cli)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    done, failed, seconds = found.groups()
    return {
        "wall_seconds": wall,
        "run_seconds": duration(seconds),
        "done": int(done),
        "failed": int(failed),
    }


def duration(text: str) -> float:
    """The summary's duration back in seconds: ``12.3s``, ``1m42s`` or ``1h02m``."""
    units = {"h": 3600.0, "m": 60.0, "s": 1.0}
    return sum(float(n) * units[u] for n, u in re.findall(r"([\d.]+)([hms])", text))


def stage_alone(inputs: list[Path], config: Any) -> tuple[int, float, float, int]:
    """The translate stage alone on the batch's spans: (spans, seconds translating,
    seconds loading, sentences the default checks would retry as degenerate)."""
    from zhbrief.checks import check_degenerate
    from zhbrief.document import Sentence
    from zhbrief.pipeline import Checks, analyse, spans_to_translate
    from zhbrief.translate import load_translator

    checks = Checks.from_config(config.qa)
    spans = [s for p in inputs for s in spans_to_translate(analyse(p, config), "full")]
    sources = [checks.source(s) for s in spans]
    started = time.perf_counter()
    translator = load_translator(config.translate)
    loaded = time.perf_counter()
    english = translator.translate(sources)
    seconds = time.perf_counter() - loaded
    degenerate = sum(
        1
        for s, t in zip(spans, english, strict=True)
        if isinstance(s, Sentence) and check_degenerate(s.zh, t.text) is not None
    )
    return len(sources), seconds, loaded - started, degenerate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=24, help="documents (default 24)")
    ap.add_argument("--beams", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2, help="translator threads, both executors")
    ap.add_argument(
        "--retry", action="store_true", help="time the batch with degenerate-output retries"
    )
    ap.add_argument("--ray-first", action="store_true", help="run the Ray executor first")
    ap.add_argument("--model-dir", type=Path, help="reuse (or build once into) this folder")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--from-json", type=Path, help="only rebuild eval/results/batch.json from FILE")
    args = ap.parse_args(argv)
    if args.from_json:
        print(f"wrote {convert(json.loads(args.from_json.read_text(encoding='utf-8')))}")
        return 0
    sys.path.insert(0, str(bc.ROOT / "pipeline"))
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    from zhbrief.config import load_config

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-batch-") as tmp_name:
        tmp = Path(tmp_name)
        model = args.model_dir or tmp / "opus-mt-zh-en-random"
        if not (model / "config.json").is_file():
            bc.build_bench_model(model)
        (tmp / "in").mkdir()
        inputs = corpus(tmp / "in", args.docs)
        flags = {
            "translate.model": str(model),
            "translate.num_beams": args.beams,
            "translate.threads": args.threads,
            "translate.fixed_output_ratio": bc.FIXED_RATIO,
            "cache.enabled": False,
        }
        config = load_config(None, flags)
        spans, stage_s, load_s, degenerate = stage_alone(inputs, config)
        cli = [str(Path(sys.executable).parent / "zhbrief"), "batch", str(tmp / "in"), "-q"]
        cli += ["--format", "md,json", "--no-cache", "--model", str(model)]
        cli += ["--beams", str(args.beams), "--threads", str(args.threads)]
        cli += ["--config", str(profile(tmp, args.retry))]
        # One actor with all translator threads; half a CPU left for reading and writing
        ray_flags = ["--executor", "ray", "--workers", "1"]
        ray_flags += ["--cpus-per-worker", str(args.threads - 0.5)]
        if args.ray_first:
            on_ray = run(cli + ["-o", str(tmp / "ray"), *ray_flags])
        local = run(cli + ["-o", str(tmp / "local")])
        if not args.ray_first:
            on_ray = run(cli + ["-o", str(tmp / "ray"), *ray_flags])
        # Again at the end: on a shared machine the load changes during the run
        stage_again = stage_alone(inputs, config)[1]
        same = outputs(tmp / "local") == outputs(tmp / "ray")
        retries = retried(tmp / "local") if args.retry else degenerate
    info = bc.machine()
    n = len(inputs)
    result = {
        "machine": info,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "documents": n,
        "spans": spans,
        "beams": args.beams,
        "threads": args.threads,
        "fixed_output_ratio": bc.FIXED_RATIO,
        "stage_alone": {"seconds": [stage_s, stage_again], "model_load_seconds": load_s},
        "local": local,
        "ray": on_ray,
        "retry": args.retry,
        "order": "ray, local" if args.ray_first else "local, ray",
        "degenerate_sentences": retries,
        "identical_outputs": same,
    }
    print(f"machine: {info['cpu']}, {info['cpus']} CPUs; load average before {load_before}")
    print(f"{n} documents, {spans} spans, {args.beams} beam(s), {args.threads} threads")
    print(f"{'path':34} {'wall s':>7} {'run s':>7} {'docs/s':>7} {'spans/s':>8}")
    stage_s = min(stage_s, stage_again)
    label = "translate stage alone (loaded) ¹"
    print(f"{label:34} {'':>7} {stage_s:7.1f} {'':>7} {spans / stage_s:8.1f}")
    for name, r in [("batch, local executor", local), ("batch, Ray executor", on_ray)]:
        w, s_ = r["wall_seconds"], r["run_seconds"]
        print(f"{name:34} {w:7.1f} {s_:7.1f} {n / w:7.2f} {spans / s_:8.1f}")
    print("wall: the whole command (imports, Ray cluster start); run: the batch summary's time")
    print(f"¹ faster of two (first, last): {result['stage_alone']['seconds']}; model load")
    print(f"  {load_s:.1f}s not in its row")
    for key in ("wall_seconds", "run_seconds"):
        print(f"Ray overhead over local ({key[:-8]}): {on_ray[key] / local[key] - 1:+.1%}")
    efficiency = stage_s / local["run_seconds"]
    print(f"local end-to-end efficiency (batch run / stage alone): {efficiency:.0%}")
    timed = "timed with them" if args.retry else "not timed, retries off"
    print(f"degenerate-output retries: {retries} sentences ({timed}); outputs identical: {same}")
    print(f"load average after {result['load_average_after']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {convert(result)}")
    return 0


def derived(result: dict[str, Any]) -> dict[str, float]:
    """The figures the docs quote, from the raw ``result``."""
    stage = min(result["stage_alone"]["seconds"])
    local, ray = result["local"], result["ray"]
    return {
        "local_spans_per_s": result["spans"] / local["run_seconds"],
        "local_efficiency": stage / local["run_seconds"],
        "ray_overhead_run": ray["run_seconds"] / local["run_seconds"] - 1,
        "ray_overhead_wall": ray["wall_seconds"] / local["wall_seconds"] - 1,
    }


def tables(result: dict[str, Any]) -> dict[str, Any]:
    """The table of eval/BATCH.md's final run, from this script's ``result``."""
    n, spans = result["documents"], result["spans"]
    tries = result["stage_alone"]["seconds"]
    stage = min(tries)
    shown = ", ".join(f"{t:.1f}" for t in tries)
    rows: list[list[str]] = [
        [f"translate stage alone (loaded; faster of two: {shown})", "", f"{stage:.1f}", ""]
        + [f"{spans / stage:.1f}"]
    ]
    for label, key in (
        ("`zhbrief batch`, local executor", "local"),
        ("`zhbrief batch --executor ray`", "ray"),
    ):
        wall, run_s = result[key]["wall_seconds"], result[key]["run_seconds"]
        rows.append(
            [label, f"{wall:.1f}", f"{run_s:.1f}", f"{n / wall:.2f}", f"{spans / run_s:.1f}"]
        )
    return {
        "final": docs_report.table(["path", "wall s", "run s", "docs/s", "spans/s"], rows, "lrrrr")
    }


def convert(result: dict[str, Any]) -> Path:
    """eval/results/batch.json: the raw ``result``, the figures derived from it, the table."""
    raw = {k: v for k, v in result.items() if k not in ("derived", "tables")}
    return docs_report.write_results("batch", {**raw, "derived": derived(raw)}, tables(raw))


if __name__ == "__main__":
    raise SystemExit(main())
