"""Build a tiny MarianMT model folder at test time.

Real weights can't be downloaded here, so tests train SentencePiece models on fixture
text, write ``source.spm``, ``target.spm`` and ``vocab.json`` as opus-mt does, and save
a small random-weight ``MarianMTModel``. The folder is loaded through exactly the same
code path as ``Helsinki-NLP/opus-mt-zh-en``. Its output is noise: tests check structure
and invariants, never wording.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

_DATA = Path(__file__).parent / "data"
_EN_WORDS = [
    "the",
    "village",
    "sells",
    "goods",
    "abroad",
    "through",
    "a",
    "digital",
    "platform",
    "and",
    "exports",
    "grew",
    "by",
    "forty",
    "percent",
    "in",
    "the",
    "first",
    "quarter",
    "of",
    "the",
    "year",
    "while",
    "farmers",
    "learned",
    "english",
    "and",
    "trade",
    "online",
    "with",
    "buyers",
    "in",
    "many",
    "countries",
    "and",
    "regions",
    "cross",
    "border",
    "e",
    "commerce",
    "rural",
    "revitalisation",
    "company",
    "factory",
    "product",
    "market",
    "billion",
    "yuan",
    "million",
    "people",
]


def _chinese_lines() -> list[str]:
    text = (_DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8")
    pieces = text.replace("！", "。").replace("？", "。").split("。")
    return [p + "。" for p in pieces if p.strip()]


def _english_lines(n: int) -> list[str]:
    rng = random.Random(0)
    return [
        " ".join(rng.choices(_EN_WORDS, k=rng.randint(5, 15))).capitalize() + "." for _ in range(n)
    ]


def _train_spm(lines: list[str], prefix: Path, vocab_size: int) -> None:
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        character_coverage=0.995,
        model_type="unigram",
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
        pad_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
    )


def _pieces(vocab_file: Path) -> list[str]:
    return [line.split("\t")[0] for line in vocab_file.read_text(encoding="utf-8").splitlines()]


def _vocab(src_vocab: Path, tgt_vocab: Path) -> dict[str, int]:
    # opus-mt shares one vocabulary: </s>=0, <unk>=1, pieces..., <pad>=last
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for path in (src_vocab, tgt_vocab):
        for piece in _pieces(path):
            if piece not in vocab and piece not in ("<unk>", "<s>", "</s>"):
                vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    return vocab


def build_tiny_model(path: Path, seed: int = 0) -> Path:
    """Write a complete, loadable MarianMT folder to ``path`` and return it."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    path.mkdir(parents=True, exist_ok=True)
    zh = _chinese_lines()
    _train_spm(zh, path / "src", vocab_size=1000)
    _train_spm(_english_lines(400), path / "tgt", vocab_size=150)
    vocab = _vocab(path / "src.vocab", path / "tgt.vocab")
    (path / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    # Like a trained model, emit only target-side (English) pieces
    english = set(_pieces(path / "tgt.vocab")) | {"</s>"}
    suppress = [i for piece, i in vocab.items() if piece not in english]
    (path / "src.model").rename(path / "source.spm")
    (path / "tgt.model").rename(path / "target.spm")
    for leftover in ("src.txt", "tgt.txt", "src.vocab", "tgt.vocab"):
        (path / leftover).unlink()

    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=512,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        bad_words_ids=[[pad]],
        num_beams=4,
        max_length=64,
        scale_embedding=True,
        init_std=0.6,
        share_encoder_decoder_embeddings=True,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.generation_config.suppress_tokens = suppress
    # Favour </s> a little so outputs end at different lengths, as real ones do
    model.final_logits_bias[0, 0] = 7.0
    model.save_pretrained(path)
    tokenizer = MarianTokenizer(
        source_spm=str(path / "source.spm"),
        target_spm=str(path / "target.spm"),
        vocab=str(path / "vocab.json"),
        source_lang="zh",
        target_lang="en",
    )
    tokenizer.save_pretrained(path)
    return path
