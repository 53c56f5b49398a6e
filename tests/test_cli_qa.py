"""``zhbrief qa`` through click's CliRunner (exit codes as the central handler maps them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhbrief.cli_qa import qa_command
from zhbrief.errors import EvaluationError, InputError, QualityError, UsageError

SRC = "2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。\n阿里国际站服务2600余万买家。\n"
GOOD = (
    "In 2021, cross-border e-commerce imports and exports were about 1.92 trillion yuan, "
    "up 18.6% year on year.\nAlibaba.com serves more than 26 million buyers.\n"
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    src, hyp = tmp_path / "src.zh", tmp_path / "hyp.en"
    src.write_text(SRC, encoding="utf-8")
    hyp.write_text(GOOD, encoding="utf-8")
    return src, hyp


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(qa_command, list(args))


def test_clean_pair(files: tuple[Path, Path]) -> None:
    src, hyp = files
    result = run("--src", str(src), "--hyp", str(hyp), "--strict")
    assert result.exit_code == 0, result.output
    assert result.output == "2 lines checked, 0 flagged\n"


def test_flags_in_json_and_strict(files: tuple[Path, Path], tmp_path: Path) -> None:
    src, hyp = files
    hyp.write_text(GOOD.replace("18.6%", "16.8%"), encoding="utf-8")
    out = tmp_path / "report.json"
    result = run("--src", str(src), "--hyp", str(hyp), "--format", "json", "-o", str(out))
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["flagged"] == 1 and data["flagged_by_kind"]["number"] == 1
    assert "18.6%" in data["flags"][0]["flags"][0]["message"]
    strict = run("--src", str(src), "--hyp", str(hyp), "--strict")
    assert isinstance(strict.exception, QualityError)  # the lead's handler: exit 1
    assert "line 1:" in strict.output  # the report is written before failing


def test_glossary(files: tuple[Path, Path], tmp_path: Path) -> None:
    src, hyp = files
    glossary = tmp_path / "g.csv"
    glossary.write_text("阿里国际站,Alibaba.com\n跨境电商,cross-border trade\n", encoding="utf-8")
    result = run("--src", str(src), "--hyp", str(hyp), "--glossary", str(glossary))
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        "2 lines checked, 1 flagged (glossary 1); glossary hits 2"
    )
    assert "跨境电商 should be translated as 'cross-border trade'" in result.output


def test_errors(files: tuple[Path, Path], tmp_path: Path) -> None:
    src, hyp = files
    short = tmp_path / "short.en"
    short.write_text("one line\n", encoding="utf-8")
    assert isinstance(run("--src", str(src), "--hyp", str(short)).exception, EvaluationError)
    missing = run("--src", str(src), "--hyp", str(tmp_path / "nope.en"))
    assert isinstance(missing.exception, InputError)
    bad = tmp_path / "bad.csv"
    bad.write_text("淘宝村\n", encoding="utf-8")
    with_bad = run("--src", str(src), "--hyp", str(hyp), "--glossary", str(bad))
    assert isinstance(with_bad.exception, InputError)
    assert "line 1" in str(with_bad.exception)
    assert isinstance(run("--src", "-", "--hyp", "-").exception, UsageError)
    assert run("--src", str(src)).exit_code == 2  # click: --hyp is required


def test_registered_in_the_main_cli(files: tuple[Path, Path]) -> None:
    from zhbrief.cli import cli

    src, hyp = files
    hyp.write_text(GOOD.replace("26 million", "62 million"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["qa", "--src", str(src), "--hyp", str(hyp), "--strict"])
    assert result.exit_code == 1
    assert "flagged by the quality checks" in result.output
