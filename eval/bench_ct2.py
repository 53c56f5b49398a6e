"""Our default CPU path against CTranslate2 int8, side by side (issue: CPU speed).

Builds the random-weight model with the real opus-mt-zh-en architecture (see
``bench_common``), converts it for CTranslate2 (int8), and translates the seed
article's sentences with each path, output length fixed at 1.3x the source tokens,
for greedy decoding and 4 beams. Each path runs in its own process (peak memory is
that process's ru_maxrss, model load included); repetitions alternate between the
paths and the median is reported. Tokens per second count the same target tokens for
every path (the sum of the per-sentence fixed lengths), so a ratio is a time ratio.

    python eval/bench_ct2.py [--reps 3] [--threads 2] [--json eval/results/ct2.json]
    python eval/bench_ct2.py --quick   # only the default path and CTranslate2 tuned

The JSON (default ``eval/results/ct2.json``) holds a "tables" block for the docs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common as bc


def _paths(model: str, ct2_dir: str | None, beams: int, threads: int) -> dict[str, dict[str, Any]]:
    base = {"model": model, "threads": threads, "beams": beams}
    paths: dict[str, dict[str, Any]] = {
        "ours (default)": {**base, "kind": "stage", "config": {"num_beams": beams}},
        "torch int8": {
            **base,
            "kind": "stage",
            "config": {"num_beams": beams, "backend": "torch", "precision": "int8"},
        },
        "torch fp32": {
            **base,
            "kind": "stage",
            "config": {"num_beams": beams, "backend": "torch", "precision": "fp32"},
        },
    }
    if ct2_dir:
        paths["ctranslate2 int8"] = {**base, "kind": "ct2", "ct2_dir": ct2_dir, "batch": 16}
        # CTranslate2 with the thread and batch settings our default path uses, for honesty:
        # the gain over the row above comes from these settings, not from a faster engine
        paths["ct2 tuned like ours"] = {
            **base,
            "kind": "ct2",
            "ct2_dir": ct2_dir,
            "batch": max(1, min(8, 16 // beams)),
            "parallel": True,
        }
    return paths


def _convert(model: Path, out: Path) -> str | None:
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        print("ctranslate2 is not installed: no CTranslate2 column", file=sys.stderr)
        return None
    TransformersConverter(str(model)).convert(str(out), quantization="int8", force=True)
    return str(out)


QUICK = ("ours (default)", "ct2 tuned like ours")


def measure(
    model: Path,
    ct2_dir: str | None,
    beams: int,
    reps: int,
    threads: int,
    sentences: list[str],
    quick: bool = False,
) -> dict[str, Any]:
    from transformers import AutoTokenizer

    tokens = sum(bc.fixed_lengths(AutoTokenizer.from_pretrained(str(model)), sentences))
    paths = _paths(str(model), ct2_dir, beams, threads)
    if quick:  # the comparison alone, alternating; no fp32 reference
        paths = {name: spec for name, spec in paths.items() if name in QUICK}
    workers = {name: bc.Worker(spec) for name, spec in paths.items()}
    try:
        for w in workers.values():  # warm-up: first calls allocate and pick kernels
            w.run(sentences[:4])
        for w in workers.values():
            w.times.clear()
        for rep in range(reps):
            for name, w in workers.items():
                if name == "torch fp32" and rep > 0:
                    continue  # the reference: once is enough
                w.run(sentences)
        ref_worker = workers.get("torch fp32", workers["ct2 tuned like ours"] if quick else None)
        reference = ref_worker.outputs if ref_worker else []
        rows = {}
        for name, w in workers.items():
            same, prefix = bc.agreement(w.outputs, reference)
            seconds = bc.median(w.times)
            rows[name] = {
                "label": w.label,
                "seconds": round(seconds, 3),
                "runs": [round(t, 3) for t in w.times],
                "tokens_per_s": round(tokens / seconds, 1),
                "identical_to_fp32": round(same, 3),
                "prefix_agreement": round(prefix, 3),
                "load_s": round(w.load_s, 2),
            }
    finally:
        for name, w in workers.items():
            peak = w.close()
            if name in locals().get("rows", {}):
                rows[name]["peak_mib"] = round(peak)
    return {"beams": beams, "target_tokens": tokens, "paths": rows}


def report(results: list[dict[str, Any]], info: dict[str, Any]) -> None:
    print(
        f"\nmachine: {info['cpu']}, {info['cpus']} CPUs; torch {info['torch']}, "
        f"transformers {info.get('transformers')}, ctranslate2 {info['ctranslate2']}"
    )
    for r in results:
        print(f"\n{r['beams']} beam(s), {r['target_tokens']} target tokens per run")
        print(f"{'path':20} {'used':50} {'tok/s':>7} {'peak MiB':>9} {'same as fp32':>13}")
        for name, p in r["paths"].items():
            print(
                f"{name:20} {p['label']:50} {p['tokens_per_s']:7.0f} {p.get('peak_mib', 0):9} "
                f"{p['identical_to_fp32']:13.0%}"
            )
        paths = r["paths"]
        if "ctranslate2 int8" in paths:
            ratio = (
                paths["ours (default)"]["tokens_per_s"] / paths["ctranslate2 int8"]["tokens_per_s"]
            )
            r["ratio"] = round(ratio, 2)
            print(f"ratio ours/CTranslate2 ({r['beams']} beam(s)): {ratio:.2f}")
        if "ct2 tuned like ours" in paths:
            tuned = (
                paths["ours (default)"]["tokens_per_s"]
                / paths["ct2 tuned like ours"]["tokens_per_s"]
            )
            r["ratio_tuned"] = round(tuned, 2)
            print(f"ratio ours/CTranslate2 tuned like ours: {tuned:.2f}")


def tables(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The docs' tables: tokens/s per path and beam count, and the ratios."""
    names = list(results[0]["paths"]) if results else []
    columns = ["path", *(f"{r['beams']} beam(s) tok/s" for r in results)]
    rows = [[n, *(round(r["paths"][n]["tokens_per_s"]) for r in results)] for n in names]
    ratios = [["ours / CTranslate2 tuned like ours", *(r.get("ratio_tuned", "-") for r in results)]]
    ratios.append(["ours / CTranslate2 batches of 16", *(r.get("ratio", "-") for r in results)])
    ratio_columns = ["ratio", *(f"{r['beams']} beam(s)" for r in results)]
    return {
        "speed": {"columns": columns, "rows": rows},
        "ratios": {"columns": ratio_columns, "rows": ratios},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--beams", type=int, nargs="+", default=[1, 4])
    ap.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    ap.add_argument("--model-dir", type=Path, help="reuse (or build once into) this folder")
    ap.add_argument("--json", type=Path, default=bc.ROOT / "eval" / "results" / "ct2.json")
    ap.add_argument("--quick", action="store_true", help="only ours and CTranslate2 tuned")
    args = ap.parse_args(argv)
    sentences = bc.seed_sentences()
    if args.limit:
        sentences = sentences[: args.limit]
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-") as tmp:
        model = args.model_dir or Path(tmp) / "opus-mt-zh-en-random"
        if not (model / "config.json").is_file():
            bc.build_bench_model(model)
        ct2_dir = _convert(model, Path(tmp) / "ct2-int8")
        info = bc.machine()
        results = []
        for beams in args.beams:
            print(f"measuring {beams} beam(s) ...", file=sys.stderr, flush=True)
            results.append(
                measure(model, ct2_dir, beams, args.reps, args.threads, sentences, args.quick)
            )
        report(results, info)
    info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    document = {"machine": info, "results": results, "tables": tables(results)}
    args.json.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    ok = all(r.get("ratio_tuned", 0) >= 0.95 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
