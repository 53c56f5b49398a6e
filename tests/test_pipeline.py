"""The pipeline as library calls, on the tiny model: stages, scope, glossary, retries, lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from standins import Recording

from zhbrief.checks import Glossary, Term
from zhbrief.config import Config, TranslateConfig, load_config
from zhbrief.evaluation import translate_lines
from zhbrief.pipeline import Checks, analyse, brief, translate_documents
from zhbrief.reading import decode_bytes
from zhbrief.translate import BaseTranslator, load_translator


@pytest.fixture(scope="module")
def translator(tiny_model_dir: Path) -> BaseTranslator:
    return load_translator(
        TranslateConfig(model=str(tiny_model_dir), precision="fp32", num_beams=1)
    )


def _doc(text: str, config: Config | None = None) -> Any:
    return analyse(decode_bytes(text.encode("utf-8"), "t.txt"), config or Config())


def test_summary_scope_translates_only_what_is_shown(
    translator: BaseTranslator, seed_text: str
) -> None:
    doc = _doc(seed_text)
    rec = Recording(translator)
    translate_documents([doc], rec, scope="summary")
    shown = [s for s in doc.sentences() if s.in_summary or s.key_point]
    assert len(rec.calls) == 1
    headings = [h.zh for h in doc.headings()]
    meta = [m.zh for m in doc.metadata if m.key != "date"]
    # plus the brief's topic and what each key figure measures: the brief is English
    extra = [doc.topic.zh] + sorted({f.label.zh for f in doc.key_figures})
    assert doc.topic is not None and doc.key_figures
    assert sorted(rec.calls[0]) == sorted([s.zh for s in shown] + headings + meta + extra)
    assert all(s.en for s in shown)
    assert doc.topic.en is not None and all(f.label.en is not None for f in doc.key_figures)
    assert all(s.en is None for s in doc.sentences() if not (s.in_summary or s.key_point))
    assert doc.provenance.scope == "summary"


def test_full_scope_translates_every_sentence(translator: BaseTranslator, seed_text: str) -> None:
    doc = _doc(seed_text)
    translate_documents([doc], translator)
    sentences = list(doc.sentences())
    assert len(sentences) > 80
    assert all(s.en for s in sentences)
    assert all(h.en for h in doc.headings())


def test_glossary_terms_reach_the_model_and_are_checked(translator: BaseTranslator) -> None:
    glossary = Glossary([Term("淘宝村", "Taobao village")], source="g.csv")
    doc = _doc("曹县有151个淘宝村。电商规模达300亿元。")
    rec = Recording(translator)
    translate_documents([doc], rec, checks=Checks(glossary=glossary, retry=False))
    first = next(iter(doc.sentences()))
    assert "曹县有151个Taobao village。" in rec.calls[0]
    assert first.zh == "曹县有151个淘宝村。"  # the source is kept as written
    assert doc.provenance.glossary_hits == 1
    has_term = "taobao village" in (first.en or "").lower()
    assert any(f.kind == "glossary" for f in first.flags) is not has_term


def test_degenerate_output_is_retried_with_safer_decoding(translator: BaseTranslator) -> None:
    from zhbrief.checks import check_degenerate

    doc = _doc("据海关总署统计，2020年，我国跨境电商出口同比增长40.1%。乡村振兴人是关键。")
    rec = Recording(translator)
    translate_documents([doc], rec, checks=Checks(retry=True))
    sentences = list(doc.sentences())
    first_try = dict(zip(rec.calls[0], translator.translate_batch(rec.calls[0]), strict=True))
    bad = [s for s in sentences if check_degenerate(s.zh, first_try[s.zh]) is not None]
    assert bad, "the tiny model's noise should trip the degenerate check"
    assert [s.retried for s in sentences] == [s in bad for s in sentences]
    assert rec.calls[1] == [s.zh for s in bad]
    for s in sentences:
        assert s.flags == [] or all(f.zh == s.zh for f in s.flags)


def test_traditional_script_goes_through_the_same_path(translator: BaseTranslator) -> None:
    text = "臺灣的半導體產業在全球市場具有舉足輕重的地位。去年出口總額成長百分之十二。"
    doc = analyse(decode_bytes(text.encode("big5"), "t.txt"), Config())
    translate_documents([doc], translator)
    assert [s.zh for s in doc.sentences()] == [
        "臺灣的半導體產業在全球市場具有舉足輕重的地位。",
        "去年出口總額成長百分之十二。",
    ]
    assert all(s.en for s in doc.sentences())


def test_translate_lines_keeps_line_alignment(translator: BaseTranslator) -> None:
    lines = ["第一句。第二句！", "", "没有标点的一行", "来源：新华社"]
    run = translate_lines(lines, load_config(), translator=translator)
    assert len(run.hypotheses) == 4
    assert run.hypotheses[1] == ""
    assert all(run.hypotheses[i] for i in (0, 2, 3))
    assert all("\n" not in h for h in run.hypotheses)
    assert run.target_tokens > 0


def test_brief_is_the_whole_job_in_one_call(
    translator: BaseTranslator, tmp_path: Path, seed_text: str
) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    short = translator.variant(fixed_output_ratio=0.3)  # output length is not the point
    doc = brief(path, Config(), translator=short)
    shown = [s for s in doc.sentences() if s.in_summary or s.key_point]
    assert shown and all(s.en for s in shown)
    assert doc.provenance.scope == "summary" and doc.provenance.model == translator.model_id
    # Figures and coverage are computed once and stored on the document
    assert doc.key_figures and all(f.figure for f in doc.key_figures)
    assert doc.coverage is not None
    assert doc.coverage.translated == len(shown)
    assert doc.coverage.sentences == len(list(doc.sentences()))
    small = tmp_path / "small.txt"
    small.write_text(
        "一、概况\n出口增长40.1%。进口持平。\n二、展望\n继续扩大开放。\n", encoding="utf-8"
    )
    full = brief(small, Config(), translator=short, scope="full")
    assert full.coverage is not None and full.coverage.translated == full.coverage.sentences


def test_a_phrase_already_in_the_batch_is_sent_once_and_gets_its_english() -> None:
    from standins import StandIn, wrapped

    from zhbrief.pipeline import brief_documents, spans_to_translate

    doc = _doc("# 出口\n\n出口增长40.1%，利润增长12%。\n")
    assert [f.label.zh for f in doc.key_figures] == ["出口", "利润"]
    assert doc.title is not None and doc.title.zh == "# 出口"  # the model sees 出口
    texts = [s.zh for s in spans_to_translate(doc, "summary")]
    assert "出口" not in texts and "利润" in texts
    model = StandIn(wrapped)
    brief_documents([doc], model, Config())
    assert model.inputs.count("出口") == 1
    assert [f.measures for f in doc.key_figures] == ["EN(出口)", "EN(利润)"]


def test_text_without_chinese_is_kept_as_it_stands(translator: BaseTranslator) -> None:
    # a number, code, an English line: nothing for a Chinese model to translate, and
    # whatever it made of them would be made up
    texts = ["2021", "print('ok')", "  GDP grew 5%. ", "今年经济增长。", "", "2021"]
    before = translator.stats.pieces
    done: list[int] = []
    out = translator.translate(texts, on_progress=done.append)
    assert [t.text for t in out[:3]] == ["2021", "print('ok')", "GDP grew 5%."]
    assert out[5].text == "2021" and out[4].text == ""
    assert out[3].text and out[3].text != "今年经济增长。"
    assert translator.stats.pieces - before == 1  # only the Chinese text met the model
    assert sum(done) == 5  # every non-empty text counted as done
    # in a document: an English sentence's translation is itself
    doc = _doc("今年经济增长较快。\n\nThe economy grew fast.\n")
    translate_documents([doc], translator)
    english = [s for s in doc.sentences() if s.zh == "The economy grew fast."]
    assert [s.en for s in english] == ["The economy grew fast."]
