"""Evaluation library: loading, sacrebleu scores, worst segments, reports.

Expected scores on the WMT22 slice (tests/data/wmt22-zh-en, see SOURCE.md) were
computed once with the sacrebleu 2.6.0 command line, an independent path from our API.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sacrebleu

from zhbrief import evaluation as ev
from zhbrief.config import Config
from zhbrief.errors import EvaluationError, InputError, UsageError

WMT = Path(__file__).parent / "data" / "wmt22-zh-en"
SRC = str(WMT / "generaltest2022.zh-en.src.zh")
REF_A = str(WMT / "generaltest2022.zh-en.ref.A.en")
REF_B = str(WMT / "generaltest2022.zh-en.ref.B.en")
HYP = str(WMT / "generaltest2022.zh-en.hyp.NiuTrans.en")
VERSION = sacrebleu.__version__


@pytest.fixture(scope="module")
def slice_data() -> ev.EvalData:
    return ev.load_files(HYP, [REF_A, REF_B], SRC)


# ------------------------------------------------------------------ reading lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nb\n", ["a", "b"]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\n\nb\n", ["a", "", "b"]),
        ("\ufeffa  \n", ["a"]),
        ("a\u2028b\n", ["a\u2028b"]),  # only \n separates segments, as in sacrebleu
        ("", []),
    ],
)
def test_split_lines(text: str, lines: list[str]) -> None:
    assert ev.split_lines(text) == lines


def test_read_lines_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        ev.read_lines(str(tmp_path / "missing.en"))
    with pytest.raises(InputError, match="is a directory"):
        ev.read_lines(str(tmp_path))
    empty = tmp_path / "empty.en"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        ev.read_lines(str(empty))
    gbk = tmp_path / "gbk.zh"
    gbk.write_bytes("中文\n".encode("gbk"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        ev.read_lines(str(gbk))


def test_load_files_line_count_mismatch(tmp_path: Path) -> None:
    short = tmp_path / "short.en"
    short.write_text("one\ntwo\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"has 50 lines, .*short\.en has 2"):
        ev.load_files(HYP, [REF_A, str(short)])
    with pytest.raises(EvaluationError, match="line counts differ"):
        ev.load_files(HYP, [REF_A], str(short))


def test_parse_metrics() -> None:
    assert ev.parse_metrics("bleu, chrF,bleu,,TER") == ("bleu", "chrf", "ter")


def test_limit(slice_data: ev.EvalData) -> None:
    small = ev.limit(slice_data, 10)
    assert small.size == 10
    assert small.hypotheses is not None and small.sources is not None
    assert len(small.hypotheses) == len(small.sources) == 10
    assert small.references[1] == slice_data.references[1][:10]
    with pytest.raises(UsageError):
        ev.limit(slice_data, 0)


# ------------------------------------------------------------------ scores


def test_single_reference_scores_are_pinned() -> None:
    data = ev.load_files(HYP, [REF_A])
    assert data.hypotheses is not None
    results = ev.score(data.hypotheses, data.references)
    assert [r.metric for r in results] == ["bleu", "chrf", "ter"]
    assert [round(r.score, 4) for r in results] == [27.6749, 57.8610, 59.2233]
    ref_b = ev.load_files(HYP, [REF_B])
    assert ref_b.hypotheses is not None
    bleu_b, chrf_b = ev.score(ref_b.hypotheses, ref_b.references, ev.ScoreOptions(("bleu", "chrf")))
    assert (round(bleu_b.score, 4), round(chrf_b.score, 4)) == (25.2308, 56.3710)


def test_multi_reference_scores_signatures_and_bleu_details(slice_data: ev.EvalData) -> None:
    assert slice_data.hypotheses is not None
    bleu, chrf, ter = ev.score(slice_data.hypotheses, slice_data.references)
    assert round(bleu.score, 4) == 33.5359
    assert round(chrf.score, 4) == 60.6390
    assert round(ter.score, 4) == 55.8568
    assert bleu.signature == f"nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:{VERSION}"
    assert chrf.signature == f"nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:{VERSION}"
    assert ter.signature == (
        f"nrefs:2|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:{VERSION}"
    )
    assert (bleu.name, chrf.name, ter.name) == ("BLEU", "chrF2", "TER")
    d = bleu.details
    assert [round(p, 1) for p in d["precisions"]] == [69.6, 41.7, 26.9, 17.9]
    assert round(d["brevity_penalty"], 3) == 0.976
    assert (d["hyp_len"], d["ref_len"]) == (1022, 1047)
    # and the same numbers as sacrebleu's own functions give
    hyps, refs = slice_data.hypotheses, slice_data.references
    assert bleu.score == sacrebleu.corpus_bleu(hyps, refs).score
    assert chrf.score == sacrebleu.corpus_chrf(hyps, refs).score


def test_options_reach_sacrebleu(slice_data: ev.EvalData) -> None:
    assert slice_data.hypotheses is not None
    options = ev.ScoreOptions(("bleu", "chrf"), tokenize="char", lowercase=True, chrf_word_order=2)
    bleu, chrf = ev.score(slice_data.hypotheses, slice_data.references, options)
    assert "|case:lc|" in bleu.signature and "|tok:char|" in bleu.signature
    assert chrf.name == "chrF2++" and "|nw:2|" in chrf.signature
    expected = sacrebleu.corpus_bleu(
        slice_data.hypotheses, slice_data.references, tokenize="char", lowercase=True
    )
    assert bleu.score == expected.score


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ev.ScoreOptions(("bleu", "meteor")), "unknown metric.*meteor"),
        (ev.ScoreOptions(()), "unknown metric"),
        (ev.ScoreOptions(tokenize="moses"), "unknown BLEU tokenizer 'moses'.*13a"),
        (ev.ScoreOptions(bootstrap=1), "bootstrap"),
    ],
)
def test_bad_options(options: ev.ScoreOptions, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        ev.score(["a"], [["a"]], options)


def test_score_input_errors() -> None:
    with pytest.raises(EvaluationError, match="line counts differ"):
        ev.score(["a", "b"], [["a"]])
    with pytest.raises(EvaluationError, match="empty"):
        ev.score([], [[]])


def test_bootstrap_confidence_is_pinned(
    slice_data: ev.EvalData, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    assert slice_data.hypotheses is not None
    options = ev.ScoreOptions(("bleu", "chrf"), bootstrap=1000)
    bleu, chrf = ev.score(slice_data.hypotheses, slice_data.references, options)
    assert bleu.confidence is not None and chrf.confidence is not None
    # sacrebleu CLI: 33.5359 (μ = 33.4778 ± 5.4716), 60.6390 (μ = 60.6025 ± 4.4048)
    assert (round(bleu.confidence.mean, 4), round(bleu.confidence.half_width, 4)) == (
        33.4778,
        5.4716,
    )
    assert round(chrf.confidence.mean, 4) == 60.6025
    assert bleu.confidence.low < bleu.score < bleu.confidence.high
    assert "|bs:1000|seed:12345|" in bleu.signature
    assert round(bleu.score, 4) == 33.5359  # the point estimate does not change
    report = ev.EvalReport(segments=50, references=2, metrics=(bleu,))
    assert "  95% CI: μ = 33.48 ± 5.47 (28.01 to 38.95; 1000 bootstrap resamples)\n" in (
        ev.render_text(report)
    )


# ------------------------------------------------------------------ worst segments


def test_worst_segments_order_and_values(slice_data: ev.EvalData) -> None:
    assert slice_data.hypotheses is not None
    worst = ev.worst_segments(slice_data.hypotheses, slice_data.references, 3, slice_data.sources)
    assert [w.line for w in worst] == [42, 26, 36]
    assert [round(w.chrf, 4) for w in worst] == [14.9990, 17.7357, 20.3917]
    first = worst[0]
    assert first.hypothesis == slice_data.hypotheses[41]
    assert first.references == (slice_data.references[0][41], slice_data.references[1][41])
    assert slice_data.sources is not None and first.source == slice_data.sources[41]


def test_worst_segments_ties_by_line_and_bounds() -> None:
    hyps = ["x y z", "good match", "x y z"]
    refs = [["a b c", "good match", "a b c"]]
    worst = ev.worst_segments(hyps, refs, 10)
    assert [w.line for w in worst] == [1, 3, 2]  # all of them, ties in line order
    assert worst[0].source is None
    assert ev.worst_segments(hyps, refs, 0) == ()


# ------------------------------------------------------------------ reports


def test_report_json_schema(slice_data: ev.EvalData) -> None:
    report = ev.evaluate(slice_data, ev.ScoreOptions(), worst=2)
    obj = json.loads(ev.render_json(report))
    assert set(obj) == {"schema", "segments", "references", "metrics", "run", "worst", "inputs"}
    assert (obj["schema"], obj["segments"], obj["references"], obj["run"]) == (1, 50, 2, None)
    assert list(obj["metrics"]) == ["bleu", "chrf", "ter"]
    bleu = obj["metrics"]["bleu"]
    assert set(bleu) == {
        "name",
        "score",
        "signature",
        "precisions",
        "brevity_penalty",
        "ratio",
        "hyp_len",
        "ref_len",
        "confidence",
    }
    assert round(bleu["score"], 4) == 33.5359 and bleu["confidence"] is None
    assert set(obj["metrics"]["chrf"]) == {
        "name",
        "score",
        "signature",
        "char_order",
        "word_order",
        "beta",
        "confidence",
    }
    assert [w["line"] for w in obj["worst"]] == [42, 26]
    assert set(obj["worst"][0]) == {"line", "chrf", "source", "hypothesis", "references"}
    assert obj["inputs"]["references"] == [REF_A, REF_B]


def test_report_text(slice_data: ev.EvalData) -> None:
    report = ev.evaluate(slice_data, ev.ScoreOptions(("bleu",)), worst=1)
    text = ev.render_text(report)
    assert text.startswith(
        "BLEU = 33.54 69.6/41.7/26.9/17.9 (BP = 0.976 ratio = 0.976 "
        "hyp_len = 1022 ref_len = 1047)\n"
        f"  signature: nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:{VERSION}\n"
        "segments: 50, references: 2\n"
    )
    assert "\n1 worst segment by sentence chrF:\n  line 42: chrF 15.00\n" in text
    assert "    src: " in text and text.count("    ref: ") == 2


def test_evaluate_needs_hypotheses(slice_data: ev.EvalData) -> None:
    from dataclasses import replace

    with pytest.raises(UsageError, match="no hypotheses"):
        ev.evaluate(replace(slice_data, hypotheses=None))


# ------------------------------------------------------------------ translation runs


def _fake_translate(outputs: list[str]) -> Any:
    def translate(lines: list[str], config: Config, progress: bool) -> Any:
        return SimpleNamespace(
            hypotheses=outputs,
            model_id=config.translate.model,
            revision="abc123",
            target_tokens=40,
            seconds=2.0,
        )

    return translate


def test_translate_sources_records_the_run() -> None:
    config = Config()
    hyps, run = ev.translate_sources(
        ["一。二。", "三"], config, translate=_fake_translate(["One.\nTwo.", "Three."])
    )
    assert hyps == ["One. Two.", "Three."]  # a line stays one line
    assert (run.model_id, run.revision, run.segments) == (config.translate.model, "abc123", 2)
    assert run.config_hash == config.digest() and run.config == config.to_dict()
    assert (run.segments_per_second, run.tokens_per_second) == (1.0, 20.0)
    with pytest.raises(EvaluationError, match="returned 1 translations for 2"):
        ev.translate_sources(["一", "二"], config, translate=_fake_translate(["One"]))


def test_run_info_in_reports(slice_data: ev.EvalData) -> None:
    _, run = ev.translate_sources(["一"], Config(), translate=_fake_translate(["One"]))
    report = ev.evaluate(slice_data, ev.ScoreOptions(("chrf",)), run=run)
    obj = ev.report_to_dict(report)["run"]
    assert obj["model"] == "Helsinki-NLP/opus-mt-zh-en" and obj["revision"] == "abc123"
    assert obj["config_hash"] == Config().digest() and obj["target_tokens_per_second"] == 20.0
    assert "translate" in obj["config"]
    text = ev.render_text(report)
    assert "model: Helsinki-NLP/opus-mt-zh-en (revision abc123)" in text
    assert f"config: {Config().digest()}" in text


# ------------------------------------------------------------------ datasets


def _rows() -> list[dict[str, Any]]:
    return [
        {"zh": "你好", "en": "Hello", "en2": "Hi", "mt": "Hello"},
        {"zh": "谢谢", "en": "Thank you", "en2": "Thanks", "mt": "Thanks"},
    ]


def test_load_jsonl_dataset(tmp_path: Path) -> None:
    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _rows()), encoding="utf-8")
    data = ev.load_dataset_file(str(path), "zh", ["en", "en2"], "mt")
    assert data.sources == ["你好", "谢谢"]
    assert data.references == [["Hello", "Thank you"], ["Hi", "Thanks"]]
    assert data.hypotheses == ["Hello", "Thanks"]
    with pytest.raises(EvaluationError, match=r"no field 'english'.*zh, en, en2, mt"):
        ev.load_dataset_file(str(path), "zh", ["english"])


def test_load_csv_and_parquet_datasets(tmp_path: Path) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    csv = tmp_path / "test.csv"
    csv.write_text("zh,en\n你好,Hello\n谢谢,Thank you\n", encoding="utf-8")
    assert ev.load_dataset_file(str(csv), "zh", ["en"]).references == [["Hello", "Thank you"]]
    tsv = tmp_path / "test.tsv"  # Tatoeba-style: tab-separated, quotes are text
    tsv.write_text('l1\tl2\tzh\ten\ncmn\teng\t他说"好"\tHe said "OK\n', encoding="utf-8")
    data = ev.load_dataset_file(str(tsv), "zh", ["en"])
    assert (data.sources, data.references) == (['他说"好"'], [['He said "OK']])
    parquet = tmp_path / "test.parquet"
    pq.write_table(pa.Table.from_pylist(_rows()), parquet)
    data = ev.load_dataset_file(str(parquet), "zh", ["en"])
    assert data.sources == ["你好", "谢谢"]


def test_dataset_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="dataset format"):
        ev.load_dataset_file(str(tmp_path / "test.xlsx"), "zh", ["en"])
    with pytest.raises(InputError, match="no such file"):
        ev.load_dataset_file(str(tmp_path / "missing.jsonl"), "zh", ["en"])
    nulls = tmp_path / "nulls.jsonl"
    nulls.write_text('{"zh": "你好", "en": "Hi"}\n{"zh": "谢谢", "en": null}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="row 2 has no value for field 'en'"):
        ev.load_dataset_file(str(nulls), "zh", ["en"])


# ------------------------------------------------------------------ sacrebleu test sets


def test_unknown_test_set_and_langpair() -> None:
    with pytest.raises(UsageError, match="unknown sacrebleu test set 'wmt99'"):
        ev.load_test_set("wmt99")
    with pytest.raises(UsageError, match="no language pair 'zh-xx'"):
        ev.load_test_set("wmt22", "zh-xx")


def test_test_set_download_failure_is_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib.error
    import urllib.request

    dataset = sacrebleu.DATASETS["wmt22"]
    monkeypatch.setattr(dataset, "_outdir", str(tmp_path / "wmt22"))
    monkeypatch.setattr(dataset, "_rawdir", str(tmp_path / "wmt22" / "raw"))

    def offline(*args: Any, **kwargs: Any) -> Any:
        raise urllib.error.URLError("network is unreachable")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(EvaluationError, match=r"cannot get sacrebleu test set wmt22 \(zh-en\)"):
        ev.load_test_set("wmt22", "zh-en")
