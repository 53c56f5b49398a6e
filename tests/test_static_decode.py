"""The static-cache greedy decoder (the CUDA path's logic) against transformers'
``generate`` on the CPU: the same tokens on the tiny model in fp32, compaction included."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_model import seed_lines

from zhbrief.config import TranslateConfig
from zhbrief.errors import ConfigError
from zhbrief.translate import load_translator, static_decode
from zhbrief.translate.marian import MarianTranslator
from zhbrief.translate.static_decode import banned_tokens, bucket, round_up


def test_buckets_and_rounding() -> None:
    assert [bucket(n) for n in (1, 3, 8, 9, 1000, 5000)] == [1, 4, 8, 16, 1024, 5000]
    assert [round_up(n) for n in (1, 32, 33)] == [32, 32, 64]


def test_banned_tokens_follow_the_generation_config() -> None:
    from transformers import GenerationConfig

    config = GenerationConfig(bad_words_ids=[[7]], suppress_tokens=[3, 7, 2])
    assert banned_tokens(config) == [2, 3, 7]
    with pytest.raises(ValueError, match="single-token bad words"):
        banned_tokens(GenerationConfig(bad_words_ids=[[1, 2]]))


def _translator(model: Path, decoder: str, ratio: float | None) -> MarianTranslator:
    config = TranslateConfig(
        model=str(model),
        num_beams=1,
        backend="torch",
        precision="fp32",
        decoder=decoder,  # type: ignore[arg-type]
        fixed_output_ratio=ratio,
        max_batch_size=8,
    )
    t = load_translator(config)
    assert isinstance(t, MarianTranslator)
    return t


@pytest.mark.parametrize("ratio", [None, 1.3])
def test_static_decoder_equals_generate_fp32(
    tiny_model_dir: Path, ratio: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = seed_lines()[:20]
    texts = [*lines, lines[0] * 3, "短句。"]
    generate = _translator(tiny_model_dir, "generate", ratio)
    static = _translator(tiny_model_dir, "static", ratio)
    assert not generate.uses_static_decoder() and static.uses_static_decoder()
    expected = generate.translate_batch(texts)
    assert static.translate_batch(texts) == expected
    # Finished rows compacted out after every other step: same outputs, and each text's
    # output is its own whatever shares its batch
    monkeypatch.setattr(static_decode, "CHECK_EVERY", 2)
    assert static.translate_batch(texts) == expected
    assert [static.translate_batch([t])[0] for t in texts[:3]] == expected[:3]
    assert static.stats.target_tokens > 0


def test_static_decoder_is_greedy_only() -> None:
    with pytest.raises(ConfigError, match="decoder 'static' decodes greedily"):
        TranslateConfig(decoder="static", num_beams=4).check()
    TranslateConfig(decoder="static", num_beams=1).check()
