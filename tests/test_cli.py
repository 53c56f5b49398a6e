"""The CLI in-process: outputs, exit codes and messages (0 ok, 1 data/runtime, 2 usage)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhbrief.cli import cli

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_help_does_not_import_torch() -> None:
    code = (
        "import sys; from zhbrief.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'transformers', 'datasets', 'sacrebleu')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout
    assert "brief" in out.stdout and "translate" in out.stdout


def test_segment_json_schema(runner: CliRunner) -> None:
    code, out, _ = run(runner, "segment", str(SEED), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["view"] == "segments"
    assert set(data) >= {"schema_version", "source", "title", "metadata", "sections", "key_points"}
    sentence = data["sections"][0]["paragraphs"][0]["sentences"][0]
    assert set(sentence) >= {"zh", "en", "start", "end", "in_summary", "flags"}
    assert sentence["en"] is None
    assert {"key": "editor", "zh": "李昂"}.items() <= data["metadata"][0].items()


def test_translate_markdown_from_stdin(runner: CliRunner, tiny_model_dir: Path) -> None:
    text = "一、总体情况\n今年经济平稳增长。出口增长40.1%。\n二、下一步\n继续扩大开放。\n"
    code, out, _ = run(
        runner,
        "translate",
        "-",
        "--model",
        str(tiny_model_dir),
        "--beams",
        "1",
        "-q",
        stdin=text.encode("gb18030"),
    )
    assert code == 0
    assert out.startswith("# ")
    assert out.count("\n## ") == 2


def test_brief_json_to_file(runner: CliRunner, tiny_model_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    code, out, _ = run(
        runner,
        "brief",
        str(SEED),
        "--model",
        str(tiny_model_dir),
        "--beams",
        "1",
        "--format",
        "json",
        "-o",
        str(target),
    )
    assert code == 0
    assert out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    shown = [s for s in sentences if s["in_summary"] or s["key_point"]]
    assert shown and all(s["en"] for s in shown)
    # A brief translates only what it shows
    assert all(s["en"] is None for s in sentences if not (s["in_summary"] or s["key_point"]))
    assert data["coverage"]["translated"] == len(shown)
    assert data["provenance"]["model"] == str(tiny_model_dir)
    assert data["provenance"]["precision"] == "int8"


def test_brief_full_translates_everything(runner: CliRunner, tiny_model_dir: Path) -> None:
    code, out, _ = run(
        runner, "brief", str(SEED), "--model", str(tiny_model_dir), "--beams", "1", "--full"
    )
    assert code == 0
    assert "## Key points" in out and "# Full translation" in out
    assert "Coverage: 8" in out and "sentences translated;" in out  # e.g. 84/84, no "summary only"


def test_long_unpunctuated_line_is_split_not_dropped(
    runner: CliRunner, tiny_model_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "long.txt"
    path.write_text("乡村振兴数字经济" * 2500, encoding="utf-8")
    # Short outputs: what is checked is that every piece comes back, not its length
    profile = tmp_path / "short.yaml"
    profile.write_text("translate:\n  fixed_output_ratio: 0.05\n", encoding="utf-8")
    code, out, _ = run(
        runner,
        "translate",
        str(path),
        "--config",
        str(profile),
        "--model",
        str(tiny_model_dir),
        "--beams",
        "1",
        "--precision",
        "fp32",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    covered = sum(s["end"] - s["start"] for s in sentences) + sum(
        h["end"] - h["start"] for h in [data["title"]] if h
    )
    assert covered == 20_000
    assert all(s["en"] for s in sentences)
    assert sum(s["pieces"] for s in sentences) > 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the input is empty"),
        (b"   \n\n  ", "the input is empty"),
        (b"%PDF-1.4 binary", "the PDF is corrupt or truncated"),
        (b"\x7fELF\x02\x01", "this is an executable, not a document"),
        (bytes(range(128, 256)) * 3, "cannot decode the text"),
    ],
)
def test_bad_input_exits_1_with_message(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(runner, "brief", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith("Error: ") and message in err
    assert "Traceback" not in err


def test_missing_file_and_folder(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "translate", str(tmp_path / "nope.txt"))
    assert (code, "no such file" in err) == (1, True)
    code, _, err = run(runner, "segment", str(tmp_path))
    assert (code, "zhbrief batch" in err) == (1, True)


def test_model_not_found_names_what_was_tried(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "brief", str(SEED), "--model", str(tmp_path / "no-model"))
    assert code == 1
    assert "no-model" in err and "neither an existing folder nor a hub id" in err
    (tmp_path / "empty-model").mkdir()
    code, _, err = run(runner, "brief", str(SEED), "--model", str(tmp_path / "empty-model"))
    assert code == 1 and "has no config.json" in err


def test_hub_model_offline_says_how_to_fix(runner: CliRunner) -> None:
    code, _, err = run(runner, "brief", str(SEED), "--model", "zhbrief-test/not-a-real-model")
    assert code == 1
    assert "hub id zhbrief-test/not-a-real-model" in err
    assert "hf download zhbrief-test/not-a-real-model" in err
    assert "--model models/not-a-real-model" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--beams", "0"], "Invalid value for '--beams'"),
        (["--precision", "int4"], "Invalid value for '--precision'"),
        (["--config", "turbo"], "neither a file nor one of the built-in profiles"),
        (["--precision", "fp16", "--device", "cpu"], "fp16 needs a CUDA device"),
        (["--batch-tokens", "10"], "must be at least translate.max_input_tokens"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    code, _, err = run(runner, "brief", str(SEED), *args)
    assert code == 2
    assert message in err


def test_bad_profile_key_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("translate:\n  beam: 3\n", encoding="utf-8")
    code, _, err = run(runner, "brief", str(SEED), "--config", str(profile))
    assert code == 2
    assert "unknown setting translate.beam" in err


def test_strict_exits_1_after_writing_output(
    runner: CliRunner, tiny_model_dir: Path, tmp_path: Path
) -> None:
    # The tiny model's noise cannot carry "40.1%", so the number check flags it
    path = tmp_path / "a.txt"
    path.write_text("出口同比增长40.1%。", encoding="utf-8")
    target = tmp_path / "out.json"
    args = ["translate", str(path), "--model", str(tiny_model_dir), "--beams", "1"]
    code, _, err = run(runner, *args, "--format", "json", "-o", str(target), "--strict")
    assert code == 1
    assert "flagged by the quality checks (--strict)" in err
    flags = json.loads(target.read_text(encoding="utf-8"))["sections"][0]["paragraphs"][0][
        "sentences"
    ][0]["flags"]
    assert any(f["kind"] == "number" for f in flags)
    code, _, _ = run(runner, *args)
    assert code == 0


def test_summarise_and_html(runner: CliRunner, tiny_model_dir: Path) -> None:
    code, out, _ = run(
        runner,
        "summarise",
        str(SEED),
        "--model",
        str(tiny_model_dir),
        "--beams",
        "1",
        "--sentences",
        "1",
    )
    assert code == 0
    assert out.count("\n## ") == 5
    assert out.count("\n- ") == 5  # one sentence a section
    code, out, _ = run(
        runner,
        "brief",
        str(SEED),
        "--model",
        str(tiny_model_dir),
        "--beams",
        "1",
        "--format",
        "html",
        "--full",
    )
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert out.count('<td class="zh" lang="zh">') == 84
