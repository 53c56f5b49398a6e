"""Shared pieces of the speed benchmarks: the random-weight model and the seed sentences.

The real opus-mt-zh-en weights are not in the repository, so the benchmarks build a
``MarianMTModel`` with random weights from the real architecture (the model's own
``config.json``: 6+6 layers, d_model 512, 65,001 shared tokens). The tokenizer is
trained on the seed article: a Chinese SentencePiece model for the source side and an
English one whose vocabulary is filled with distinct placeholder pieces (``w123``) up
to the real vocabulary size, so every output token decodes to its own text and two
outputs compare equal only when their token ids are equal. Speed depends on the
architecture and the token counts, not on the weights' values.
"""

from __future__ import annotations

import json
import os
import platform
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL_CONFIG = Path("/work/shared/data/models/opus-mt-zh-en/config.json")
CONFIG_COPY = ROOT / "eval" / "opus-mt-zh-en.config.json"
SEED = ROOT / "tests" / "data" / "seed" / "alibaba-rural-export.zh.txt"
_EN_WORDS = (
    "the village sells goods abroad through a digital platform and exports grew by forty "
    "percent in the first quarter of the year while farmers learned english and trade online "
    "with buyers in many countries cross border commerce rural company factory market"
).split()


def real_config_path() -> Path:
    """opus-mt-zh-en's config.json (the shared copy, else the one kept in eval/)."""
    return REAL_CONFIG if REAL_CONFIG.is_file() else CONFIG_COPY


def seed_sentences() -> list[str]:
    """The seed article's sentences as the pipeline segments them."""
    sys.path.insert(0, str(ROOT / "pipeline"))
    from zhbrief.config import SegmentConfig
    from zhbrief.segment import segment

    doc = segment(SEED.read_text(encoding="utf-8"), SegmentConfig())
    return [s.zh for sec in doc.sections for s in sec.sentences()]


def _train(lines: list[str], prefix: Path, size: int, symbols: list[str]) -> list[str]:
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=size + len(symbols),
        character_coverage=0.9995,
        model_type="unigram",
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
        pad_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
        user_defined_symbols=symbols,
    )
    vocab = prefix.with_suffix(".vocab").read_text(encoding="utf-8").splitlines()
    for leftover in (corpus, prefix.with_suffix(".vocab")):
        leftover.unlink()
    return [line.split("\t")[0] for line in vocab]


def build_bench_model(path: Path, seed: int = 0) -> Path:
    """A loadable MarianMT folder: real architecture, random weights, full-size vocab."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    config = MarianConfig.from_pretrained(str(real_config_path()))
    n_vocab = config.vocab_size  # 65,001: </s>=0, <unk>=1, pieces, <pad>=65,000
    path.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    zh = [p + "。" for p in text.replace("！", "。").replace("？", "。").split("。") if p.strip()]
    src = _train(zh, path / "src", 1500, [])
    rng = random.Random(seed)
    en = [" ".join(rng.choices(_EN_WORDS, k=rng.randint(5, 15))) for _ in range(400)]
    room = n_vocab - 1 - 2 - len(src) - 200
    tgt = _train(en, path / "tgt", 150, [f"w{i}" for i in range(room)])
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in src + tgt:
        if piece not in vocab and piece not in ("<unk>", "<s>", "</s>"):
            vocab[piece] = len(vocab)
    filler = 0
    while len(vocab) < n_vocab - 1:
        vocab[f"<unused{filler}>"] = len(vocab)
        filler += 1
    vocab["<pad>"] = n_vocab - 1
    (path / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (path / "src.model").rename(path / "source.spm")
    (path / "tgt.model").rename(path / "target.spm")
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.save_pretrained(path)
    MarianTokenizer(
        source_spm=str(path / "source.spm"),
        target_spm=str(path / "target.spm"),
        vocab=str(path / "vocab.json"),
        source_lang="zh",
        target_lang="en",
    ).save_pretrained(path)
    return path


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
