"""The translate stage's CUDA paths side by side (issue 25): one command, no arguments.

Builds the random-weight model with the real opus-mt-zh-en architecture (``bench_common``)
and translates 2,016 sentences (the seed article's, repeated), output length fixed at
1.3x the source tokens, with:

- ``ref fp32``: torch fp32 through transformers' ``generate``: the reference outputs;
- ``old torch fp16``: the previous CUDA path (``generate``, fp16);
- ``new torch fp16``: the static-cache decoder replayed as CUDA graphs (greedy);
- ``ct2 float16`` / ``ct2 int8_float16``: CTranslate2's CUDA backend,

greedy and 4 beams where they apply. It prints one table (tokens/s, share of sentences
equal to the fp32 reference, peak GPU memory, the card) and one JSON line, and writes
``eval/results/gpu.json`` (``--out``) with a "tables" block. Every section runs in its
own process under its own time budget, so a slow or failing section is cut and
reported, not the whole run. Without CUDA it stops at once with a message (exit 2).

``--dry-run`` runs every section on the CPU with the tiny test model and 16 sentences
(fp32 and int8 instead of the CUDA precisions): everything but CUDA, as CI does.

    PYTHONPATH=pipeline python eval/bench_gpu.py [--dry-run] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "pipeline"))
import bench_common as bc  # noqa: E402

SENTENCES = 2016
DRY_SENTENCES = 16
BEAMS = (1, 4)
# Seconds per section (model load, the graph-capturing first run and the timed one);
# with the build (~30 s) they fit gpu_run.sh's 420 s
BUDGETS_S = {
    "ref fp32": 75,
    "old torch fp16": 60,
    "new torch fp16": 60,
    "ct2 float16": 35,
    "ct2 int8_float16": 35,
}
# Wide batches: on an H200 the stage is launch-bound (issue 15: best at 1,024 rows)
GPU_BATCH = {"batch_tokens": 65536, "max_batch_size": 1024}


def _section_specs(dry: bool) -> dict[str, dict[str, Any]]:
    """Name -> the translator config changes and the beam counts it runs."""
    gpu: dict[str, Any] = {"device": "cuda", **GPU_BATCH}
    if dry:
        gpu = {"device": "cpu", "threads": 1}
    half = "fp32" if dry else "fp16"
    return {
        "ref fp32": {"config": {**gpu, "backend": "torch", "precision": "fp32",
                                "decoder": "generate"}, "beams": BEAMS},
        "old torch fp16": {"config": {**gpu, "backend": "torch", "precision": half,
                                      "decoder": "generate"}, "beams": BEAMS},
        "new torch fp16": {"config": {**gpu, "backend": "torch", "precision": half,
                                      "decoder": "static"}, "beams": (1,)},
        "ct2 float16": {"config": {**gpu, "backend": "ctranslate2",
                                   "precision": "int8" if dry else "fp16"}, "beams": BEAMS},
        "ct2 int8_float16": {"config": {**gpu, "backend": "ctranslate2",
                                        "precision": "int8" if dry else "int8_float16"},
                             "beams": BEAMS},
    }  # fmt: skip


# --- one section, in its own process ----------------------------------------------------


class _PeakMemory:
    """Peak device memory in use while a block runs, sampled (CTranslate2 allocates
    outside torch, so ``max_memory_allocated`` would not see it)."""

    def __init__(self, cuda: bool) -> None:
        self.cuda = cuda
        self.peak = 0
        self._stop = threading.Event()

    def _sample(self) -> int:
        import torch

        free, total = torch.cuda.mem_get_info()
        return int(total - free)

    def __enter__(self) -> _PeakMemory:
        if self.cuda:
            self.base = self._sample()
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._sample() - self.base)

    def __exit__(self, *exc: object) -> None:
        if self.cuda:
            self._stop.set()
            self._thread.join()
            self.peak = max(self.peak, self._sample() - self.base)


def run_section(
    name: str, model: str, sentences: list[str], dry: bool, emit: Callable[[dict[str, Any]], None]
) -> None:
    """Load the section's translator, then per beam count: warm up, time two runs."""
    from zhbrief.config import TranslateConfig
    from zhbrief.translate import load_translator

    spec = _section_specs(dry)[name]
    cuda = not dry
    for beams in spec["beams"]:
        config = TranslateConfig(
            model=model, num_beams=beams, fixed_output_ratio=bc.FIXED_RATIO, **spec["config"]
        )
        with _PeakMemory(cuda) as mem:
            translator = load_translator(config)
            if cuda:
                import torch

                torch.cuda.reset_peak_memory_stats()
            times = []
            outputs: list[str] = []
            # The first run also captures the static decoder's graphs: best of two is shown
            for _ in range(2):
                _sync(cuda)
                t0 = time.perf_counter()
                outputs = translator.translate_batch(sentences)
                _sync(cuda)
                times.append(time.perf_counter() - t0)
        peak = mem.peak
        if cuda:
            import torch

            peak = max(peak, torch.cuda.max_memory_allocated())
        emit({
            "section": name, "beams": beams, "seconds": [round(t, 3) for t in times],
            "label": f"{translator.backend} {translator.precision}",
            "peak_mib": round(peak / 2**20), "outputs": outputs,
        })  # fmt: skip
        del translator


def _sync(cuda: bool) -> None:
    if cuda:
        import torch

        torch.cuda.synchronize()


def _section_main(args: argparse.Namespace) -> int:
    import warnings

    warnings.simplefilter("ignore")
    sentences = json.loads(Path(args.sentences).read_text(encoding="utf-8"))

    def emit(row: dict[str, Any]) -> None:
        print("ROW " + json.dumps(row, ensure_ascii=False), flush=True)

    run_section(args.section, args.model, sentences, args.dry_run, emit)
    return 0


# --- the whole benchmark ---------------------------------------------------------------


def _sentences(n: int) -> list[str]:
    try:
        base = bc.seed_sentences()
    except (ImportError, RuntimeError):  # the segmenter is missing or fell back here
        text = bc.SEED.read_text(encoding="utf-8")
        base = [p + "。" for p in text.replace("！", "。").split("。") if p.strip()]
    return [base[i % len(base)] for i in range(n)]


def _build(folder: Path, dry: bool) -> Path:
    if dry:
        from zhbrief.testing import build_tiny_model

        text = bc.SEED.read_text(encoding="utf-8")
        lines = [p + "。" for p in text.replace("！", "。").split("。") if p.strip()]
        return build_tiny_model(folder, lines)
    return bc.build_bench_model(folder)


def _run_one(
    name: str, model: Path, sentences_file: Path, dry: bool, budget: float
) -> tuple[list[dict[str, Any]], str]:
    """Run a section's process; its rows, and why it stopped early ('' if it did not)."""
    command = [sys.executable, __file__, "--section", name, "--model", str(model),
               "--sentences", str(sentences_file)] + (["--dry-run"] if dry else [])  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TOKENIZERS_PARALLELISM": "false"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=budget, env=env)
        out, err, problem = done.stdout, done.stderr, ""
        if done.returncode:
            problem = _last_error(err) or f"exit {done.returncode}"
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else e.stdout or ""
        problem = f"cut at its {budget:.0f} s budget"
    rows = [json.loads(line[4:]) for line in out.splitlines() if line.startswith("ROW ")]
    return rows, problem


def _last_error(stderr: str) -> str:
    lines = [x.strip() for x in stderr.splitlines() if x.strip()]
    errors = [x for x in lines if "Error" in x or "error" in x]
    return (errors or lines or [""])[-1][:300]


def _card(dry: bool) -> str:
    if dry:
        return "none (dry run on the CPU)"
    import torch

    return str(torch.cuda.get_device_name(0))


def _short(why: str) -> str:
    """A table cell's reason: the missing library when that is it (the JSON keeps all)."""
    import re

    lib = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", why)
    if lib:
        return f"{lib.group(1)} not found"
    return why if len(why) <= 80 else why[:79] + "…"


def _tables(result: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for r in result["rows"]:
        rows.append([
            r["section"], r["label"], r["beams"], round(r["tokens_per_s"]),
            "-" if r["same_as_fp32"] is None else f"{r['same_as_fp32']:.0%}", r["peak_mib"],
        ])  # fmt: skip
    for name, why in result["skipped"].items():
        rows.append([name, f"unavailable: {_short(why)}", "-", "-", "-", "-"])
    columns = ["path", "engine", "beams", "tok/s", "same as fp32", "peak GPU MiB"]
    return {"paths": {"columns": columns, "rows": rows}}


def _print_table(table: dict[str, Any], card: str) -> None:
    print(f"\ncard: {card}")
    widths = [
        max(len(str(x)) for x in col) for col in zip(table["columns"], *table["rows"], strict=False)
    ]
    for row in [table["columns"], *table["rows"]]:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dry-run", action="store_true", help="CPU, tiny model, 16 sentences")
    ap.add_argument("--out", type=Path, help="JSON results (default eval/results/gpu.json)")
    ap.add_argument("--model-dir", type=Path, help="reuse (or build once into) this folder")
    ap.add_argument("--section", help=argparse.SUPPRESS)
    ap.add_argument("--model", help=argparse.SUPPRESS)
    ap.add_argument("--sentences", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.section:
        return _section_main(args)
    dry = args.dry_run
    if not dry:
        try:
            import torch
        except ImportError:
            print("bench_gpu: torch is not installed; nothing to measure", file=sys.stderr)
            return 2
        if not torch.cuda.is_available():
            print("bench_gpu: no CUDA device (torch.cuda.is_available() is False); "
                  "run it on a CUDA machine, or with --dry-run to check it on the CPU",
                  file=sys.stderr)  # fmt: skip
            return 2
    started = time.perf_counter()
    out = args.out or (HERE / "results" / "gpu.json")
    sentences = _sentences(DRY_SENTENCES if dry else SENTENCES)
    with tempfile.TemporaryDirectory(prefix="zhbrief-bench-gpu-") as tmp:
        model = args.model_dir or Path(tmp) / "model"
        if not (model / "config.json").is_file():
            print("building the model ...", file=sys.stderr, flush=True)
            _build(model, dry)
        sentences_file = Path(tmp) / "sentences.json"
        sentences_file.write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
        from transformers import AutoTokenizer

        tokens = sum(bc.fixed_lengths(AutoTokenizer.from_pretrained(str(model)), sentences))
        measured: list[dict[str, Any]] = []
        skipped: dict[str, str] = {}
        for name in _section_specs(dry):
            print(f"section {name} ...", file=sys.stderr, flush=True)
            budget = BUDGETS_S[name] * (3 if dry else 1)
            rows, problem = _run_one(name, model, sentences_file, dry, budget)
            measured.extend(rows)
            if problem:
                what = "CTranslate2 CUDA unavailable: " if name.startswith("ct2") else ""
                skipped[name] = what + problem
                print(f"  {name}: {what}{problem}", file=sys.stderr, flush=True)
    reference = {r["beams"]: r["outputs"] for r in measured if r["section"] == "ref fp32"}
    for r in measured:
        ref = reference.get(r["beams"])
        same = sum(a == b for a, b in zip(r["outputs"], ref, strict=True)) if ref else 0
        r["same_as_fp32"] = same / len(sentences) if ref else None
        r["tokens_per_s"] = tokens / min(r["seconds"])
        del r["outputs"]
    card = _card(dry)
    result: dict[str, Any] = {
        "card": card, "dry_run": dry, "sentences": len(sentences), "target_tokens": tokens,
        "rows": measured, "skipped": skipped, "seconds": round(time.perf_counter() - started, 1),
    }  # fmt: skip
    result["tables"] = _tables(result)
    _print_table(result["tables"]["paths"], card)
    print(json.dumps({k: v for k, v in result.items() if k != "tables"}))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if measured else 1


if __name__ == "__main__":
    sys.exit(main())
