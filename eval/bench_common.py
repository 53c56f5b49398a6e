"""Shared pieces of the speed benchmarks: the random-weight model and the seed sentences.

The real opus-mt-zh-en weights are not in the repository, so the benchmarks build a
``MarianMTModel`` with random weights from the real architecture (the model's own
``config.json``: 6+6 layers, d_model 512, 65,001 shared tokens) with
``zhbrief.testing.build_bench_model``, the same builder the tests' tiny model comes
from. Speed depends on the architecture and the token counts, not on the weights'
values.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL_CONFIG = Path("/work/shared/data/models/opus-mt-zh-en/config.json")
CONFIG_COPY = ROOT / "eval" / "opus-mt-zh-en.config.json"
SEED = ROOT / "tests" / "data" / "seed" / "alibaba-rural-export.zh.txt"


def real_config_path() -> Path:
    """opus-mt-zh-en's config.json (the shared copy, else the one kept in eval/)."""
    return REAL_CONFIG if REAL_CONFIG.is_file() else CONFIG_COPY


def seed_sentences() -> list[str]:
    """The seed article's sentences as the pipeline segments them."""
    sys.path.insert(0, str(ROOT / "pipeline"))
    from zhbrief.config import SegmentConfig
    from zhbrief.segmentation import segment

    doc = segment(SEED.read_text(encoding="utf-8"), SegmentConfig())
    if doc.provenance.segment_fallback:  # e.g. jieba missing: lines are not sentences
        raise RuntimeError(f"the segmenter fell back: {doc.provenance.segment_fallback}")
    return [s.zh for sec in doc.sections for s in sec.sentences()]


def build_bench_model(path: Path, seed: int = 0) -> Path:
    """A loadable MarianMT folder: real architecture, random weights, full-size vocab."""
    sys.path.insert(0, str(ROOT / "pipeline"))
    from zhbrief.testing import build_bench_model as build

    text = SEED.read_text(encoding="utf-8")
    zh = [p + "。" for p in text.replace("！", "。").replace("？", "。").split("。") if p.strip()]
    return build(path, zh, real_config_path(), seed)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import torch

    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "quantized_engine": torch.backends.quantized.engine,
    }
    try:
        import transformers

        info["transformers"] = transformers.__version__
    except ImportError:  # pragma: no cover
        pass
    try:
        import ctranslate2

        info["ctranslate2"] = ctranslate2.__version__
    except ImportError:
        info["ctranslate2"] = None
    return info


def median(values: list[float]) -> float:
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


# --- Side-by-side runs in worker processes -------------------------------------------
# Every path runs in its own process, so each one's peak resident memory (ru_maxrss) is
# its own, and the parent alternates repetitions between them (same load on the machine).

FIXED_RATIO = 1.3  # output length = 1.3 x source tokens, EOS suppressed until then


def fixed_lengths(tokenizer: Any, sentences: list[str]) -> list[int]:
    ids = tokenizer(sentences, add_special_tokens=True)["input_ids"]
    return [max(1, round(FIXED_RATIO * len(x))) for x in ids]


class _Stage:
    """zhbrief's translate stage (``load_translator``) with the given config changes."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from zhbrief.config import TranslateConfig
        from zhbrief.translate import load_translator

        config = TranslateConfig(
            model=spec["model"],
            threads=spec["threads"],
            fixed_output_ratio=FIXED_RATIO,
            **spec["config"],
        )
        self.translator = load_translator(config)
        self.label = f"{self.translator.backend} {self.translator.precision}"

    def run(self, sentences: list[str]) -> list[str]:
        return self.translator.translate_batch(sentences)


class _RawCT2:
    """CTranslate2 as its documentation shows it: length-sorted batches of ``batch``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        import ctranslate2
        from transformers import AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(spec["model"])
        # parallel: one single-threaded worker per thread, batches submitted asynchronously
        self.parallel = bool(spec.get("parallel"))
        threads = spec["threads"]
        self.engine = ctranslate2.Translator(
            spec["ct2_dir"],
            device="cpu",
            compute_type="int8",
            intra_threads=1 if self.parallel else threads,
            inter_threads=threads if self.parallel else 1,
        )
        self.beams = spec["beams"]
        self.batch = spec.get("batch", 16)
        how = f"{threads}x1 threads, async" if self.parallel else f"1x{threads} threads"
        self.label = f"ctranslate2 int8, batches of {self.batch}, {how}"

    def run(self, sentences: list[str]) -> list[str]:
        ids = self.tokenizer(sentences, add_special_tokens=True)["input_ids"]
        limits = [max(1, round(FIXED_RATIO * len(x))) for x in ids]
        order = sorted(range(len(ids)), key=lambda i: (-len(ids[i]), i))
        out = [""] * len(ids)
        submitted = []
        for start in range(0, len(order), self.batch):
            batch = order[start : start + self.batch]
            n = max(limits[i] for i in batch)
            results = self.engine.translate_batch(
                [self.tokenizer.convert_ids_to_tokens(ids[i]) for i in batch],
                beam_size=self.beams,
                min_decoding_length=n,
                max_decoding_length=n,
                return_scores=False,  # <pad> is not in a converted Marian vocabulary
                asynchronous=self.parallel,
            )
            submitted.append((batch, results))
        for batch, results in submitted:
            for i, r in zip(batch, results, strict=True):
                hyp = r.result().hypotheses[0] if self.parallel else r.hypotheses[0]
                out[i] = self.tokenizer.convert_tokens_to_string(hyp[: limits[i]])
        return out


class _OneAtATime:
    """What a first script does: transformers fp32, ``generate`` on one sentence per call."""

    def __init__(self, spec: dict[str, Any]) -> None:
        import torch
        from transformers import AutoTokenizer, MarianMTModel

        torch.set_num_threads(spec["threads"])
        self.tokenizer = AutoTokenizer.from_pretrained(spec["model"])
        self.model = MarianMTModel.from_pretrained(spec["model"]).eval()
        self.beams = spec["beams"]
        self.label = "transformers fp32, one sentence at a time"

    def run(self, sentences: list[str]) -> list[str]:
        import torch

        out = []
        for text in sentences:
            enc = self.tokenizer([text], return_tensors="pt")
            n = max(1, round(FIXED_RATIO * enc["input_ids"].shape[1]))
            with torch.inference_mode():
                ids = self.model.generate(
                    **enc,
                    num_beams=self.beams,
                    max_new_tokens=n,
                    min_new_tokens=n,
                    do_sample=False,
                    forced_eos_token_id=None,
                )
            out.append(self.tokenizer.decode(ids[0], skip_special_tokens=True))
        return out


_KINDS = {"stage": _Stage, "ct2": _RawCT2, "single": _OneAtATime}


def worker(spec: dict[str, Any], conn: Any) -> None:
    import resource
    import time
    import warnings

    warnings.simplefilter("ignore")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    started = time.perf_counter()
    path = _KINDS[spec["kind"]](spec)
    conn.send({"label": path.label, "load_s": time.perf_counter() - started})
    while True:
        message = conn.recv()
        if message is None:
            break
        t0 = time.perf_counter()
        outputs = path.run(message)
        conn.send({"seconds": time.perf_counter() - t0, "outputs": outputs})
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    conn.send({"peak_mib": peak_kib / 1024})
    conn.close()


class Worker:
    """A path running in its own process; ``run`` is blocking."""

    def __init__(self, spec: dict[str, Any]) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker, args=(spec, child), daemon=True)
        self.proc.start()
        ready = self.conn.recv()
        self.label: str = ready["label"]
        self.load_s: float = ready["load_s"]
        self.times: list[float] = []
        self.outputs: list[str] = []

    def run(self, sentences: list[str]) -> float:
        self.conn.send(sentences)
        reply = self.conn.recv()
        self.times.append(reply["seconds"])
        self.outputs = reply["outputs"]
        return float(reply["seconds"])

    def close(self) -> float:
        """Stop the process; return its peak resident memory in MiB."""
        self.conn.send(None)
        peak = float(self.conn.recv()["peak_mib"])
        self.proc.join(timeout=30)
        return peak


def agreement(outputs: list[str], reference: list[str]) -> tuple[float, float]:
    """Share of identical outputs, and mean share of each reference's common prefix."""
    same = sum(a == b for a, b in zip(outputs, reference, strict=True))
    prefixes = []
    for a, b in zip(outputs, reference, strict=True):
        n = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            n += 1
        prefixes.append(n / max(1, len(b)))
    return same / max(1, len(reference)), sum(prefixes) / max(1, len(prefixes))
