"""Translate stage: batch planning, splitting, and both CPU precisions on the tiny model."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from needs import need_module
from standins import Recording

from zhbrief.config import Config, TranslateConfig
from zhbrief.errors import ConfigError
from zhbrief.pipeline import analyse, translate_documents
from zhbrief.reading import decode_bytes
from zhbrief.translate import BaseTranslator, load_translator, plan_batches, split_to_fit
from zhbrief.translate.planning import CAP_STEP, cap_group, cap_step, search_cap
from zhbrief.translate.settings import decoding_settings, resolve_backend, resolve_precision

# --- pure functions ----------------------------------------------------------------


def test_plan_batches_sorts_longest_first_and_respects_budget() -> None:
    assert plan_batches([5, 3, 9, 1], batch_tokens=10, max_batch_size=2) == [[2], [0, 1], [3]]
    assert plan_batches([2, 2, 2, 2, 2], batch_tokens=100, max_batch_size=2) == [
        [0, 1],
        [2, 3],
        [4],
    ]
    assert plan_batches([], batch_tokens=10, max_batch_size=4) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 300), max_size=60),
    st.integers(1, 2000),
    st.integers(1, 20),
)
def test_plan_batches_invariants(lengths: list[int], budget: int, size: int) -> None:
    batches = plan_batches(lengths, budget, size)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(lengths)))  # every index exactly once
    for b in batches:
        assert 1 <= len(b) <= size
        # padded size within budget, unless one input alone is over it
        assert len(b) == 1 or max(lengths[i] for i in b) * len(b) <= budget
    ordered = [lengths[i] for i in flat]
    assert ordered == sorted(ordered, reverse=True)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 300), max_size=60), st.integers(1, 2000), st.integers(1, 20))
def test_plan_batches_never_mixes_keys(lengths: list[int], budget: int, size: int) -> None:
    keys = [n // 40 for n in lengths]
    batches = plan_batches(lengths, budget, size, keys)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(len({keys[i] for i in b}) == 1 for b in batches)
    assert all(len(b) <= size for b in batches)


def test_greedy_batches_mix_length_caps_and_stop_at_the_longest() -> None:
    """Greedy output cut at a text's own limit is the same whatever the search length, so
    greedy batches ignore cap groups; beam search keeps them (rounded to CAP_STEP)."""
    limits = [17, 30, 33, 64]
    assert cap_step(1) == 1 and cap_step(4) == CAP_STEP
    assert {cap_group(n, cap_step(1)) for n in limits} == {0}
    assert [cap_group(n, cap_step(4)) for n in limits] == [2, 2, 3, 4]
    assert search_cap(limits, 511, cap_step(1)) == 64
    assert search_cap(limits[:2], 511, cap_step(1)) == 30
    assert search_cap(limits[:2], 511, cap_step(4)) == 32
    assert search_cap([600], 511, cap_step(4)) == 511
    lengths = [10, 12, 24, 25]
    greedy = plan_batches(lengths, 4096, 8, [cap_group(n, 1) for n in limits])
    beams = plan_batches(lengths, 4096, 8, [cap_group(n, CAP_STEP) for n in limits])
    assert greedy == [[3, 2, 1, 0]] and beams == [[3], [2], [1, 0]]


def test_split_to_fit_prefers_strong_boundaries() -> None:
    def fits(s: str) -> bool:
        return len(s) <= 6

    assert split_to_fit("甲乙；丙丁，戊己", fits) == ["甲乙；", "丙丁，戊己"]
    assert split_to_fit("一二三，四五六，七八九", fits) == ["一二三，", "四五六，", "七八九"]
    assert split_to_fit("一二三四五六七八九十", fits) == ["一二三四五六", "七八九十"]
    assert split_to_fit("短句。", fits) == ["短句。"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="中文句子，；、：。 —abc", min_size=0, max_size=300), st.integers(1, 40))
def test_split_to_fit_invariants(text: str, limit: int) -> None:
    def fits(s: str) -> bool:
        return len(s) <= limit

    pieces = split_to_fit(text, fits)
    assert "".join(pieces) == text
    assert all(fits(p) for p in pieces)
    assert all(pieces) or pieces == [""]


def test_precision_and_backend_choices() -> None:
    assert resolve_precision("auto", "cpu") == "int8"
    assert resolve_precision("auto", "cuda") == "fp16"
    with pytest.raises(ConfigError, match="fp16 needs a CUDA device"):
        resolve_precision("fp16", "cpu")
    assert resolve_backend("torch", "cpu", "int8") == "torch"
    assert resolve_backend("auto", "cpu", "fp32") == "torch"  # fp32 is the torch reference


def test_cuda_backend_is_ctranslate2_when_its_libraries_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zhbrief.translate import settings

    monkeypatch.setattr(settings, "ct2_cuda_problem", lambda: None)
    assert resolve_backend("auto", "cuda", "fp16") == "ctranslate2"
    assert resolve_backend("auto", "cuda", "int8_float16") == "ctranslate2"
    assert resolve_backend("auto", "cuda", "fp32") == "torch"  # the torch reference
    monkeypatch.setattr(settings, "ct2_cuda_problem", lambda: "libcublas.so.12: not found")
    assert resolve_backend("auto", "cuda", "fp16") == "torch"
    with pytest.raises(ConfigError, match=r"int8_float16 needs CTranslate2 on CUDA: libcublas"):
        resolve_backend("auto", "cuda", "int8_float16")
    with pytest.raises(ConfigError, match="CTranslate2 cannot use CUDA here: libcublas"):
        resolve_backend("ctranslate2", "cuda", "fp16")
    with pytest.raises(ConfigError, match="int8_float16 needs a CUDA device"):
        resolve_precision("int8_float16", "cpu")
    with pytest.raises(ConfigError, match="int8_float16 is CTranslate2's"):
        resolve_backend("torch", "cuda", "int8_float16")


# --- the tiny model ------------------------------------------------------------------

SENTENCES = [
    "阿里巴巴国际站帮助外贸村把土货卖到全球。",
    "村民不懂外语，也能做跨境生意。",
    "数字经济带来了新的机会。",
    "今年第一季度出口增长了百分之四十。",
    "",
    "跨境电商。",
]


def _load(model: Path, **changes: object) -> BaseTranslator:
    config = TranslateConfig(model=str(model), num_beams=1, **changes)  # type: ignore[arg-type]
    return load_translator(config)


@pytest.fixture(scope="module")
def fp32(tiny_model_dir: Path) -> BaseTranslator:
    return _load(tiny_model_dir, backend="torch", precision="fp32")


@pytest.fixture(scope="module")
def int8(tiny_model_dir: Path) -> BaseTranslator:
    return _load(tiny_model_dir, backend="torch", precision="int8")


def test_fp32_and_int8_load_and_translate(fp32: BaseTranslator, int8: BaseTranslator) -> None:
    import torch

    assert (fp32.precision, int8.precision) == ("fp32", "int8")
    assert fp32.settings()["backend"] == int8.settings()["backend"] == "torch"
    from torch.ao.nn.quantized.dynamic import Linear as QuantizedLinear

    modules = list(int8.model.modules())  # type: ignore[attr-defined]
    assert not any(type(m) is torch.nn.Linear for m in modules)  # lm_head included
    assert isinstance(int8.model.lm_head, QuantizedLinear)  # type: ignore[attr-defined]
    assert isinstance(fp32.model.lm_head, torch.nn.Linear)  # type: ignore[attr-defined]
    for t in (fp32, int8):
        results = t.translate(SENTENCES)
        out = [r.text for r in results]
        assert len(out) == len(SENTENCES)
        assert all(o.strip() for o, s in zip(out, SENTENCES, strict=True) if s)
        assert out[4] == ""  # empty in, empty out; no model call for it
        assert [r.pieces for r in results] == [1, 1, 1, 1, 0, 1]


def test_batched_equals_one_by_one_fp32_greedy(fp32: BaseTranslator) -> None:
    together = fp32.translate_batch(SENTENCES)
    alone = [fp32.translate_batch([s])[0] for s in SENTENCES]
    assert together == alone
    # order is kept although batches are sorted by length
    assert fp32.translate_batch(SENTENCES[::-1]) == together[::-1]


def test_fixed_output_ratio_forces_output_length(fp32: BaseTranslator) -> None:
    t = fp32.variant(fixed_output_ratio=1.0)
    t.translate_batch(SENTENCES[:4])
    assert t.stats.target_tokens == t.stats.source_tokens


def test_over_long_sentences_are_split_and_rejoined(fp32: BaseTranslator, seed_text: str) -> None:
    long_sentence = (seed_text.replace("。", "，") * 2)[:3000] + "。"
    bare = re.sub(r"[^\u4e00-\u9fff]", "", seed_text)
    no_punctuation = (bare * (20_000 // len(bare) + 1))[:20_000]
    # Short outputs: what is checked is that every piece comes back, not its length
    results = fp32.variant(fixed_output_ratio=0.05).translate(
        [long_sentence, "短句。", no_punctuation]
    )
    out = [r.text for r in results]
    counts = [r.pieces for r in results]
    assert counts[0] > 1 and counts[1] == 1 and counts[2] > 1
    assert all(o.strip() for o in out)
    pieces = fp32.split(no_punctuation)
    assert "".join(pieces) == no_punctuation
    assert max(fp32.count_tokens(pieces)) <= fp32.config.max_input_tokens


def test_summary_translates_only_the_chosen_sentences(fp32: BaseTranslator, seed_text: str) -> None:
    # fp32: every output is its own (torch dynamic int8's activation scales are per batch,
    # so with the tiny random model a sentence could come back as a lone empty piece)
    doc = analyse(decode_bytes(seed_text.encode("utf-8"), "seed.txt"), Config())
    counting = Recording(fp32)
    translate_documents([doc], counting, scope="summary")
    chosen = [s for s in doc.sentences() if s.in_summary or s.key_point]
    others = [s for s in doc.sentences() if not (s.in_summary or s.key_point)]
    sentence_inputs = [t for t in counting.inputs if t in {s.zh for s in doc.sentences()}]
    assert sorted(sentence_inputs) == sorted(s.zh for s in chosen)
    # translated (the random-weight model may answer a sentence with an empty string)
    assert all(s.en is not None for s in chosen) and all(s.en is None for s in others)
    # far less text than the whole document (the short key-figure phrases included): on the
    # seed about a third (34 % of its characters with summariser feature version 2)
    assert sum(map(len, counting.inputs)) * 2 < sum(len(s.zh) for s in doc.spans())


# --- CTranslate2 backend (a dependency; a failure in CI when missing) ---------------


def test_ctranslate2_backend_converts_once_and_translates(
    tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    need_module("ctranslate2", "a core dependency: pip install -e .")
    from zhbrief.translate import ct2

    t = _load(tiny_model_dir, backend="auto")  # int8 on a CPU: CTranslate2 when installed
    assert isinstance(t, ct2.CT2Translator)
    assert t.settings()["backend"] == "ctranslate2" and t.precision == "int8"
    assert t.path == tiny_model_dir.parent / f"{tiny_model_dir.name}.ct2-int8"
    assert (t.path / "model.bin").is_file() and (t.path / ct2.MARKER).is_file()
    out = t.translate_batch(SENTENCES)
    assert all(o.strip() for o, s in zip(out, SENTENCES, strict=True) if s) and out[4] == ""
    # batched equals one by one here too (greedy, per-text limits)
    assert [t.translate_batch([s])[0] for s in SENTENCES[:4]] == out[:4]

    def no_conversion(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cached conversion should have been reused")

    monkeypatch.setattr("ctranslate2.converters.TransformersConverter", no_conversion)
    again = _load(tiny_model_dir, backend="ctranslate2")
    assert again.translate_batch(SENTENCES) == out


def test_beam_search_output_does_not_depend_on_batch_neighbours(tiny_model_dir: Path) -> None:
    """A text's length limit is its own (batches share one): with beams, the same text
    translated alone, beside short texts and beside long ones comes out the same, so a
    batch's outputs do not depend on how documents were chunked (resume, executors)."""
    t = load_translator(TranslateConfig(model=str(tiny_model_dir), num_beams=4))
    long = "".join(s for s in SENTENCES if s) * 3
    alone = [t.translate_batch([s])[0] for s in SENTENCES[:4]]
    assert t.translate_batch([*SENTENCES[:4], long])[:4] == alone
    assert t.translate_batch([long, *SENTENCES[:4], "短句。"])[1:5] == alone


def test_translator_and_memory_key_share_one_list_of_decoding_settings() -> None:
    """A decoding option added to TranslateConfig reaches both without a second edit."""
    from zhbrief.translate.memory import identity_for

    config = TranslateConfig(model="org/name", precision="fp32", num_beams=3)
    decoding = decoding_settings(config, backend="torch", precision="fp32")
    assert identity_for(config).settings == decoding
    # Every field is in the key unless it cannot change a sentence's translation
    not_decoding = {"model", "revision", "device", "precision", "backend"}
    not_decoding |= {"batch_tokens", "max_batch_size", "threads", "share_threads", "decoder"}
    fields = {f.name for f in dataclasses.fields(TranslateConfig)}
    assert set(decoding) == {"backend", "precision"} | (fields - not_decoding)
