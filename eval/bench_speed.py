"""One sentence at a time against the translate stage, greedy, on the CPU (issue A).

Builds the random-weight model with the real opus-mt-zh-en architecture (see
``bench_common``), and translates the seed article's sentences with output length fixed
at 1.3x the source tokens:

- one at a time: what a first script does, transformers fp32 ``generate`` per sentence;
- the stage: zhbrief's ``translate_batch`` with the default config (int8, length-sorted
  batches; the backend it picked is printed).

One at a time is slow, so it runs on every 7th sentence (a spread of lengths); the
stage runs on the same sentences (the ratio) and on all of them. Each path runs in its
own process; repetitions alternate and medians are reported.

    python eval/bench_speed.py [--reps 3] [--threads 2] [--backend auto|torch|ctranslate2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common as bc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--every", type=int, default=7, help="one at a time on every Nth sentence")
    ap.add_argument("--backend", default="auto", choices=["auto", "torch", "ctranslate2"])
    ap.add_argument("--model-dir", type=Path, help="reuse (or build once into) this folder")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    from transformers import AutoTokenizer

    sentences = bc.seed_sentences()
    subset = sentences[:: args.every]
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-") as tmp:
        model = args.model_dir or Path(tmp) / "opus-mt-zh-en-random"
        if not (model / "config.json").is_file():
            bc.build_bench_model(model)
        tok = AutoTokenizer.from_pretrained(str(model))
        n_subset, n_all = sum(bc.fixed_lengths(tok, subset)), sum(bc.fixed_lengths(tok, sentences))
        base = {"model": str(model), "threads": args.threads, "beams": 1}
        single = bc.Worker({**base, "kind": "single"})
        stage = bc.Worker(
            {**base, "kind": "stage", "config": {"num_beams": 1, "backend": args.backend}}
        )
        try:
            for w in (single, stage):
                w.run(subset[:2])  # warm-up
                w.times.clear()
            full: list[float] = []
            for _ in range(args.reps):
                single.run(subset)
                stage.run(subset)
                full.append(stage.run(sentences))
                stage.times.pop()
        finally:
            peaks = [single.close(), stage.close()]
    rate_single = n_subset / bc.median(single.times)
    rate_stage = n_subset / bc.median(stage.times)
    rate_full = n_all / bc.median(full)
    ratio = rate_stage / rate_single
    info = bc.machine()
    print(
        f"machine: {info['cpu']}, {info['cpus']} CPUs, {args.threads} threads; torch "
        f"{info['torch']}, ctranslate2 {info['ctranslate2']}; greedy, output = 1.3 x source"
    )
    print(f"{'path':46} {'sentences':>9} {'tok/s':>7} {'peak MiB':>9}")
    print(f"{single.label:46} {len(subset):9} {rate_single:7.1f} {peaks[0]:9.0f}")
    print(f"{'stage: ' + stage.label:46} {len(subset):9} {rate_stage:7.1f} {peaks[1]:9.0f}")
    print(f"{'stage: ' + stage.label:46} {len(sentences):9} {rate_full:7.1f}")
    print(f"ratio stage / one at a time (same sentences): {ratio:.1f}x")
    if args.json:
        result = {
            "machine": info,
            "one_at_a_time": {"label": single.label, "tokens_per_s": rate_single},
            "stage": {"label": stage.label, "tokens_per_s": rate_stage, "all": rate_full},
            "ratio": ratio,
        }
        args.json.write_text(json.dumps(result, indent=1))
    return 0 if ratio >= 8 else 1


if __name__ == "__main__":
    sys.exit(main())
