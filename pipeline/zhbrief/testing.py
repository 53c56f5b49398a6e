"""Random-weight MarianMT folders for tests and benchmarks (the pipeline never uses this).

Real weights can't be downloaded where zhbrief is tested, so tests and benchmarks build
a model at run time: SentencePiece models trained on some Chinese and English lines,
``source.spm``, ``target.spm`` and ``vocab.json`` laid out as opus-mt does, and a
``MarianMTModel`` with random weights. The folder loads through exactly the same code
path as ``Helsinki-NLP/opus-mt-zh-en``. Its output is noise: tests check structure and
invariants, benchmarks speed (which depends on the architecture and token counts, not on
the weights' values).

- ``build_tiny_model``: 2+2 layers, d_model 32, about 1,000 pieces; builds in seconds
- ``build_bench_model``: the real architecture from opus-mt-zh-en's ``config.json``
  (6+6 layers, d_model 512, 65,001 shared tokens); the English vocabulary is filled with
  distinct placeholder pieces (``w123``) so two outputs compare equal only when their
  token ids do
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Two small business vocabularies: each model keeps the one it was first built with, so
# rebuilt test models and benchmark models stay the same as before
_TINY_WORDS = (
    "the village sells goods abroad through a digital platform and exports grew by forty "
    "percent in the first quarter of the year while farmers learned english and trade online "
    "with buyers in many countries and regions cross border e commerce rural revitalisation "
    "company factory product market billion yuan million people"
).split()
_BENCH_WORDS = (
    "the village sells goods abroad through a digital platform and exports grew by forty "
    "percent in the first quarter of the year while farmers learned english and trade online "
    "with buyers in many countries cross border commerce rural company factory market"
).split()


def english_lines(words: Sequence[str], n: int, seed: int = 0) -> list[str]:
    """``n`` lines of 5-15 random ``words``."""
    rng = random.Random(seed)
    return [" ".join(rng.choices(words, k=rng.randint(5, 15))) for _ in range(n)]


def train_sentencepiece(
    lines: Sequence[str],
    prefix: Path,
    vocab_size: int,
    *,
    coverage: float,
    symbols: Sequence[str] = (),
) -> list[str]:
    """Train ``prefix.model`` (unigram, no BOS/EOS/PAD, <unk>=0); return its pieces."""
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options: dict[str, Any] = {
        "input": str(corpus),
        "model_prefix": str(prefix),
        "vocab_size": vocab_size + len(symbols),
        "character_coverage": coverage,
        "model_type": "unigram",
        "bos_id": -1,
        "eos_id": -1,
        "unk_id": 0,
        "pad_id": -1,
        "hard_vocab_limit": False,
        "minloglevel": 2,
    }
    if symbols:
        options["user_defined_symbols"] = list(symbols)
    spm.SentencePieceTrainer.train(**options)
    vocab_file = prefix.with_suffix(".vocab")
    pieces = [line.split("\t")[0] for line in vocab_file.read_text(encoding="utf-8").splitlines()]
    corpus.unlink()
    vocab_file.unlink()
    return pieces


def marian_vocab(*piece_lists: Sequence[str], size: int | None = None) -> dict[str, int]:
    """opus-mt's shared vocabulary: </s>=0, <unk>=1, pieces, (fillers up to ``size``), <pad>."""
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for pieces in piece_lists:
        for piece in pieces:
            if piece not in vocab and piece not in ("<unk>", "<s>", "</s>"):
                vocab[piece] = len(vocab)
    filler = 0
    while size is not None and len(vocab) < size - 1:
        vocab[f"<unused{filler}>"] = len(vocab)
        filler += 1
    vocab["<pad>"] = len(vocab)
    return vocab


def _write_folder(path: Path, vocab: dict[str, int], model: Any) -> Path:
    from transformers import MarianTokenizer

    (path / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (path / "src.model").rename(path / "source.spm")
    (path / "tgt.model").rename(path / "target.spm")
    model.save_pretrained(path)
    MarianTokenizer(
        source_spm=str(path / "source.spm"),
        target_spm=str(path / "target.spm"),
        vocab=str(path / "vocab.json"),
        source_lang="zh",
        target_lang="en",
    ).save_pretrained(path)
    return path


def build_tiny_model(path: Path, zh_lines: Sequence[str], seed: int = 0) -> Path:
    """A tiny loadable MarianMT folder whose vocabulary is trained on ``zh_lines``."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    path.mkdir(parents=True, exist_ok=True)
    src = train_sentencepiece(zh_lines, path / "src", 1000, coverage=0.995)
    en = [line.capitalize() + "." for line in english_lines(_TINY_WORDS, 400)]
    tgt = train_sentencepiece(en, path / "tgt", 150, coverage=0.995)
    vocab = marian_vocab(src, tgt)
    # Like a trained model, emit only target-side (English) pieces
    english = set(tgt) | {"</s>"}
    suppress = [i for piece, i in vocab.items() if piece not in english]
    pad = vocab["<pad>"]
    architecture: dict[str, Any] = {
        "vocab_size": len(vocab),
        "d_model": 32,
        "encoder_layers": 2,
        "decoder_layers": 2,
        "encoder_attention_heads": 2,
        "decoder_attention_heads": 2,
        "encoder_ffn_dim": 64,
        "decoder_ffn_dim": 64,
        "max_position_embeddings": 512,
        "pad_token_id": pad,
        "eos_token_id": 0,
        "decoder_start_token_id": pad,
        "forced_eos_token_id": 0,
        "bad_words_ids": [[pad]],
        "num_beams": 4,
        "max_length": 64,
        "scale_embedding": True,
        "init_std": 0.6,
        "share_encoder_decoder_embeddings": True,
    }
    config = MarianConfig(**architecture)
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.generation_config.suppress_tokens = suppress
    # Favour </s> a little so outputs end at different lengths, as real ones do
    model.final_logits_bias[0, 0] = 7.0
    return _write_folder(path, vocab, model)


def build_bench_model(
    path: Path, zh_lines: Sequence[str], config_json: Path, seed: int = 0
) -> Path:
    """A loadable MarianMT folder: the architecture of ``config_json``, random weights,
    the full-size vocabulary."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    config = MarianConfig.from_pretrained(str(config_json))
    # Wider than the trained-from-scratch default (0.02) so that outputs depend on the input
    config.init_std = 0.05
    n_vocab = config.vocab_size  # 65,001: </s>=0, <unk>=1, pieces, <pad>=65,000
    path.mkdir(parents=True, exist_ok=True)
    src = train_sentencepiece(zh_lines, path / "src", 1500, coverage=0.9995)
    room = n_vocab - 1 - 2 - len(src) - 200
    placeholders = [f"w{i}" for i in range(room)]
    en = english_lines(_BENCH_WORDS, 400, seed)
    tgt = train_sentencepiece(en, path / "tgt", 150, coverage=0.9995, symbols=placeholders)
    vocab = marian_vocab(src, tgt, size=n_vocab)
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    # As in opus-mt-zh-en's generation_config.json: never generate <pad>
    model.generation_config.bad_words_ids = [[config.pad_token_id]]
    return _write_folder(path, vocab, model)
