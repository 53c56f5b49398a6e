"""Summary against full translation of the seed article (issue: CPU speed).

``zhbrief summarise`` ranks sentences on the Chinese side and translates only the
sentences it shows plus the title, headings and metadata; ``brief --full`` translates
everything. This times both through ``zhbrief.pipeline.translate_documents`` with the default
config (its backend and precision are printed) on the random-weight model with the real
architecture, output length fixed at 1.3x the source tokens.

    python eval/bench_summary.py [--reps 3] [--beams 4] [--threads 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common as bc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model-dir", type=Path)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(bc.ROOT / "pipeline"))
    from zhbrief.config import Config, TranslateConfig
    from zhbrief.pipeline import analyse, spans_to_translate, translate_documents
    from zhbrief.reading import decode_bytes
    from zhbrief.translate import load_translator

    raw = bc.SEED.read_bytes()
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-") as tmp:
        model = args.model_dir or Path(tmp) / "opus-mt-zh-en-random"
        if not (model / "config.json").is_file():
            bc.build_bench_model(model)
        config = TranslateConfig(
            model=str(model),
            num_beams=args.beams,
            threads=args.threads,
            fixed_output_ratio=bc.FIXED_RATIO,
        )
        translator = load_translator(config)
        translator.translate_batch(["预热。"])  # warm-up
        times: dict[str, list[float]] = {"summary": [], "full": []}
        counts: dict[str, int] = {}
        for _ in range(args.reps):
            for scope in ("summary", "full"):
                doc = analyse(decode_bytes(raw, bc.SEED.name), Config())
                counts[scope] = len(spans_to_translate(doc, scope))
                t0 = time.perf_counter()
                translate_documents([doc], translator, scope=scope)
                times[scope].append(time.perf_counter() - t0)
    summary, full = bc.median(times["summary"]), bc.median(times["full"])
    info = bc.machine()
    print(
        f"machine: {info['cpu']}, {info['cpus']} CPUs, {args.threads} threads; "
        f"{translator.backend} {translator.precision}, {args.beams} beam(s)"
    )
    print(f"summary: {counts['summary']:3} spans translated, {summary:6.2f} s (median)")
    print(f"full:    {counts['full']:3} spans translated, {full:6.2f} s (median)")
    print(f"full / summary: {full / summary:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
