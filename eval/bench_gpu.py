"""Translate stage on a CUDA GPU: fp16 against fp32, greedy and 4 beams, larger batches.

Same random-weight model and fixed output length (1.3x source) as the CPU benchmarks;
the seed article's sentences are repeated ``--copies`` times so the GPU has enough work.

    python eval/bench_gpu.py [--copies 8] [--reps 3]
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
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--model-dir", type=Path)
    args = ap.parse_args(argv)
    import torch

    if not torch.cuda.is_available():
        print("no CUDA device: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(bc.ROOT / "pipeline"))
    from zhbrief.config import TranslateConfig
    from zhbrief.translate import load_translator

    sentences = bc.seed_sentences() * args.copies
    print(f"GPU: {torch.cuda.get_device_name(0)}; torch {torch.__version__}")
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-") as tmp:
        model = args.model_dir or Path(tmp) / "opus-mt-zh-en-random"
        if not (model / "config.json").is_file():
            bc.build_bench_model(model)
        for precision, batch_tokens, max_batch in (
            ("fp32", 4096, 64),
            ("fp16", 4096, 64),
            ("fp16", 16384, 256),
        ):
            for beams in (1, 4):
                config = TranslateConfig(
                    model=str(model),
                    device="cuda",
                    precision=precision,  # type: ignore[arg-type]
                    num_beams=beams,
                    batch_tokens=batch_tokens,
                    max_batch_size=max_batch,
                    fixed_output_ratio=bc.FIXED_RATIO,
                )
                t = load_translator(config)
                t.translate_batch(sentences[:8])  # warm-up
                times = []
                for _ in range(args.reps):
                    t.stats.target_tokens = 0
                    torch.cuda.synchronize()
                    t0 = time.perf_counter()
                    t.translate_batch(sentences)
                    torch.cuda.synchronize()
                    times.append(time.perf_counter() - t0)
                # Every path is credited the same fixed output length (as on the CPU), so
                # the rate is a time ratio; "kept" shows how many tokens survived before an
                # early </s> (random weights can overflow in fp16 and emit NaN logits)
                credited = sum(bc.fixed_lengths(t.tokenizer, sentences))
                kept = t.stats.target_tokens  # of the last repetition
                rate = credited / bc.median(times)
                peak = torch.cuda.max_memory_allocated() / 2**20
                print(
                    f"{precision} beams={beams} batch_tokens={batch_tokens} "
                    f"max_batch={max_batch}: {rate:8.0f} tok/s, peak GPU {peak:.0f} MiB, "
                    f"kept {kept / credited:.0%} of tokens",
                    flush=True,
                )
                del t
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats()
    return 0


if __name__ == "__main__":
    sys.exit(main())
