"""Why is the translate stage slower in fp16 than fp32 on a GPU? Time and profile it."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_common as bc


def main() -> None:
    import torch
    from torch.profiler import ProfilerActivity, profile

    sys.path.insert(0, str(bc.ROOT / "pipeline"))
    from zhbrief.config import TranslateConfig
    from zhbrief.translate import load_translator

    sents = bc.seed_sentences()[:64]
    with tempfile.TemporaryDirectory() as tmp:
        path = bc.build_bench_model(Path(tmp) / "m")
        for precision in ("fp32", "fp16"):
            config = TranslateConfig(
                model=str(path),
                device="cuda",
                precision=precision,  # type: ignore[arg-type]
                num_beams=1,
                fixed_output_ratio=bc.FIXED_RATIO,
            )
            t = load_translator(config)
            t.translate_batch(sents)
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            t.translate_batch(sents)
            torch.cuda.synchronize()
            print(f"{precision} stage: {time.perf_counter() - t0:.3f}s", flush=True)
            print("dtype", next(t.model.parameters()).dtype, "gen", t.model.generation_config)
            with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
                t.translate_batch(sents[:16])
            print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=12))
            del t
            torch.cuda.empty_cache()


if __name__ == "__main__":
    main()
