"""``zhbrief eval`` in-process: options, output formats, errors, end to end."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result

from zhbrief.cli_eval import eval_command
from zhbrief.config import Config, load_config
from zhbrief.errors import EvaluationError, InputError, UsageError
from zhbrief.evaluation import translating

WMT = Path(__file__).parent / "data" / "wmt22-zh-en"
SRC = str(WMT / "generaltest2022.zh-en.src.zh")
REF_A = str(WMT / "generaltest2022.zh-en.ref.A.en")
REF_B = str(WMT / "generaltest2022.zh-en.ref.B.en")
HYP = str(WMT / "generaltest2022.zh-en.hyp.NiuTrans.en")


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(eval_command, list(args), input=stdin)


def test_text_report_with_two_references() -> None:
    result = invoke("--hyp", HYP, "--ref", REF_A, "--ref", REF_B)
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith("BLEU = 33.54 69.6/41.7/26.9/17.9 (BP = 0.976")
    assert lines[1].startswith("  signature: nrefs:2|case:mixed|eff:no|tok:13a|")
    assert lines[2] == "chrF2 = 60.64"
    assert lines[4] == "TER = 55.86"
    assert "segments: 50, references: 2" in lines


def test_json_report_and_metric_choice() -> None:
    result = invoke("--hyp", HYP, "--ref", REF_A, "--metrics", "chrf,bleu", "--format", "json")
    assert result.exit_code == 0, result.stdout
    obj = json.loads(result.stdout)
    assert list(obj["metrics"]) == ["chrf", "bleu"]
    assert round(obj["metrics"]["bleu"]["score"], 4) == 27.6749
    assert obj["metrics"]["chrf"]["signature"].startswith("nrefs:1|")


def test_hypotheses_from_stdin_limit_and_worst() -> None:
    hyp = Path(HYP).read_text(encoding="utf-8")
    result = invoke(
        "--hyp", "-", "--ref", REF_A, "--ref", REF_B, "--src", SRC, "--worst", "3",
        "--metrics", "bleu", "--format", "json", stdin=hyp,
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout
    obj = json.loads(result.stdout)
    assert [w["line"] for w in obj["worst"]] == [42, 26, 36]
    assert obj["worst"][0]["source"] == Path(SRC).read_text(encoding="utf-8").splitlines()[41]
    limited = json.loads(
        invoke("--hyp", HYP, "--ref", REF_A, "--limit", "10", "--format", "json").stdout
    )
    assert limited["segments"] == 10


def test_confidence_and_scoring_flags() -> None:
    result = invoke(
        "--hyp", HYP, "--ref", REF_A, "--ref", REF_B, "--metrics", "bleu",
        "--confidence", "--bootstrap", "200", "--lowercase", "--tokenize", "intl",
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout
    assert "|bs:200|" in result.stdout and "|case:lc|" in result.stdout
    assert "|tok:intl|" in result.stdout
    assert "95% CI: μ = " in result.stdout and "200 bootstrap resamples" in result.stdout


def test_dataset_with_hypothesis_field(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    rows = [
        {"zh": "你好", "en": "Hello there", "mt": "Hello there"},
        {"zh": "好", "en": "Good", "mt": "Fine"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke("--dataset", str(path), "--hyp-field", "mt", "--format", "json", "--worst", "1")
    assert result.exit_code == 0, result.stdout
    obj = json.loads(result.stdout)
    assert obj["segments"] == 2 and obj["worst"][0]["line"] == 2
    assert obj["inputs"]["dataset"] == str(path)
    missing = invoke("--dataset", str(path), "--ref-field", "english", "--hyp-field", "mt")
    assert isinstance(missing.exception, EvaluationError)
    assert "no field 'english'" in str(missing.exception)


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        (("--hyp", HYP), UsageError, "exactly one way"),
        (("--hyp", HYP, "--ref", REF_A, "--test-set", "wmt22"), UsageError, "exactly one way"),
        (("--hyp", HYP, "--ref", REF_A, "--model", "x"), UsageError, "--model only apply"),
        (("--ref", REF_A), UsageError, "nothing to score"),
        (("--hyp", HYP, "--ref", REF_A, "--metrics", "bleu,bertscore"), UsageError, "bertscore"),
        (("--hyp", HYP, "--ref", "/nonexistent/ref.en"), InputError, "no such file"),
        (("--test-set", "wmt99"), UsageError, "unknown sacrebleu test set"),
    ],
)
def test_errors(args: tuple[str, ...], error: type[Exception], message: str) -> None:
    result = invoke(*args)
    assert isinstance(result.exception, error), result.stdout
    assert message in str(result.exception)


def test_mismatched_and_empty_files(tmp_path: Path) -> None:
    short = tmp_path / "short.en"
    short.write_text("a\nb\n", encoding="utf-8")
    result = invoke("--hyp", str(short), "--ref", REF_A)
    assert isinstance(result.exception, EvaluationError)
    assert result.exception.exit_code == 1
    assert "has 2 lines" in str(result.exception) and "has 50" in str(result.exception)
    empty = tmp_path / "empty.en"
    empty.write_text("", encoding="utf-8")
    result = invoke("--hyp", str(empty), "--ref", REF_A)
    assert isinstance(result.exception, InputError) and "empty" in str(result.exception)


def test_end_to_end_with_a_stand_in_translator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, Config]] = []

    def fake(lines: list[str], config: Config, progress: bool) -> Any:
        calls.append((len(lines), config))
        return SimpleNamespace(
            hypotheses=[f"segment {i}" for i in range(len(lines))],
            model_id=config.translate.model,
            revision=None,
            target_tokens=3 * len(lines),
            seconds=0.5,
        )

    monkeypatch.setattr(translating, "_pipeline_translate", fake)
    out = tmp_path / "hyp.en"
    result = invoke(
        "--src", SRC, "--ref", REF_A, "--model", "some/model", "--config", "fast",
        "--limit", "5", "-o", str(out), "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout
    # Evaluation measures the model, never the translation memory
    config = load_config("fast", {"translate.model": "some/model", "cache.enabled": False})
    assert calls == [(5, config)]
    assert out.read_text(encoding="utf-8").splitlines() == [f"segment {i}" for i in range(5)]
    run = json.loads(result.stdout)["run"]
    assert run["model"] == "some/model" and run["config_hash"] == config.digest()
    assert (run["segments"], run["segments_per_second"], run["target_tokens_per_second"]) == (
        5,
        10.0,
        30.0,
    )


@pytest.mark.slow
def test_end_to_end_on_the_tiny_model(tiny_model_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "hyp.en"
    result = invoke(
        "--src", SRC, "--ref", REF_A, "--ref", REF_B, "--model", str(tiny_model_dir),
        "--limit", "4", "-o", str(out), "--worst", "2", "--format", "json", "--no-progress",
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout
    obj = json.loads(result.stdout)
    assert obj["segments"] == 4 and len(out.read_text(encoding="utf-8").splitlines()) == 4
    assert obj["run"]["model"] and obj["run"]["target_tokens"] > 0
    assert 0 <= obj["metrics"]["chrf"]["score"] <= 100  # noise from random weights
    assert [w["line"] for w in obj["worst"]] != []
